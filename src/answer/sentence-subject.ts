// The subject of a sentence, for an open who-question: the person a sentence opens with is the doer
// of its verbs however far they stand ("X adalah seorang insinyur …, terkenal setelah mengembangkan
// radio": X developed it, not a name written beside "radio"), up to the next person it names; and a
// pronoun opening the next sentence ("Ia mendirikan …", "He founded …") stands for that subject, not
// for the last name written before it.
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';

/** Words of distance, at most, from a subject opening its sentence to the words of its clause. */
export const SUBJECT_REACH = 3;

/** Words, at most, of an opening phrase set off by a comma before the subject ("Pada tahun 1368, X …"). */
const OPENING_PHRASE = 5;

/** Does word i open its sentence, or stand first after a short phrase set off by a comma ("Pada tahun 1368, X …")? */
export function opensSentence(words: readonly Word[], i: number): boolean {
  const sentence = words[i]!.sentence;
  let j = i - 1;
  while (j >= 0 && words[j]!.sentence === sentence && words[j]!.mark && words[j]!.text !== ',') j--;
  if (j < 0 || words[j]!.sentence !== sentence) return true;
  if (words[j]!.text !== ',') return false;
  let n = 0;
  for (let k = j - 1; k >= 0 && words[k]!.sentence === sentence; k--) {
    if (words[k]!.mark) return false;
    n++;
  }
  return n > 0 && n <= OPENING_PHRASE;
}

/**
 * The last word a candidate at [first, last] governs as the subject opening its sentence: the end
 * of the sentence, or the word before the next of `others` (known people) named in it; undefined
 * when it does not open its sentence.
 */
export function governed(words: readonly Word[], others: readonly NameSpan[], first: number, last: number): number | undefined {
  if (!opensSentence(words, first)) return undefined;
  const sentence = words[first]!.sentence;
  const next = others.find((s) => s.first > last && words[s.first]!.sentence === sentence);
  if (next !== undefined) return next.first - 1;
  let end = last;
  while (end + 1 < words.length && words[end + 1]!.sentence === sentence) end++;
  return end;
}

/**
 * The one a pronoun at i opening its sentence stands for: the first person (of `kept`) the sentence
 * before names, its subject ("X mengusir bangsa Y. Ia …" is X; so in "Ini …, sebelum ia …"); undefined where the pronoun stands
 * inside its sentence, or no person is named before it.
 */
export function subjectBefore(words: readonly Word[], kept: readonly NameSpan[], i: number): NameSpan | undefined {
  const sentence = words[i]!.sentence;
  const people = kept.filter((s) => s.kind === 'person' && s.last < i);
  // "…, sebelum ia …", "…, before he …": a clause the pronoun opens, in a sentence that names no one before it, reads as opening the sentence.
  const clause = words[i - 1] !== undefined && !words[i - 1]!.mark && lexicon.leadWords.has(words[i - 1]!.norm) && words[i - 2]?.text === ',';
  if (clause && people.some((s) => words[s.first]!.sentence === sentence)) return undefined;
  if (!clause && !words.slice(0, i).every((w) => w.sentence !== sentence || w.mark)) return undefined;
  const last = people[people.length - 1];
  if (!last) return undefined;
  const previous = words[last.first]!.sentence;
  return people.find((s) => words[s.first]!.sentence === previous);
}
