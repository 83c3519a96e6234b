// A date belongs to the clause it is written in, not to the nearest word: "didirikan oleh A dan B
// pada Januari 1994 dan dibentuk 2 Maret 1995" dates the founding in 1994 and the forming in 1995;
// "Pada tahun 1539 … membentuk X, yang disetujui … pada tahun 1540" dates the forming in 1539. Of
// the dates of one paragraph, those whose clause holds a verb the question asks about answer it
// more plainly than those whose clause tells of another.
import { clauseJoins, wordKind } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { similarity } from './similarity.js';

/** How much more plainly a date of the asked verb's clause answers than one of another clause. */
export const CLAUSE_WEIGHT = 1.5;

/**
 * Does a new clause begin at word k: a clause's conjunction ("dan", "lalu", "and") followed by a
 * word in lower case (a verb or an adverb, not the next name of a list: "A dan B"), or a semicolon or colon.
 */
function opens(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (w.mark) return /^[;:]$/.test(w.text);
  if (!clauseJoins.has(w.norm)) return false;
  const next = words[k + 1];
  return next !== undefined && !next.mark && !next.cap && !/\p{N}/u.test(next.norm) && next.sentence === w.sentence;
}

/** The words of the clause a candidate stands in: its sentence, cut where a clause opens before or after it. */
export function clauseAround(words: readonly Word[], first: number, last: number): [number, number] {
  const sentence = words[first]!.sentence;
  let a = first;
  while (a > 0 && words[a - 1]!.sentence === sentence && !opens(words, a)) a--;
  let b = last;
  while (b + 1 < words.length && words[b + 1]!.sentence === sentence && !opens(words, b + 1)) b++;
  return [a, b];
}

/** The question's verbs of an event (not its names, roles or numbers): "didirikan", "berdiri", "released". */
const askedVerbs = (focus: QuestionFocus): string[] =>
  focus.terms.filter((t) => !focus.names.has(t) && !lexicon.titleWords.has(t) && !/\p{N}/u.test(t) && ['event', 'origin', 'reversal'].includes(wordKind(t)));

/** The candidates of one paragraph, those whose clause holds an asked verb weighed up when others' clauses do not. */
export function ofAskedClause(candidates: readonly Candidate[], focus: QuestionFocus): Candidate[] {
  const verbs = askedVerbs(focus);
  if (verbs.length === 0 || candidates.length < 2) return [...candidates];
  const holds = candidates.map((c) => {
    const [a, b] = clauseAround(c.words, c.first, c.last);
    return c.words.slice(a, b + 1).some((w, k) => (a + k < c.first || a + k > c.last) && verbs.some((t) => similarity(t, w) > 0));
  });
  if (holds.every((h) => h) || !holds.some((h) => h)) return [...candidates];
  return candidates.map((c, k) => (holds[k] ? { ...c, prior: c.prior * CLAUSE_WEIGHT } : c));
}
