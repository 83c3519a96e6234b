// Ranked answers, a page at a time. Over several articles a page holds the best few articles (5),
// each with its best citations (up to 3, 10 in all); within one article, 10 citations. Only the
// articles of the page asked for are ranked past a number and only their citations are built, so
// the work of a page does not grow with the number of articles that match.
import type { LibraryEntry } from '../index/library.js';
import { topK } from '../index/top-k.js';
import type { Query } from '../query/query.js';
import type { Citation, Finding, PageUnit, Paging } from '../findings.js';
import type { CommandName } from '../types.js';
import { compareKeys, type RankKey } from './rank.js';

export const PAGE = {
  /** Articles on a page of an answer over several. */
  articles: 5,
  /** Citations of one article on such a page. */
  perArticle: 3,
  /** Citations on any page. */
  citations: 10,
  /** Passages on a page of /search (and /ask's passages). */
  passages: 5,
  /** Longest excerpt: a longer paragraph is cited by a verbatim slice around its first highlight. */
  excerpt: 1200,
} as const;

/** The page a query asks for: a whole number from 1. */
export function pageNumber(query: Query): number {
  const page = query.page ?? 1;
  return Number.isFinite(page) && page >= 1 ? Math.floor(page) : 1;
}

/** One article's share of a ranked answer. */
export interface Group<T> {
  readonly entry: LibraryEntry;
  readonly key: RankKey;
  /** How many items the article has for this answer (paragraphs, quotes). */
  readonly size: number;
  /** Its items from `skip`, at most `limit`, best first. */
  take(skip: number, limit: number): readonly T[];
}

export interface Paged<T> {
  /** The items of the page, article by article in rank order. */
  readonly items: readonly { readonly entry: LibraryEntry; readonly item: T }[];
  /** The articles of the page, in rank order. */
  readonly groups: readonly Group<T>[];
  readonly paging: Paging;
}

export function pagingOf(total: number, perPage: number, page: number, unit: PageUnit, shown: number): Paging {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const from = shown > 0 ? (page - 1) * perPage + 1 : 0;
  return { total, unit, page, pages, from, to: shown > 0 ? from + shown - 1 : 0 };
}

/** How many items each shown article gets: one each in turn, up to PAGE.perArticle each and PAGE.citations in all. */
export function shares(sizes: readonly number[]): number[] {
  const counts = sizes.map(() => 0);
  let left: number = PAGE.citations;
  for (let round = 0; round < PAGE.perArticle && left > 0; round++) {
    sizes.forEach((size, i) => {
      if (left > 0 && counts[i]! < size) {
        counts[i]!++;
        left--;
      }
    });
  }
  return counts;
}

/**
 * The page of a ranked answer. `groups` come in any order; only the best `page × 5` are ordered.
 * One group: its items page 10 at a time, counted in `unit`. Several: 5 articles a page.
 */
export function pageGroups<T>(groups: readonly Group<T>[], page: number, unit: Exclude<PageUnit, 'articles' | 'passages'>): Paged<T> {
  if (groups.length === 1) {
    const group = groups[0]!;
    const items = group.take((page - 1) * PAGE.citations, PAGE.citations).map((item) => ({ entry: group.entry, item }));
    return { items, groups: items.length > 0 ? [group] : [], paging: pagingOf(group.size, PAGE.citations, page, unit, items.length) };
  }
  const wanted = page * PAGE.articles;
  const shown = wanted - PAGE.articles >= groups.length ? [] : topK(groups, wanted, (a, b) => compareKeys(a.key, b.key)).slice(wanted - PAGE.articles);
  const counts = shares(shown.map((g) => g.size));
  const items = shown.flatMap((g, i) => g.take(0, counts[i]!).map((item) => ({ entry: g.entry, item })));
  return { items, groups: shown, paging: pagingOf(groups.length, PAGE.articles, page, 'articles', shown.length) };
}

/** The answer to a page past the last: nothing on it, and how many pages there are. */
export function beyondTheEnd(command: CommandName, query: Query, paging: Paging): Finding {
  return { command, query: query.text, found: false, citations: [], said: { kind: 'no-page', page: paging.page, pages: paging.pages }, paging };
}

/** A word boundary at or before `at` (or after it, looking forward), within the text. */
function boundary(text: string, at: number, forward: boolean): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const step = forward ? 1 : -1;
  for (let i = at, n = 0; i > 0 && i < text.length && n < 80; i += step, n++) if (/\s/.test(text[i]!)) return forward ? i : i + 1;
  return at;
}

/**
 * A citation whose excerpt is at most PAGE.excerpt characters: a longer paragraph is cited by the
 * verbatim slice around its first highlight, cut at word boundaries; highlights outside it are dropped.
 */
export function bounded(citation: Citation): Citation {
  const text = citation.excerpt;
  if (text.length <= PAGE.excerpt) return citation;
  const first = citation.highlights?.map((h) => text.indexOf(h)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  let start = boundary(text, Math.max(0, first - 200), false);
  if (start > first) start = Math.max(0, first - 200);
  const end = boundary(text, start + PAGE.excerpt, false);
  const excerpt = text.slice(start, end > start ? end : start + PAGE.excerpt).trim();
  const highlights = citation.highlights?.filter((h) => excerpt.includes(h));
  return { ...citation, excerpt, ...(highlights !== undefined && { highlights }) };
}
