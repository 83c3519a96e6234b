// A change from one figure to another ("naik dari tiga juta orang pada tahun 2001 menjadi 3,9 juta
// orang pada tahun 2005", "rose from 3 million in 2001 to 3.9 million in 2005"): each date goes with
// the figure before it. A when-question that copies a figure of one side ("… meningkat menjadi 3,9
// juta orang?") asks for the date of that side, not of the other.
import { allTables } from '../lang/index.js';
import type { QuestionFocus } from '../query/focus.js';
import type { ParagraphWord as Word } from '../text/words.js';

const changeFrom = new Set(allTables.flatMap((t) => t.dateWords?.changeFrom ?? []));
const changeTo = new Set(allTables.flatMap((t) => t.dateWords?.changeTo ?? []));

/** How much a date weighs that stands on the other side of a change than the figures the question copies. */
export const OTHER_SIDE_WEIGHT = 0.5;

/** The side of a change word i stands on in its sentence: 0 after "dari" and before "menjadi", 1 after "menjadi", else undefined. */
function sideOf(words: readonly Word[], i: number): 0 | 1 | undefined {
  const sentence = words[i]!.sentence;
  let side: 0 | 1 | undefined;
  for (let j = 0; j < i; j++) {
    const w = words[j]!;
    if (w.sentence !== sentence || w.mark) continue;
    if (changeFrom.has(w.norm)) side = 0;
    else if (changeTo.has(w.norm) && side === 0) side = 1;
  }
  if (side !== 0) return side;
  // "dari" with no "menjadi" after it in the sentence opens no change.
  return words.some((w, j) => j > i && w.sentence === sentence && !w.mark && changeTo.has(w.norm)) ? 0 : undefined;
}

/** Is the date at word i on the other side of a change than every figure of the question written in its sentence? */
export function otherSideOfChange(words: readonly Word[], i: number, focus: QuestionFocus): boolean {
  const at = sideOf(words, i);
  if (at === undefined) return false;
  const figures = new Set(focus.terms.filter((t) => /^\p{N}+(?:[.,]\p{N}+)*$/u.test(t) && !/^[12]\d{3}$/.test(t)));
  if (figures.size === 0) return false;
  const sentence = words[i]!.sentence;
  const sides = new Set<0 | 1 | undefined>();
  words.forEach((w, j) => {
    if (w.sentence === sentence && !w.mark && figures.has(w.norm)) sides.add(sideOf(words, j));
  });
  return sides.size === 1 && !sides.has(at) && !sides.has(undefined);
}
