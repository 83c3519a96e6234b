// A name's word that the passage fills with another name at the head of a sentence (answer/support-names.ts):
// "Dorothy Dell (…) adalah" written where a question asks of "George Dell". A sentence's first word
// is capitalised whatever it is, so it counts as a name only when no table knows it as a common word.
import { wordKind } from '../query/concepts.js';
import { isFunctionWord, lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { sameOrTypo } from './written.js';

/** A word the name tables know as a common word: a title, a role, a body's or a place's kind ("Armada", "Dinasti", "Republik"). */
export const tableWord = (n: string): boolean =>
  [lexicon.titles, lexicon.honorifics, lexicon.titleWords, lexicon.commonNouns, lexicon.roleWords, lexicon.organisationWords, lexicon.placeWords, lexicon.thingWords].some((t) => t.has(n));

/** An Indonesian derived noun, prefix and suffix round a root ("Pencapaian", "Perbatasan", "Kemerdekaan"), no name. */
const derived = /^(pe|me|be|te|ke|se|di)\p{L}{3,}(an|kan|nya)$/u;

/**
 * A sentence's first word that is a name, not a word capitalised only for opening the sentence:
 * "Dorothy Dell (…) adalah" written for "George Dell". Not a word of the tables, of the question's
 * name, or written in lower case elsewhere in the paragraph; three letters at least.
 */
export function initialName(w: Word, run: readonly string[], words: readonly Word[]): boolean {
  if (!w.initial || !w.cap || w.mark || w.acronym || w.norm.length < 3 || /\p{N}/u.test(w.norm) || isFunctionWord(w) || tableWord(w.norm) || derived.test(w.norm)) return false;
  if (wordKind(w.norm) !== 'other' || run.some((r) => sameOrTypo(r, w.norm))) return false;
  return !words.some((x) => !x.mark && !x.cap && x.norm === w.norm);
}
