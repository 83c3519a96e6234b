// Query and text normalisation shared by indexing and querying: case, diacritics, punctuation,
// question words and stop words of both languages.
import { allTables } from '../lang/index.js';
import { memoize } from '../memo.js';

const stopWords = new Set(allTables.flatMap((t) => t.stopWords));

/** Lower case, no diacritics, no zero-width or control characters. */
export function fold(text: string): string {
  // Names and words are folded again and again on every query: remember the short ones.
  return text.length > 64 ? foldUncached(text) : foldShort(text);
}

const foldShort = memoize(foldUncached, 16_384);

function foldUncached(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .toLowerCase();
}

export interface Token {
  /** Folded form. */
  readonly norm: string;
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * Words of a text with their offsets in it. Hyphenated words stay one token
 * ("Rusia-Korea") and also yield their parts, so "Korea" finds "Rusia-Korea".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const start = m.index;
    const word = m[0];
    tokens.push({ norm: fold(word).replace(/['’]/g, ''), start, end: start + word.length });
    if (/[-'’]/.test(word)) {
      let offset = 0;
      for (const part of word.split(/[-'’]/)) {
        if (part.length > 1) tokens.push({ norm: fold(part), start: start + offset, end: start + offset + part.length });
        offset += part.length + 1;
      }
    }
  }
  return tokens;
}

/** The content words of a query: folded, without punctuation, question words or stop words. */
export function queryTerms(query: string): string[] {
  // Hyphenated words count by their parts: "Lee Jae-myung" asks for "lee", "jae", "myung".
  const words = tokenize(query.replace(/[-'’]/g, ' ')).map((t) => t.norm);
  const content = words.filter((w) => !stopWords.has(w));
  return [...new Set(content)];
}

export function isStopWord(word: string): boolean {
  return stopWords.has(fold(word));
}
