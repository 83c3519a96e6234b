// Folding: the form in which words are compared everywhere (case, diacritics, invisible characters).
import { memoize } from '../memo.js';

const plainAscii = /^[\x20-\x7E]*$/;

/** Printable ASCII only: nothing that folding does besides lower case. */
export const isPlainAscii = (text: string): boolean => plainAscii.test(text);

/** Lower case, no diacritics, no zero-width or control characters. */
export function fold(text: string): string {
  // Plain ASCII has no diacritics or invisible characters to drop: lower case is all.
  if (plainAscii.test(text)) return text.toLowerCase();
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

/**
 * A name or phrase folded, every run of other characters than letters and digits one space, trimmed:
 * the form names are compared in. Remembered for short texts: the same names are compared on every query.
 */
export function foldedWords(text: string): string {
  return text.length > 64 ? foldedWordsUncached(text) : foldedWordsShort(text);
}

function foldedWordsUncached(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const foldedWordsShort = memoize(foldedWordsUncached, 16_384);
