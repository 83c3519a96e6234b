// Phrases of one or more words (titles, speech verbs, organisation words …) matched against the
// words of a text, longest first.
import { fold } from './normalize.js';
import type { Word } from './words.js';

/** A set of phrases of one or more words, matched word by word from a position. */
export class PhraseSet {
  private readonly phrases: Set<string>;
  private readonly longest: number;
  constructor(list: Iterable<string>) {
    this.phrases = new Set([...list].map((s) => fold(s)));
    this.longest = Math.max(1, ...[...this.phrases].map((p) => p.split(' ').length));
  }
  has(word: string): boolean {
    return this.phrases.has(fold(word));
  }
  /** Number of words of the longest phrase starting at words[i] and ending by words[end] (0 if none); a mark breaks a phrase. */
  matchAt(words: readonly Word[], i: number, end = words.length - 1): number {
    for (let n = Math.min(this.longest, end - i + 1); n >= 1; n--) {
      const slice = words.slice(i, i + n);
      if (!slice.every((w) => !w.mark)) continue;
      if (this.phrases.has(slice.map((w) => w.norm).join(' '))) return n;
    }
    return 0;
  }
}
