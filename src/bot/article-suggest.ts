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
  /** Per article: its words (index into #words) × 4 + field, for checking a short prefix against the few articles left. */
  readonly #articleWords: Int32Array[];
  /** Each article's place among the newest (0 the newest): the tie-break. */
  readonly #age: Int32Array;
  /** Scratch space for one query, reused: the best weight per article, and which query last set it. */
  readonly #score: Float32Array;
  readonly #seen: Int32Array;
  #query = 0;
  /** The answers to one typed word of one or two characters (which match a large share of the library), ranked once. */
  readonly #short = new Map<string, number[]>();

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
      if (!list) return void postings.set(word, [code]);
      // Articles come in order: a repeat can only be among the last codes, of this article.
      for (let j = list.length - 1; j >= 0 && list[j]! >> 2 === article; j--) if (list[j] === code) return;
      list.push(code);
    };
    entries.forEach(({ article }, i) => {
      for (const w of split(article.meta.title ?? '')) add(w, i, FIELDS.title);
      for (const w of split(article.meta.outlet ?? '')) add(w, i, FIELDS.outlet);
      for (const w of dateWords(this.#dates[i]!)) add(w, i, FIELDS.date);
      for (const w of split(article.id)) add(w, i, FIELDS.id);
    });
    this.#words = [...postings.keys()].sort();
    this.#postings = this.#words.map((w) => Int32Array.from(postings.get(w)!).sort());
    const perArticle: number[][] = entries.map(() => []);
    this.#postings.forEach((list, w) => {
      for (const code of list) perArticle[code >> 2]!.push(w * 4 + (code & 3));
    });
    this.#articleWords = perArticle.map((list) => Int32Array.from(list));
    this.#age = new Int32Array(entries.length);
    this.#newest.forEach((a, i) => (this.#age[a] = i));
    this.#score = new Float32Array(entries.length);
    this.#seen = new Int32Array(entries.length);
    const prefixes = new Set(this.#words.flatMap((w) => [w.slice(0, 1), w.slice(0, 2)]));
    for (const prefix of prefixes) this.#short.set(prefix, this.#rank([prefix]));
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
    if (words.length === 0) return this.#newest.slice(0, MAX_RESULTS).map((i) => this.#choice(i));
    const ranked = words.length === 1 ? (this.#short.get(words[0]!) ?? this.#rank(words)) : this.#rank(words);
    return ranked.map((i) => this.#choice(i));
  }

  /** The best articles holding every word: the rarest word's articles first, then each other word checked against those. */
  #rank(words: readonly string[]): number[] {
    const ranges = words.map((word) => ({ word, matching: this.#matching(word) })).sort((a, b) => this.#spread(a.matching) - this.#spread(b.matching));
    if (ranges[0]!.matching.length === 0) return [];
    // The best weight of the first word in each article holding it, in the reused scratch arrays.
    const query = ++this.#query;
    const score = this.#score;
    const seen = this.#seen;
    let alive: number[] = [];
    const first = ranges[0]!;
    for (const w of first.matching) {
      const exact = this.#words[w] === first.word ? 0.5 : 0;
      for (const code of this.#postings[w]!) {
        const a = code >> 2;
        const weight = WEIGHT[code & 3]! + exact;
        if (seen[a] !== query) {
          seen[a] = query;
          score[a] = weight;
          alive.push(a);
        } else if (score[a]! < weight) score[a] = weight;
      }
    }
    // Every other word: look in the few articles left, word by word (a short prefix matches too many words to list).
    for (const { word, matching } of ranges.slice(1)) {
      if (alive.length === 0) break;
      const typo = matching.length > 0 && !this.#words[matching[0]!]!.startsWith(word) ? new Set(matching) : undefined;
      // The words a prefix begins are a range of the sorted list: compare indexes, not strings.
      const lo = this.#lowerBound(word);
      const hi = this.#lowerBound(`${word}\uffff`);
      alive = alive.filter((a) => {
        let best = 0;
        for (const code of this.#articleWords[a]!) {
          const w = code >> 2;
          if (typo ? !typo.has(w) : w < lo || w >= hi) continue;
          best = Math.max(best, WEIGHT[code & 3]! + (this.#words[w] === word ? 0.5 : 0));
        }
        score[a]! += best;
        return best > 0;
      });
    }
    const age = this.#age;
    return topK(alive, MAX_RESULTS, (a, b) => score[b]! - score[a]! || age[a]! - age[b]!);
  }

  /** How many articles a word's matches reach, at most (the sum of their postings). */
  #spread(matching: readonly number[]): number {
    let n = 0;
    for (const w of matching) n += this.#postings[w]!.length;
    return n;
  }

  #choice(i: number): Choice {
    return { name: this.#labels[i]!, value: this.#values[i]! };
  }
}
