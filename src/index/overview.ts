// What a library holds at a glance, worked out once when it is built: its articles newest first,
// its outlets by number of articles, the span of its publication dates, and a fingerprint that
// changes whenever an article is added, removed or changed (paging buttons carry it, so a button
// made for another library is refused rather than misread).
import { createHash } from 'node:crypto';
import { fold } from '../text/normalize.js';
import type { Article } from '../types.js';

export interface LibraryOverview {
  /** Positions of the articles, newest first; undated ones last, by id. */
  readonly newest: readonly number[];
  /** Outlets, most articles first (then by name). */
  readonly outlets: readonly { readonly name: string; readonly articles: number }[];
  /** Earliest and latest publication dates (YYYY-MM-DD), when any is given. */
  readonly from?: string;
  readonly to?: string;
  /** Each article's headline, folded: its title, else the words of its id (often the headline's slug). */
  readonly headlines: readonly string[];
  /** 8 characters (base64url) of a hash of every article's id and content. */
  readonly fingerprint: string;
}

export function overviewOf(articles: readonly { readonly article: Article }[]): LibraryOverview {
  const dates = articles.map(({ article }) => article.meta.publishedAt?.slice(0, 10) ?? '');
  const newest = articles
    .map((_, i) => i)
    .sort((a, b) => (dates[a] === dates[b] ? articles[a]!.article.id.localeCompare(articles[b]!.article.id) : dates[a] === '' ? 1 : dates[b] === '' ? -1 : dates[a]! < dates[b]! ? 1 : -1));
  const counts = new Map<string, number>();
  for (const { article } of articles) if (article.meta.outlet !== undefined) counts.set(article.meta.outlet, (counts.get(article.meta.outlet) ?? 0) + 1);
  const outlets = [...counts].map(([name, n]) => ({ name, articles: n })).sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
  const given = dates.filter((d) => d !== '').sort();
  const hash = createHash('sha256');
  for (const { article } of articles) hash.update(article.id).update('\0').update(article.contentHash).update('\n');
  return {
    newest,
    outlets,
    ...(given.length > 0 && { from: given[0]!, to: given[given.length - 1]! }),
    headlines: articles.map(({ article }) => fold(article.meta.title ?? article.id.replace(/[-_]+/g, ' '))),
    fingerprint: hash.digest('base64url').slice(0, 8),
  };
}
