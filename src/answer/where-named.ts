// Where-answers (where-candidates.ts): a thing named for the place it stands in ("Universitas Lorem", "FC Lorem",
// "stasiun Lorem") lies in that place. The question's own words open no where-answer, but the place's name written
// after a locative, with the places holding it after commas ("di Lorem, Ipsum, Dolor"), is where such a thing lies.
import { allTables } from '../lang/index.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

const divisionWords = new Set(allTables.flatMap((t) => t.answerWords?.divisionWords ?? []));

/**
 * Does the question name a thing for the place the run writes: a name of the question holding every word of the run
 * and more words that are no kind of division ("Universitas Cambridge", not "Provinsi Bali"), or the same name after
 * a lower-case word that is none ("stasiun Gambir", not "kota Bandung")?
 */
export function namedFor(run: readonly Word[], focus: QuestionFocus): boolean {
  const own = run.filter((w) => !w.mark).map((w) => w.norm);
  if (own.length === 0) return false;
  return focus.nameRuns.some((name) => {
    if (!own.every((n) => name.words.includes(n))) return false;
    const more = name.words.filter((n) => !own.includes(n));
    if (more.length > 0) return more.every((n) => !divisionWords.has(n));
    return name.before !== undefined && lexicon.placeWords.has(name.before) && !divisionWords.has(name.before);
  });
}

const fromWords = new Set(allTables.flatMap((t) => t.answerWords?.fromWords ?? []));
const originVerbs = new Set(allTables.flatMap((t) => t.answerWords?.originVerbs ?? []));

/**
 * "kantor dari Parlemen Eropa", "kekalahannya dari Dinasti Tang": a name after "dari" / "from" says where a thing comes
 * from or whose it is, which answers no question of where a thing is or happened. Is the name at word i written so, the
 * question asking no origin ("Dari mana …", "berasal", "come from") nor the sentence saying one ("berasal dari Lorem")?
 */
export function fromElsewhere(words: readonly Word[], i: number, focus: QuestionFocus): boolean {
  const from = words[i - 1];
  if (from === undefined || from.mark || from.cap || !fromWords.has(from.norm)) return false;
  if ([...focus.words].some((w) => fromWords.has(w) || originVerbs.has(w))) return false;
  const verb = words[i - 2];
  return verb === undefined || verb.mark || !originVerbs.has(verb.norm);
}
