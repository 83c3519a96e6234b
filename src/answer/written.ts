// Is a question word written in a passage: as written, affixed, misspelt, as a name in another
// spelling, or as a word of the same concept from the language tables (answer/support.ts reads
// questions through it; answer/support-names.ts names).
import { affixedForm, alternativesOf, ungluedForms } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import { nameKey } from '../text/name-match.js';
import { editDistance, formSimilarity } from '../text/similarity.js';
import { partsOf, type ParagraphWord as Word } from '../text/words.js';

export const partsOfWord = (w: Word): string[] => (w.mark ? [] : partsOf(w.norm).flatMap(ungluedForms));

/**
 * The same word, affixed, or misspelt — a typo being one letter in five letters or more, two in
 * nine or more, never the first letter: stricter than search, for "kematian" is not "kebaktian".
 */
export function sameOrTypo(term: string, word: string): boolean {
  if (formSimilarity(term, word) > 0) return true;
  if (term.length < 5 || term[0] !== word[0]) return false;
  const allowed = term.length >= 9 ? 2 : 1;
  return editDistance(term, word, allowed) <= allowed;
}

/** A name word as written in another spelling ("Tjipto" ~ "Cipto", "Mangoenkoesoemo" ~ "Mangunkusumo") or a typo of it. */
function sameName(term: string, word: string): boolean {
  if (sameOrTypo(term, word)) return true;
  const a = nameKey(term);
  return a.length >= 3 && (a === nameKey(word) || (a.length >= 5 && sameOrTypo(a, nameKey(word))));
}

/** A long name word written as its short form, its first letters ("Roem" of "Roemwerdiniadi"; four letters at least, of eight or more). */
const shortFormWritten = (term: string, words: readonly Word[]): boolean =>
  term.length >= 8 && words.some((w) => w.cap && !w.mark && w.norm.length >= 4 && term.startsWith(w.norm) && !lexicon.stopWords.has(w.norm));

/** Is this name word written here, in any spelling? */
export function writesName(term: string, words: readonly Word[]): boolean {
  return shortFormWritten(term, words) || words.some((w) => partsOfWord(w).some((p) => sameName(term, p))) || says(term, words);
}

/** Is this question word written here, affixed or misspelt? */
export function writes(term: string, words: readonly Word[]): boolean {
  return words.some((w) => partsOfWord(w).some((p) => sameOrTypo(term, p)));
}

/** Is a phrase of the tables ("lahir dari", "ibu kota") written here, each word as written or affixed? */
export function writesPhrase(phrase: string, words: readonly Word[]): boolean {
  const parts = phrase.split(' ');
  const plain = words.filter((w) => !w.mark);
  if (parts.length === 1) return plain.some((w) => partsOfWord(w).some((p) => affixedForm(phrase, p)));
  for (let i = 0; i + parts.length <= plain.length; i++) {
    if (parts.every((part, k) => affixedForm(part, plain[i + k]!.norm))) return true;
  }
  return false;
}

/** Is a question word said here: written, or a word of the same concept? */
export function says(term: string, words: readonly Word[]): boolean {
  return writes(term, words) || alternativesOf(term).some((alt) => writesPhrase(alt, words));
}

/** Sentences the support is read from: the answer's and the one before it. */
export function windowOf(words: readonly Word[], first: number, last: number): Word[] {
  const sentence = words[first]!.sentence;
  return words.filter((w, i) => (i < first || i > last) && w.sentence <= words[last]!.sentence && w.sentence >= sentence - 1);
}

export const outside = (words: readonly Word[], first: number, last: number): Word[] => words.filter((_, i) => i < first || i > last);
