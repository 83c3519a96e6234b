// The words of a corpus with the passages each occurs in (an inverted index), and a trigram index
// over the words themselves, so that a typed term finds its exact, affixed and misspelt forms
// without comparing it to every word of the corpus.
import { termSimilarity } from '../text/similarity.js';

export interface WordMatch {
  readonly word: string;
  /** Passage ids holding the word, ascending. */
  readonly postings: readonly number[];
  readonly similarity: number;
}

/** Trigrams of a word padded with ^ and $: "kursk" → ^ku kur urs rsk sk$. */
function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

const MEMO_SIZE = 2048;

export class VocabularyIndex {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly postings: number[][] = [];
  private readonly grams = new Map<string, number[]>();
  private readonly memo = new Map<string, WordMatch[]>();
  private sealed = false;

  /** Record that `word` (already folded) occurs in passage `passage`; passages come in order. */
  add(word: string, passage: number): void {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.postings.push([]);
      for (const g of trigrams(word)) {
        const list = this.grams.get(g);
        if (!list) this.grams.set(g, [id]);
        else if (list[list.length - 1] !== id) list.push(id); // a trigram twice in one word
      }
    }
    const list = this.postings[id]!;
    if (list[list.length - 1] !== passage) list.push(passage);
  }

  seal(): void {
    this.sealed = true;
  }

  get size(): number {
    return this.words.length;
  }

  /** Every word with the passages it occurs in (ascending), in the order the words were first added. */
  *entries(): IterableIterator<readonly [string, readonly number[]]> {
    for (let id = 0; id < this.words.length; id++) yield [this.words[id]!, this.postings[id]!];
  }

  /** Every word of the corpus that the term matches (exactly, affixed or with a typo). */
  lookup(term: string): WordMatch[] {
    if (!this.sealed) throw new Error('VocabularyIndex.lookup before seal()');
    const memo = this.memo.get(term);
    if (memo) return memo;
    const result: WordMatch[] = [];
    const exact = this.ids.get(term);
    if (exact !== undefined) result.push({ word: term, postings: this.postings[exact]!, similarity: 1 });
    // Words sharing at least two trigrams with the term: every affixed or misspelt form of a term
    // long enough to allow either does (shorter terms only match exactly).
    if (term.length >= 4) {
      const shared = new Map<number, number>();
      for (const g of new Set(trigrams(term))) {
        for (const id of this.grams.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
      for (const [id, count] of shared) {
        if (count < 2 || id === exact) continue;
        const word = this.words[id]!;
        const similarity = termSimilarity(term, word);
        if (similarity > 0) result.push({ word, postings: this.postings[id]!, similarity });
      }
    }
    if (this.memo.size >= MEMO_SIZE) this.memo.delete(this.memo.keys().next().value as string);
    this.memo.set(term, result);
    return result;
  }
}
