// index + passage search: fuse.js (token search) proposes and ranks paragraphs and sentences;
// every hit is then checked word by word, which gives the relevance floor (a query the article
// has nothing on finds nothing) and the verbatim words to highlight.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { LibraryEntry } from './library.js';
import { termSimilarity } from './match.js';
import { fold, queryTerms, tokenize, type Token } from './normalize.js';

interface PassageRecord {
  readonly article: string;
  readonly paragraph: number;
  /** Sentence index within the paragraph, or undefined for the whole paragraph. */
  readonly sentence?: number;
  /** Folded text: what fuse.js reads. */
  readonly folded: string;
  /** Offset of this passage in its paragraph. */
  readonly offset: number;
  readonly tokens: readonly Token[];
}

export interface ArticleIndex {
  readonly records: readonly PassageRecord[];
  readonly fuse: Fuse<PassageRecord>;
  /** Words of each paragraph, by paragraph number. */
  readonly paragraphTokens: ReadonlyMap<number, readonly Token[]>;
}

export interface SearchHit {
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

const fuseOptions: IFuseOptions<PassageRecord> = {
  keys: ['folded'],
  useTokenSearch: true,
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.4,
  useExtendedSearch: false,
};

const indexes = new WeakMap<LibraryEntry, ArticleIndex>();

export function buildIndex(entry: LibraryEntry): ArticleIndex {
  const records: PassageRecord[] = [];
  const paragraphTokens = new Map<number, readonly Token[]>();
  const id = entry.article.id;
  for (const p of entry.article.paragraphs) {
    const tokens = tokenize(p.text);
    paragraphTokens.set(p.n, tokens);
    records.push({ article: id, paragraph: p.n, folded: fold(p.text), offset: 0, tokens });
    if (p.sentences.length > 1) {
      for (const s of p.sentences) {
        const sTokens = tokens.filter((t) => t.start >= s.start && t.end <= s.end);
        records.push({ article: id, paragraph: p.n, sentence: s.index, folded: fold(s.text), offset: s.start, tokens: sTokens });
      }
    }
  }
  return { records, fuse: new Fuse(records, fuseOptions), paragraphTokens };
}

export function indexOf(entry: LibraryEntry): ArticleIndex {
  let index = indexes.get(entry);
  if (!index) {
    index = buildIndex(entry);
    indexes.set(entry, index);
  }
  return index;
}

interface TermMatch {
  readonly matched: number;
  readonly similarity: number;
  readonly spans: Token[];
}

/** Which query terms occur among these words, and where. */
export function matchTerms(terms: readonly string[], tokens: readonly Token[]): TermMatch {
  let matched = 0;
  let similarity = 0;
  const spans: Token[] = [];
  for (const term of terms) {
    let best = 0;
    const hits: Token[] = [];
    for (const token of tokens) {
      const s = termSimilarity(term, token.norm);
      if (s > 0) {
        hits.push(token);
        best = Math.max(best, s);
      }
    }
    if (best > 0) {
      matched++;
      similarity += best;
      spans.push(...hits);
    }
  }
  return { matched, similarity, spans };
}

/** Verbatim substrings of `text` covered by the spans, merged where they touch, in order. */
export function highlightsOf(text: string, spans: readonly Token[]): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end + 1 && /^\s?$/.test(text.slice(last.end, s.start))) last.end = Math.max(last.end, s.end);
    else if (!last || s.start >= last.end) merged.push({ start: s.start, end: s.end });
  }
  return [...new Set(merged.map((m) => text.slice(m.start, m.end)))];
}

/**
 * Paragraphs that answer a free-text query, best first, across the given articles.
 * Returns nothing when no paragraph holds enough of the query's words.
 */
export function searchPassages(entries: readonly LibraryEntry[], query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const minCoverage = options.minCoverage ?? 0.6;
  const limit = options.limit ?? 5;
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const index = indexOf(entry);
    const byParagraph = new Map<number, { fuseScore: number; sentence?: number; sentenceMatched: number }>();
    for (const result of index.fuse.search(terms.join(' '))) {
      const rec = result.item;
      const sentenceMatched = rec.sentence === undefined ? 0 : matchTerms(terms, rec.tokens).matched;
      const prev = byParagraph.get(rec.paragraph);
      const fuseScore = Math.min(prev?.fuseScore ?? 1, result.score ?? 1);
      const better = rec.sentence !== undefined && sentenceMatched > (prev?.sentenceMatched ?? 0);
      byParagraph.set(rec.paragraph, {
        fuseScore,
        sentence: better ? rec.sentence : prev?.sentence,
        sentenceMatched: better ? sentenceMatched : (prev?.sentenceMatched ?? 0),
      });
    }
    for (const [paragraph, { fuseScore, sentence }] of byParagraph) {
      const tokens = index.paragraphTokens.get(paragraph) ?? [];
      const m = matchTerms(terms, tokens);
      const coverage = m.matched / terms.length;
      if (m.matched === 0 || coverage < minCoverage) continue;
      const quality = m.similarity / terms.length;
      const text = entry.article.paragraphs[paragraph - 1]?.text ?? '';
      hits.push({
        article: entry.article.id,
        paragraph,
        ...(sentence !== undefined && { sentence }),
        score: Math.max(0, Math.min(1, 0.7 * (1 - quality) + 0.3 * fuseScore)),
        coverage,
        highlights: highlightsOf(text, m.spans),
      });
    }
  }
  hits.sort((a, b) => a.score - b.score || a.article.localeCompare(b.article) || a.paragraph - b.paragraph);
  return hits.slice(0, limit);
}
