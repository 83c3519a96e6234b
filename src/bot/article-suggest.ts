// Autocomplete of the `article` option over thousands of articles, from memory in well under a
// millisecond: every word of each article's title, outlet, date and id goes into a sorted list of
// words with the articles holding each; what is typed is read word by word, each a prefix (the
// last one still being typed), so a word's articles are a range of that list. A word no article
// starts with may have one typo after its third letter. Articles holding every typed word rank by
// where the words are (title, then date and outlet, then id), then by recency; ≤ 25, best first.
import type { Library } from '../index/library.js';
import { topK } from '../index/top-k.js';
import { fold } from '../text/normalize.js';
import { editDistance } from '../text/similarity.js';
import type { Choice } from '../render/embed.js';

const MAX_RESULTS = 25;
/** Longest text read; choice names are at most 100 characters anyway. */
const MAX_TYPED = 100;
const MAX_WORDS = 8;

/** Where a word stands, and what a match there is worth. */
const FIELDS = { title: 0, date: 1, outlet: 2, id: 3 } as const;
const WEIGHT = [4, 3, 2, 1];

const split = (text: string): string[] => fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** The words of a date as people type them: 2024-11-02, 2024-11, 2024, 11, 02. */
const dateWords = (date: string): string[] => (date === '' ? [] : [date, date.slice(0, 7), ...date.split('-')]);

export class ArticleSuggestions {
  readonly #words: string[];
  /** Per word: article × 4 + field, ascending. */
  readonly #postings: Int32Array[];
  readonly #labels: string[];
  readonly #values: string[];
  readonly #dates: string[];
  readonly #newest: readonly number[];

  constructor(library: Library) {
    const entries = library.entries;
    this.#labels = entries.map(({ article }) => {
      const { title, outlet, publishedAt } = article.meta;
      return [title ?? article.id, outlet, publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
    });
    this.#values = entries.map((e) => e.article.id);
    this.#dates = entries.map((e) => e.article.meta.publishedAt?.slice(0, 10) ?? '');
    this.#newest = library.overview.newest;
    const postings = new Map<string, number[]>();
    const add = (word: string, article: number, field: number): void => {
      const list = postings.get(word);
      const code = article * 4 + field;
      if (!list) postings.set(word, [code]);
      else if (!list.includes(code)) list.push(code);
    };
    entries.forEach(({ article }, i) => {
      for (const w of split(article.meta.title ?? '')) add(w, i, FIELDS.title);
      for (const w of split(article.meta.outlet ?? '')) add(w, i, FIELDS.outlet);
      for (const w of dateWords(this.#dates[i]!)) add(w, i, FIELDS.date);
      for (const w of split(article.id)) add(w, i, FIELDS.id);
    });
    this.#words = [...postings.keys()].sort();
    this.#postings = this.#words.map((w) => Int32Array.from(postings.get(w)!).sort());
  }

  /** Index of the first word ≥ `prefix`. */
  #lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.#words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The words a typed word matches: those it begins; failing any, those of one typo after its third letter. */
  #matching(typed: string): number[] {
    const out: number[] = [];
    for (let i = this.#lowerBound(typed); i < this.#words.length && this.#words[i]!.startsWith(typed); i++) out.push(i);
    if (out.length > 0 || typed.length < 4) return out;
    const stem = typed.slice(0, 3);
    for (let i = this.#lowerBound(stem); i < this.#words.length && this.#words[i]!.startsWith(stem); i++) {
      const word = this.#words[i]!;
      if (editDistance(typed, word.slice(0, typed.length + 1), 1) <= 1 || editDistance(typed, word, 1) <= 1) out.push(i);
    }
    return out;
  }

  suggest(typed: string): Choice[] {
    const words = [...new Set(split(typed.slice(0, MAX_TYPED)))].slice(0, MAX_WORDS);
    const n = this.#labels.length;
    if (words.length === 0) return this.#newest.slice(0, MAX_RESULTS).map((i) => this.#choice(i));
    // matched[a]: how many typed words article a holds so far; score[a]: their weights.
    const matched = new Uint8Array(n);
    const score = new Float32Array(n);
    let alive: number[] | undefined;
    words.forEach((word, k) => {
      const best = new Map<number, number>();
      for (const w of this.#matching(word)) {
        const exact = this.#words[w] === word ? 0.5 : 0;
        for (const code of this.#postings[w]!) {
          const a = code >> 2;
          if (matched[a] !== k) continue;
          const weight = WEIGHT[code & 3]! + exact;
          if ((best.get(a) ?? 0) < weight) best.set(a, weight);
        }
      }
      for (const [a, weight] of best) {
        matched[a] = k + 1;
        score[a]! += weight;
      }
      alive = [...best.keys()];
    });
    const found = (alive ?? []).filter((a) => matched[a] === words.length);
    const ranked = topK(found, MAX_RESULTS, (a, b) => score[b]! - score[a]! || (this.#dates[a] === this.#dates[b] ? a - b : this.#dates[a]! < this.#dates[b]! ? 1 : -1));
    return ranked.map((i) => this.#choice(i));
  }

  #choice(i: number): Choice {
    return { name: this.#labels[i]!, value: this.#values[i]! };
  }
}
