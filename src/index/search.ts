// index + passage search.
//
// An inverted index of folded words narrows the paragraphs a query can match; fuse.js (token
// search) then scores only those candidates, so a query costs about the same at one article as at
// ten thousand. Every hit is checked word by word, which gives the relevance floor (a query the
// article has nothing on finds nothing) and the verbatim words to highlight.
import type { LibraryEntry } from './library.js';
import type { PassageRef } from './passages.js';
import { holds, scopeMask, type Scope } from './scope.js';
import { termSimilarity } from '../text/similarity.js';
import { fold } from '../text/normalize.js';
import { termsOf, type Term } from '../text/terms.js';
import type { Paragraph } from '../types.js';
import { memoize } from '../memo.js';
import { fuseTokenScores } from './fuse-score.js';
import { topK } from './top-k.js';

export interface SearchHit {
  /** The article the paragraph belongs to, and its id. */
  readonly entry: LibraryEntry;
  readonly article: string;
  readonly paragraph: number;
  /** Best-matching sentence of the paragraph (0-based), if one stands out. */
  readonly sentence?: number;
  /** 0 best … 1 worst. */
  readonly score: number;
  /** Share of the query's content words found in the paragraph, 0–1. */
  readonly coverage: number;
  /** Verbatim substrings of the paragraph that matched, in order of appearance. */
  readonly highlights: string[];
}

export interface SearchOptions {
  readonly limit?: number;
  /** Least share of query words a paragraph must contain (default 0.6: both of two words, two of three). */
  readonly minCoverage?: number;
}

/** What fuse.js scores: a paragraph or one of its sentences. */
interface ScoredRecord {
  readonly passage: number;
  readonly sentence?: number;
  readonly folded: string;
}

/** How many candidates fuse.js scores per query, at most: the rest cannot reach the top anyway. */
const CANDIDATES = 20;
/** Words of recently searched paragraphs (for highlights), bounded so a large corpus stays small. */
const tokensOf = memoize(termsOf, 4096);

/** Folded texts of recently searched paragraphs and sentences, bounded likewise. */
const foldedOf = memoize(fold, 16_384);

/** What fuse.js scores: each sentence (a paragraph scores as its best sentence), or a one-sentence paragraph whole. */
function recordsOf(scope: Scope, passages: Iterable<number>): ScoredRecord[] {
  const records: ScoredRecord[] = [];
  for (const passage of passages) {
    const p = paragraphOf(scope, scope.library.index.passages[passage]!);
    if (p.sentences.length > 1) for (const s of p.sentences) records.push({ passage, sentence: s.index, folded: foldedOf(s.text) });
    else records.push({ passage, folded: foldedOf(p.text) });
  }
  return records;
}

export { narrow } from './narrow.js';

/** Which query terms occur among these words, and where. */
export function matchTerms(terms: readonly string[], tokens: readonly Term[]): { matched: number; similarity: number; spans: Term[] } {
  let matched = 0;
  let similarity = 0;
  const spans: Term[] = [];
  for (const term of terms) {
    let best = 0;
    for (const token of tokens) {
      const s = termSimilarity(term, token.norm);
      if (s > 0) {
        spans.push(token);
        best = Math.max(best, s);
      }
    }
    if (best > 0) {
      matched++;
      similarity += best;
    }
  }
  return { matched, similarity, spans };
}

/** Verbatim substrings of `text` covered by the spans, merged where they touch, in order. */
export function highlightsOf(text: string, spans: readonly Term[]): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end + 1 && /^\s?$/.test(text.slice(last.end, s.start))) last.end = Math.max(last.end, s.end);
    else if (!last || s.start >= last.end) merged.push({ start: s.start, end: s.end });
  }
  return [...new Set(merged.map((m) => text.slice(m.start, m.end)))];
}

interface Candidate {
  readonly passage: number;
  readonly matched: number;
  readonly similarity: number;
}

