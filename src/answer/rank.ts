// How the results of an answer over many articles are ordered: how well each answers the query,
// then how central its subject is to its article (headline, lede, how often it is named, whether
// it is quoted: index/centrality.ts), then how recent the article is. And the best k of many
// results without sorting them all: a query that matches thousands of articles sorts the few it shows.
import type { LibraryEntry } from '../index/library.js';
import type { Scope } from '../index/scope.js';
import { findAll } from '../text/find.js';
import { memoize } from '../memo.js';
import { fold } from '../text/normalize.js';
export { topK } from '../index/top-k.js';
export { centrality, type Presence } from '../index/centrality.js';

export interface RankKey {
  /** How well it answers the query, 0–1, in steps of RELEVANCE_STEP: results within a step are equally good. */
  readonly relevance: number;
  /** How central its subject is to its article (see centrality()). */
  readonly centrality: number;
  /** The article's publication date (ISO), '' when unknown. */
  readonly date: string;
  /** Position in the library (then in the article): the last tie-break, so the order is total. */
  readonly order: number;
}

/** The key of the one group of an answer from one article, which nothing ranks (pageGroups reads keys only to order several). */
export const UNRANKED: RankKey = { relevance: 0, centrality: 0, date: '', order: 0 };

/** Relevance is compared in steps: a small difference in match quality never outweighs the headline. */
export const RELEVANCE_STEP = 0.1;

export const relevanceStep = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) / RELEVANCE_STEP) / (1 / RELEVANCE_STEP);

/** Negative when `a` ranks before `b`. */
export function compareKeys(a: RankKey, b: RankKey): number {
  return b.relevance - a.relevance || b.centrality - a.centrality || (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) || a.order - b.order;
}

/** The article's headline, folded: its title, else the words of its id (often the headline's slug). */
export function headlineOf(scope: Scope, entry: LibraryEntry): string {
  const at = scope.library.indexOf(entry.article.id);
  return scope.library.overview.headlines[at] ?? fold(entry.article.meta.title ?? entry.article.id.replace(/[-_]+/g, ' '));
}

/** The article's publication date (its first ten characters), '' when not given. */
export const dateOf = (entry: LibraryEntry): string => entry.article.meta.publishedAt?.slice(0, 10) ?? '';

/** A name folded, its separators one space (remembered: the same forms are fitted on every query). */
const spaced = memoize((name: string): string => fold(name).replace(/[\s\-‐–_.,]+/g, ' ').trim(), 8192);

/** How well a typed name fits the forms a subject goes by: 1 a whole form, 0.9 every typed word a word of one, else 0.7 (a typo, a transliteration). */
export function nameFit(typed: string, forms: readonly string[]): number {
  const t = spaced(typed);
  if (t === '') return 0;
  const folded = forms.map(spaced);
  if (folded.includes(t)) return 1;
  const words = t.split(' ');
  if (folded.some((f) => words.every((w) => findAll(f, w).length > 0))) return 0.9;
  return 0.7;
}
