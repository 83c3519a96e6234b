// load → extract → index, for a folder of articles: what every front end starts from.
import { join } from 'node:path';
import { unreadFilesLine } from '../add/page-source.js';
import { ArticleCache } from './cache.js';
import { libraryOf, type Library, type LibraryEntry } from '../index/library.js';
import { ArticleError } from './sidecar.js';
import { idsToLoad, loadProblem, readArticleSource, type ArticleSource } from './files.js';
import { makeEntries, understoodEntry, type Made, type ParallelOptions } from './parallel.js';

export { loadProblem } from './files.js';

export interface LoadOptions {
  readonly dir: string;
  /** Load only this article id. */
  readonly only?: string;
  /** Folder of the on-disk cache of parsed and extracted articles; none when undefined. */
  readonly cacheDir?: string;
  /** The cache itself, when the caller keeps using it after the load (the live library); wins over `cacheDir`. */
  readonly cache?: ArticleCache;
  /** Worker threads for the articles the cache does not hold (default: one per spare core, for many articles). */
  readonly parallel?: ParallelOptions;
}

/** What was loaded of one article, for a debug log line at the edge (the core logs nothing). */
export interface LoadedArticle {
  readonly id: string;
  readonly paragraphs: number;
  readonly people: number;
  readonly places: number;
  readonly quotes: number;
  readonly dates: number;
  /** Read from the on-disk cache (a hit), built from the text (a miss), or no cache at all. */
  readonly cache: 'hit' | 'miss' | 'off';
}

export interface LoadStats {
  readonly articles: number;
  readonly fromCache: number;
  /** Every article loaded, in order. */
  readonly loaded: readonly LoadedArticle[];
  /** One line per file that could not be served: which file and why. */
  readonly problems: readonly string[];
}

export type LoadedLibrary = Library & { readonly stats: LoadStats };

/** The entry of an article already read from disk: from the cache, or parsed and understood now. */
export function entryOf(dir: string, source: ArticleSource, cache: ArticleCache | undefined): { entry: LibraryEntry; cache: LoadedArticle['cache'] } {
  const { id } = source;
  const cached = cache?.get(source.hash, id);
  if (cached) return { entry: cached, cache: 'hit' };
  const entry = understoodEntry(dir, source);
  cache?.put(entry);
  return { entry, cache: cache === undefined ? 'off' : 'miss' };
}


/**
 * Every usable article of the folder. A bad article is reported in `stats.problems` and skipped;
 * loading fails only when no article is usable (or the one asked for with `only` is not).
 */
export function loadLibrary({ dir, only, cacheDir, cache = cacheDir === undefined ? undefined : new ArticleCache(cacheDir), parallel }: LoadOptions): LoadedLibrary {
  let fromCache = 0;
  const problems: string[] = [];
  const entries: LibraryEntry[] = [];
  const loaded: LoadedArticle[] = [];
  const add = (entry: LibraryEntry, cacheUse: LoadedArticle['cache']): void => {
    entries.push(entry);
    const { article, understanding: u } = entry;
    loaded.push({
      id: article.id,
      paragraphs: article.paragraphs.length,
      people: u.people.length,
      places: u.places.length,
      quotes: u.quotes.length,
      dates: u.dates.length,
      cache: cacheUse,
    });
  };
  // Every file read first (and found in the cache or not), then what the cache did not hold is
  // parsed and understood, on several threads for many (parallel.ts); then in order of ids.
  type Slot = { readonly id: string } & ({ readonly hit: LibraryEntry } | { readonly source: ArticleSource } | { readonly error: unknown });
  const slots: Slot[] = idsToLoad(dir, only).map((id) => {
    try {
      const source = readArticleSource(dir, id);
      const hit = cache?.get(source.hash, id);
      return hit ? { id, hit } : { id, source };
    } catch (error) {
      return { id, error };
    }
  });
  const made = makeEntries(dir, slots.flatMap((s) => ('source' in s ? [s.source] : [])), parallel);
  let m = 0;
  for (const slot of slots) {
    const outcome: Made = 'hit' in slot ? { entry: slot.hit } : 'source' in slot ? made[m++]! : { problem: loadProblem(dir, slot.id, slot.error), error: slot.error };
    if ('entry' in outcome) {
      if ('hit' in slot) fromCache++;
      else if (outcome.json !== undefined) cache?.putJson(outcome.entry.article.contentHash, outcome.json);
      else cache?.put(outcome.entry);
      add(outcome.entry, 'hit' in slot ? 'hit' : cache === undefined ? 'off' : 'miss');
      continue;
    }
    if (only !== undefined) {
      const err = outcome.error;
      throw err instanceof ArticleError ? err : new ArticleError(join(dir, `${slot.id}.txt`), outcome.problem);
    }
    problems.push(outcome.problem);
  }
  const unread = only === undefined ? unreadFilesLine(dir) : undefined;
  if (unread !== undefined) problems.push(unread);
  if (entries.length === 0) {
    throw new ArticleError(dir, `no usable article (${problems.length} skipped: ${problems.join('; ')})`);
  }
  const library = libraryOf(entries);
  return { ...library, stats: { articles: entries.length, fromCache, loaded, problems } };
}