/** Paragraphs holding enough of the query's words, from the inverted index alone. */
/** First position in an ascending list holding a value ≥ `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scopes of up to this many articles look their passages up by range instead of walking every posting. */
const RANGED_UP_TO = 64;

/**
 * Per-passage tallies of candidatesOf, kept between calls and zeroed again where a call wrote:
 * allocating three arrays as long as the library's passages for every query cost more than the
 * query's own work over a large library (and the garbage made the collector run more often).
 */
let tally = { matched: new Uint8Array(0), sum: new Float64Array(0), best: new Float64Array(0) };

function tallyFor(n: number): typeof tally {
  if (tally.matched.length < n) tally = { matched: new Uint8Array(n), sum: new Float64Array(n), best: new Float64Array(n) };
  return tally;
}

function candidatesOf(scope: Scope, terms: readonly string[], minCoverage: number): Candidate[] {
  const index = scope.library.index;
  const ranges = scope.members !== undefined && scope.members.size <= RANGED_UP_TO ? [...scope.members].map((e) => [index.firstPassage[e]!, index.firstPassage[e + 1]!] as const) : undefined;
  const inScope = ranges ? undefined : scopeMask(scope);
  // Per passage: terms matched, their summed best similarity; this term's best similarity so far.
  const { matched, sum, best } = tallyFor(index.passages.length);
  const touched: number[] = [];
  let termTouched: number[] = [];
  try {
    for (const term of terms) {
      termTouched = [];
      const keep = (passage: number, similarity: number): void => {
        const was = best[passage]!;
        if (was === 0) termTouched.push(passage);
        if (was < similarity) best[passage] = similarity;
      };
      for (const { postings, similarity } of index.vocabulary.lookup(term)) {
        if (ranges) {
          // A few articles: their passages are ranges of ids; find each in the (ascending) postings.
          for (const [lo, hi] of ranges) for (let i = lowerBound(postings, lo); i < postings.length && postings[i]! < hi; i++) keep(postings[i]!, similarity);
        } else for (const passage of postings) if (inScope === undefined || inScope[index.entryOf[passage]!] === 1) keep(passage, similarity);
      }
      for (const passage of termTouched) {
        if (matched[passage] === 0) touched.push(passage);
        matched[passage] = matched[passage]! + 1;
        sum[passage]! += best[passage]!;
        best[passage] = 0;
      }
      termTouched = [];
    }
    const needed = Math.max(1, Math.ceil(minCoverage * terms.length - 1e-9));
    const candidates: Candidate[] = [];
    for (const passage of touched) if (matched[passage]! >= needed) candidates.push({ passage, matched: matched[passage]!, similarity: sum[passage]! });
    return candidates;
  } finally {
    for (const passage of touched) {
      matched[passage] = 0;
      sum[passage] = 0;
    }
    for (const passage of termTouched) best[passage] = 0;
  }
}

/**
 * Paragraphs holding at least one of the terms (as a word, affixed or misspelt), in corpus order;
 * past `limit`, only those holding the most different terms are kept.
 */
export function paragraphsWithAny(scope: Scope, terms: readonly string[], limit = Infinity): { entry: LibraryEntry; paragraph: Paragraph }[] {
  if (terms.length === 0 || scope.entries.length === 0) return [];
  const index = scope.library.index;
  let found = candidatesOf(scope, terms, 0);
  if (found.length > limit) found = topK(found, limit, (a, b) => b.matched - a.matched || a.passage - b.passage);
  return found
    .map((c) => c.passage)
    .sort((a, b) => a - b)
    .map((id) => {
      const ref = index.passages[id]!;
      return { entry: scope.library.entries[ref.entry]!, paragraph: paragraphOf(scope, ref) };
    });
}

function paragraphOf(scope: Scope, ref: PassageRef): Paragraph {
  return scope.library.entries[ref.entry]!.article.paragraphs[ref.paragraph - 1]!;
}

