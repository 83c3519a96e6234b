// How well a question word matches a word of the passage: as written, affixed, misspelt, or as a
// word of its concept from the language tables.
import { memoize2 } from '../memo.js';
import { affixedForm, alternativesOf } from '../query/concepts.js';
import { typoSimilarity } from '../text/similarity.js';
import { partsOf, type ParagraphWord as Word } from '../text/words.js';

/** How well a question word matches a word of the text: as written, affixed, misspelt, or a word of its concept (0.8). */
export function similarity(term: string, w: Word): number {
  if (w.mark) return 0;
  return wordSimilarity(term, w.norm);
}

/** A question word against a paragraph word (by its parts): asked again and again for the same pairs, so remembered. */
const wordSimilarity = memoize2((term: string, norm: string): number => {
  let best = 0;
  for (const part of partsOf(norm)) best = Math.max(best, typoSimilarity(term, part));
  if (best === 0 && conceptWords(term).some((alt) => partsOf(norm).some((part) => affixedForm(alt, part)))) best = 0.8;
  return best;
}, 65_536);

/** The one-word alternatives of a question word (phrases are for the support check). */
const conceptWords = (term: string): readonly string[] => alternativesOf(term).filter((a) => !a.includes(' '));

