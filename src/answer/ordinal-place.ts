// Where an ordinal of the question stands in the passage (answer/support.ts asks). A question's
// ordinal past the first ("kedua", "terakhir"; "second", "last") picks one of several: the passage
// says it only where its ordinal stands by what the question numbers — the question word beside the
// ordinal ("Festival X terakhir" of "festival terakhir"), the asked event ("terakhir dirilis"), or the
// answer itself ("terakhir pada 1995") — within a few words. An ordinal elsewhere in the sentence
// numbers something else: "rasul yang terakhir yaitu Muhammad … di Gua Hira" tells no place where a
// religion appeared last; "film terakhir dari trilogi asli dirilis, … film pertama … dirilis pada
// 1999" no date of the last release.
import { affixedForm, conceptWordsOf, frameWords, impliedOrdinals, ordinalWords } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { verbShaped } from './own-event.js';
import { sameOrTypo, says } from './written.js';

/** Words (marks not counted) within which an ordinal stands by what it numbers. */
const NEAR = 3;

/** Does this passage word write the ordinal ("kedua", "keduanya", "II" for "kedua")? */
const writesOrdinal = (term: string, w: Word): boolean => !w.mark && (w.norm === term || w.norm === `${term}nya` || conceptWordsOf(term).includes(w.norm));

/** Does this passage word write a question word, as written, affixed, misspelt or in a word of its concept? */
const writesTerm = (term: string, w: Word): boolean => !w.mark && (w.norm === term || affixedForm(term, w.norm) || sameOrTypo(term, w.norm) || says(term, [w]));

/**
 * The question words an ordinal numbers: its neighbours in the question past other ordinals, and past
 * framing words as well as those ("Orkney" of "Adipati Orkney terakhir", "album" of "album terakhir",
 * "kali" and "beroperasi" of "terakhir kali beroperasi"), and the question's event words.
 */
function anchorsOf(term: string, focus: QuestionFocus): string[] {
  const terms = focus.terms;
  const k = terms.indexOf(term);
  const out: string[] = [];
  for (const step of [-1, 1]) {
    let j = k + step;
    while (terms[j] !== undefined && ordinalWords.has(terms[j]!)) j += step;
    // A framing word beside it is what it numbers too ("album terakhir"), and so is the word past it ("terakhir kali beroperasi").
    while (terms[j] !== undefined && frameWords.has(terms[j]!)) out.push(terms[(j += step) - step]!);
    if (terms[j] !== undefined) out.push(terms[j]!);
  }
  return [...out, ...terms.filter((t) => t !== term && verbShaped(t, focus))];
}

/**
 * Does the window (`window`: the words of the answer's sentences, of the paragraph `words`, the
 * answer words[first..last]) write the question's ordinal `term` only away from what it numbers:
 * more than a few words from the answer, from the question word beside it and from the asked event?
 * False for the first ("pertama", which need not be said), and where the window does not write it.
 */
export function ordinalOutOfPlace(term: string, focus: QuestionFocus, words: readonly Word[], first: number, last: number, window: readonly Word[]): boolean {
  if (!ordinalWords.has(term) || impliedOrdinals.has(term)) return false;
  const inWindow = new Set(window);
  // Positions counted over words, not marks: "terakhir, pada 1995" stands by its answer.
  const at = new Map<Word, number>();
  words.forEach((w) => {
    if (!w.mark) at.set(w, at.size);
  });
  const written = window.filter((w) => writesOrdinal(term, w));
  if (written.length === 0) return false;
  const start = at.get(words.slice(first, last + 1).find((w) => !w.mark) ?? words[first]!) ?? 0;
  const end = at.get([...words.slice(first, last + 1)].reverse().find((w) => !w.mark) ?? words[last]!) ?? start;
  const anchors = anchorsOf(term, focus);
  const placed = (o: Word): boolean => {
    const i = at.get(o)!;
    if ((i < start ? start - i : i > end ? i - end : 0) <= NEAR) return true;
    return words.some((w) => inWindow.has(w) && !w.mark && w !== o && w.sentence === o.sentence && Math.abs(at.get(w)! - i) <= NEAR && anchors.some((a) => writesTerm(a, w)));
  };
  return !written.some(placed);
}
