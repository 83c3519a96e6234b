// Search terms: the words of a text or a query as the index and the matchers compare them.
import { allTables } from '../lang/index.js';
import { fold, isPlainAscii } from './normalize.js';
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

// The words alone, as `pattern` in words.ts reads them: a mark between two words is one character,
// so skipping marks never moves where a word starts.
const wordPattern = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;

/**
 * The folded terms of a text, as `termsOf(text).map((t) => t.norm)` gives them, for the index build:
 * no Word objects and no remembered copies (every paragraph of a library is read once here), and a
 * plain ASCII text folded once, not word by word.
 */
export function indexTermsOf(text: string): string[] {
  if (isPlainAscii(text)) return asciiTermsOf(text.toLowerCase());
  const terms: string[] = [];
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(text); m !== null; m = wordPattern.exec(text)) {
    const raw = m[0];
    const norm = fold(raw);
    terms.push(apostrophe.test(norm) ? norm.replace(apostrophes, '') : norm);
    if (!joiners.test(raw)) continue;
    for (const part of raw.split(joiners)) if (part.length > 1) terms.push(fold(part));
  }
  wordPattern.lastIndex = 0;
  return terms;
}

// The same words in a plain ASCII text already lower-cased: letters and digits are [a-z0-9] there,
// and a pattern without Unicode classes runs several times faster.
const asciiWordPattern = /[a-z0-9]+(?:[-'.&][a-z0-9]+)*/g;
const asciiJoiners = /[-'.&]/;

function asciiTermsOf(lower: string): string[] {
  const terms: string[] = [];
  asciiWordPattern.lastIndex = 0;
  for (let m = asciiWordPattern.exec(lower); m !== null; m = asciiWordPattern.exec(lower)) {
    const raw = m[0];
    if (!asciiJoiners.test(raw)) {
      terms.push(raw);
      continue;
    }
    terms.push(raw.includes("'") ? raw.replace(apostrophes, '') : raw);
    for (const part of raw.split(asciiJoiners)) if (part.length > 1) terms.push(part);
  }
  asciiWordPattern.lastIndex = 0;
  return terms;
}

/** The content words of a query: folded, without punctuation, question words or stop words. */
export function queryTerms(query: string): string[] {
  // Hyphenated words count by their parts: "Lee Jae-myung" asks for "lee", "jae", "myung".
  const words = termsOf(query.replace(/[-'’]/g, ' ')).map((t) => t.norm);
  const content = words.filter((w) => !stopWords.has(w));
  return [...new Set(content)];
}
