// Search terms: the words of a text or a query as the index and the matchers compare them.
import { allTables } from '../lang/index.js';
import { fold } from './normalize.js';
import { joiners, wordsOf } from './words.js';

const stopWords = new Set(allTables.flatMap((t) => t.stopWords));
const apostrophe = /['’]/;
const apostrophes = /['’]/g;

/** A word (or one part of a joined word) as the index and the query matcher see it. */
export interface Term {
  /** Folded, without apostrophes. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The terms of a text for search: each word folded without apostrophes, and the parts of a joined
 * word as terms of their own, so "Korea" finds "Rusia-Korea".
 */
export function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  for (const w of wordsOf(text)) {
    if (w.mark) continue;
    const norm = apostrophe.test(w.norm) ? w.norm.replace(apostrophes, '') : w.norm;
    terms.push({ norm, start: w.start, end: w.end });
    const joined = w.text.endsWith('.') ? w.text.slice(0, -1) : w.text;
    if (!joiners.test(joined)) continue;
    let offset = w.start;
    for (const part of joined.split(joiners)) {
      if (part.length > 1) terms.push({ norm: fold(part), start: offset, end: offset + part.length });
      offset += part.length + 1;
    }
  }
  return terms;
}

/** The content words of a query: folded, without punctuation, question words or stop words. */
export function queryTerms(query: string): string[] {
  // Hyphenated words count by their parts: "Lee Jae-myung" asks for "lee", "jae", "myung".
  const words = termsOf(query.replace(/[-'’]/g, ' ')).map((t) => t.norm);
  const content = words.filter((w) => !stopWords.has(w));
  return [...new Set(content)];
}