/** fuse.js's score of each candidate (a paragraph scores as its best sentence), and that sentence. */
function fuseScores(scope: Scope, terms: readonly string[], shortlist: readonly Candidate[]): { score: Map<number, number>; sentence: Map<number, { sentence: number; score: number }> } {
  const score = new Map<number, number>();
  const sentence = new Map<number, { sentence: number; score: number }>();
  // fuse.js's token search over just these candidates (index/fuse-score.ts works its scores out without building a Fuse).
  const records = recordsOf(scope, shortlist.map((c) => c.passage));
  const scores = fuseTokenScores(records.map((r) => r.folded), terms.join(' '));
  for (let i = 0; i < records.length; i++) {
    const s = scores[i];
    if (s === undefined) continue;
    const { passage, sentence: at } = records[i]!;
    score.set(passage, Math.min(score.get(passage) ?? 1, s));
    if (at !== undefined && s < (sentence.get(passage)?.score ?? Infinity)) sentence.set(passage, { sentence: at, score: s });
  }
  return { score, sentence };
}

/** A candidate's score, 0 best … 1 worst: the share and closeness of the query words it holds, and fuse.js's score. */
const scoreOf = (c: Candidate, terms: readonly string[], fuse: number | undefined): number =>
  Math.max(0, Math.min(1, 0.7 * (1 - c.similarity / terms.length) + 0.3 * (fuse ?? 1)));

function hitOf(scope: Scope, terms: readonly string[], c: Candidate, score: number, sentence: number | undefined): SearchHit {
  const ref = scope.library.index.passages[c.passage]!;
  const text = paragraphOf(scope, ref).text;
  const entry = scope.library.entries[ref.entry]!;
  return {
    entry,
    article: entry.article.id,
    paragraph: ref.paragraph,
    ...(sentence !== undefined && { sentence }),
    score,
    coverage: c.matched / terms.length,
    highlights: highlightsOf(text, matchTerms(terms, tokensOf(text)).spans),
  };
}

/** Best first by closeness alone; ties in corpus order. */
const byCloseness = (a: Candidate, b: Candidate): number => b.similarity - a.similarity || a.passage - b.passage;

/**
 * Paragraphs that answer a free-text query, best first, across the given articles.
 * Returns nothing when no paragraph holds enough of the query's words.
 */
export function searchPassages(scope: Scope, terms: readonly string[], options: SearchOptions = {}): SearchHit[] {
  if (terms.length === 0 || scope.entries.length === 0) return [];
  const found = candidatesOf(scope, terms, options.minCoverage ?? 0.6);
  if (found.length === 0) return [];
  return ordered(scope, terms, found, options.limit ?? 5);
}

/**
 * The best `limit` of the candidates, in one order whatever the limit (so pages never overlap): the
 * CANDIDATES closest, ordered by their score with fuse.js's, then the rest by closeness alone.
 */
function ordered(scope: Scope, terms: readonly string[], found: readonly Candidate[], limit: number): SearchHit[] {
  const index = scope.library.index;
  // Keep the candidates with the most and closest words; fuse.js orders what is left.
  const shortlist = topK(found, CANDIDATES, byCloseness);
  const fuse = fuseScores(scope, terms, shortlist);
  const scored = shortlist.map((c) => ({ c, score: scoreOf(c, terms, fuse.score.get(c.passage)) }));
  scored.sort((a, b) => {
    const ra = index.passages[a.c.passage]!;
    const rb = index.passages[b.c.passage]!;
    const ida = scope.library.entries[ra.entry]!.article.id;
    const idb = scope.library.entries[rb.entry]!.article.id;
    // The same article compares as 0 without asking the collator (localeCompare is slow, even on equal strings).
    return a.score - b.score || (ida === idb ? 0 : ida.localeCompare(idb)) || ra.paragraph - rb.paragraph;
  });
  if (limit > scored.length && found.length > scored.length) {
    const listed = new Set(shortlist.map((c) => c.passage));
    const rest = topK(found.filter((c) => !listed.has(c.passage)), limit - scored.length, byCloseness);
    scored.push(...rest.map((c) => ({ c, score: scoreOf(c, terms, undefined) })));
  }
  return scored.slice(0, limit).map(({ c, score }) => hitOf(scope, terms, c, score, fuse.sentence.get(c.passage)?.sentence));
}

