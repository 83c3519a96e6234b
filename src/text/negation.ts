// What a sentence denies: the words right after a negation ("tidak bertemu", "did not meet"). Read
// the same way in a message and in an article, so /check can tell "met" from "did not meet".
import { allClaimWords } from '../lang/claim-words.js';
import { lexicon } from './lexicon.js';
import { fold } from './normalize.js';
import { wordsOf } from './words.js';

const negations = new Set(allClaimWords.flatMap((w) => w.negations.map(fold)));

export const isNegation = (folded: string): boolean => negations.has(folded);

/** Folded content words a text denies: the next two after each negation word. */
export function deniedWords(text: string): string[] {
  const words = wordsOf(text).filter((w) => !w.mark);
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!negations.has(w.norm)) return;
    for (const next of words.slice(i + 1, i + 3)) if (!lexicon.stopWords.has(next.norm) && !negations.has(next.norm)) out.push(next.norm);
  });
  return out;
}
