// "pasukan Lorem", "pihak Lorem", "para pengembang Lorem": a name written right after a noun of a
// group of people (the tables' groupNouns) stands for that group, which is who acted ("kemenangan
// pasukan Lorem": Lorem's troops won, not Lorem); the who-answer is said with the group's noun, and
// with the plural word before it ("para"). A group the question itself names ("Siapa yang terbunuh
// dalam pembunuhan keluarga Lorem?") asks for one of it: the name alone answers.
import { allTables } from '../lang/index.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

const groupNouns = new Set(allTables.flatMap((t) => t.answerWords?.groupNouns ?? []));

/** Where the group a name at word `first` belongs to begins ("pasukan" of "pasukan Lorem", "para" of "para pengembang Lorem"), else `first`. */
export function groupStart(words: readonly Word[], first: number, inQuestion: (w: Word) => boolean): number {
  const lower = (w: Word | undefined): w is Word => w !== undefined && !w.mark && !w.cap && w.sentence === words[first]!.sentence;
  const noun = words[first - 1];
  if (!lower(noun) || !groupNouns.has(noun.norm) || inQuestion(noun)) return first;
  return lower(words[first - 2]) && lexicon.pluralWords.has(words[first - 2]!.norm) ? first - 2 : first - 1;
}