export interface RankOptions {
  readonly minCoverage?: number;
  /** 1-based page of `perPage` passages. */
  readonly page: number;
  readonly perPage: number;
  /** Most passages of one article among an article's best on a page, over several articles. */
  readonly perArticle: number;
}

/**
 * One page of the paragraphs that answer a query, and how many answer it in all. Within one
 * article: best first, as searchPassages. Over several: each article's best `perArticle` first
 * (so one article cannot fill a page), ranked by the share and closeness of the query's words in
 * steps of 0.1, then by how central the passage is (the query's words in the headline, the lede,
 * how many of the article's paragraphs hold them), then by how recent the article is. The order
 * depends on the candidates only, never on the page, so pages never overlap; fuse.js only picks
 * each shown passage's best sentence.
 */
export function rankPassages(scope: Scope, terms: readonly string[], options: RankOptions): { hits: SearchHit[]; total: number } {
  if (terms.length === 0 || scope.entries.length === 0) return { hits: [], total: 0 };
  const found = candidatesOf(scope, terms, options.minCoverage ?? 0.6);
  const { page, perPage } = options;
  const wanted = page * perPage;
  if (found.length === 0 || wanted - perPage >= found.length) return { hits: [], total: found.length };
  const index = scope.library.index;
  const perArticle = new Map<number, Candidate[]>();
  for (const c of found) {
    const entry = index.passages[c.passage]!.entry;
    const list = perArticle.get(entry);
    if (list) list.push(c);
    else perArticle.set(entry, [c]);
  }
  if (perArticle.size === 1) return { hits: ordered(scope, terms, found, wanted).slice(wanted - perPage), total: found.length };
  // Tiers: each article's best `perArticle` passages by closeness, then its next ones, and so on.
  const tiered: { c: Candidate; tier: number }[] = [];
  for (const list of perArticle.values()) list.sort(byCloseness).forEach((c, i) => tiered.push({ c, tier: Math.floor(i / options.perArticle) }));
  const { headlines } = scope.library.overview;
  const keyOf = ({ c, tier }: { c: Candidate; tier: number }) => {
    const ref = index.passages[c.passage]!;
    const headline = headlines[ref.entry] ?? '';
    const inHeadline = terms.filter((t) => headline.includes(t)).length / terms.length;
    const lede = ref.paragraph === 1 ? 2 : ref.paragraph === 2 ? 1 : 0;
    const centrality = 3 * inHeadline + lede + 2 * Math.min(1, (perArticle.get(ref.entry)?.length ?? 0) / 5);
    const date = scope.library.entries[ref.entry]!.article.meta.publishedAt?.slice(0, 10) ?? '';
    return { c, tier, relevance: Math.round((c.similarity / terms.length) * 10), centrality, date };
  };
  type Keyed = ReturnType<typeof keyOf>;
  const compare = (a: Keyed, b: Keyed): number =>
    a.tier - b.tier || b.relevance - a.relevance || b.centrality - a.centrality || (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) || a.c.passage - b.c.passage;
  const shown = topK(tiered.map(keyOf), wanted, compare).slice(wanted - perPage);
  const fuse = fuseScores(scope, terms, shown.map((k) => k.c));
  return { hits: shown.map((k) => hitOf(scope, terms, k.c, scoreOf(k.c, terms, fuse.score.get(k.c.passage)), fuse.sentence.get(k.c.passage)?.sentence)), total: found.length };
}
