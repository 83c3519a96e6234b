// A noun of what a short question asks about ("teori evolusi", "tabel periodik", "the periodic table")
// that the answer's sentences leave out but the paragraph writes elsewhere: the paragraph is about
// it, and a sentence of it need not name its topic again. Only a plain noun: not a verb of the
// question, a number, a date, a name, a role, an ordinal, a beginning or an ending (support.ts
// weighs those as gaps of their own kind).
import type { QuestionFocus } from '../query/focus.js';
import { alternativesOf, wordKind } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { says } from './written.js';
import { SHORT, type Gap } from './gaps.js';

/**
 * In a short question (SHORT units or fewer), drop from `gaps` those of such nouns (kind other, not
 * contradicted) that the rest of the paragraph (`paragraph`) writes — only where the answer's
 * sentences say a word of the question besides its names (`nameUnits` of its `units`): a passage
 * sharing nothing but a name and the topic is no answer ("Where is the office of X?").
 */
export function dropTopics(gaps: Gap[], units: number, nameUnits: number, focus: QuestionFocus, paragraph: readonly Word[]): void {
  const nameGaps = gaps.filter((g) => g.kind === 'name' || g.kind === 'place').length;
  if (units > SHORT || units - nameUnits - (gaps.length - nameGaps) < 1) return;
  for (let at = gaps.length - 1; at >= 0; at--) if (gaps[at]!.kind === 'other' && !gaps[at]!.contradicted && topicWritten(gaps[at]!.term, focus, paragraph)) gaps.splice(at, 1);
}

/** Is this question word a plain noun that these words of the paragraph write? */
export function topicWritten(term: string, focus: QuestionFocus, paragraph: readonly Word[]): boolean {
  if (wordKind(term) !== 'other' || focus.verbs.has(term) || lexicon.calendar.has(term) || lexicon.kinWords.has(term)) return false;
  // A word of a phrase of the tables ("tua" of "orang tua") is said only with its phrase.
  const at = focus.terms.indexOf(term);
  const phrase = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && alternativesOf(`${a} ${b}`).length > 0;
  if (phrase(focus.terms[at - 1], term) || phrase(term, focus.terms[at + 1])) return false;
  return says(term, paragraph);
}
