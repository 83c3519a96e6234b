// When a thing began, told by another of its beginnings (answer/support.ts asks for a when-question
// whose word of a beginning the passage does not write): a company "founded" is told by when it was
// first put on the air or released, a device "invented" by when it was first made or used, an
// industry "begun" by when its first body was founded. A birth is a person's, told by no other
// beginning.
import { allSupportTables, spanConcepts } from '../lang/support.js';
import type { QuestionFocus } from '../query/focus.js';
import { conceptsOf, spanEndOf } from '../query/concepts.js';
import { fold } from '../text/normalize.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { writesPhrase } from './written.js';

const things = spanConcepts.start.filter((k) => k !== 'born');

/** Words of the beginnings of things, from the tables; not "awal" (early, of any date), not an ordinal ("pertama kalinya" counts a time, it tells no event), nor words of a birth. */
const beginnings: readonly string[] = [
  ...new Set(allSupportTables.flatMap((t) => things.flatMap((k) => t.concepts[k] ?? []).map(fold))),
].filter((w) => w.length >= 5 && !['awal', 'early', 'first', 'pertama'].includes(w) && !allSupportTables.some((t) => (t.concepts.born ?? []).includes(w)));

/** A building is built when its construction is done, which no opening or inauguration dates ("Menara X diresmikan pada 1902" is no "dibangun"). */
const construction = ['bangun', 'konstruksi', 'build', 'built', 'construct'];

/** Is the beginning a when-question asks of a thing told in the window by another beginning of it? */
export function beginningToldOtherwise(term: string, focus: QuestionFocus, window: readonly Word[]): boolean {
  if (focus.kind !== 'when' || spanEndOf(term) !== 'start' || conceptsOf(term).includes('born') || construction.some((c) => term.includes(c))) return false;
  return beginnings.some((b) => writesPhrase(b, window));
}
