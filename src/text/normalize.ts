// Folding: the form in which words are compared everywhere (case, diacritics, invisible characters).
import { memoize } from '../memo.js';

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
