// load → extract → index, for a folder of articles: what every front end starts from.
import { join } from 'node:path';
import { unreadFilesLine } from '../add/page-source.js';
import { ArticleCache } from './cache.js';
import { libraryOf, type Library, type LibraryEntry } from '../index/library.js';
import { ArticleError, articleFromSource, idsToLoad, readArticleSource } from './article.js';
import { understand } from '../extract/understand.js';

export interface LoadOptions {
  readonly dir: string;
  /** Load only this article id. */
  readonly only?: string;
  /** Folder of the on-disk cache of parsed and extracted articles; none when undefined. */
  readonly cacheDir?: string;
}

export interface LoadStats {
  readonly articles: number;
  readonly fromCache: number;
  /** One line per file that could not be served: which file and why. */
  readonly problems: readonly string[];
}

export type LoadedLibrary = Library & { readonly stats: LoadStats };

/**
 * Every usable article of the folder. A bad article is reported in `stats.problems` and skipped;
 * loading fails only when no article is usable (or the one asked for with `only` is not).
 */
export function loadLibrary({ dir, only, cacheDir }: LoadOptions): LoadedLibrary {
  const cache = cacheDir === undefined ? undefined : new ArticleCache(cacheDir);
  let fromCache = 0;
  const problems: string[] = [];
  const entries: LibraryEntry[] = [];
  for (const id of idsToLoad(dir, only)) {
    try {
      const source = readArticleSource(dir, id);
      const cached = cache?.get(source.hash, id);
      if (cached) {
        fromCache++;
        entries.push(cached);
        continue;
      }
      const article = articleFromSource(dir, source);
      const entry = { article, understanding: understand(article) };
      cache?.put(entry);
      entries.push(entry);
    } catch (err) {
      const message = err instanceof ArticleError ? err.message : `${join(dir, `${id}.txt`)}: cannot be loaded (${(err as Error).message})`;
      if (only !== undefined) throw err instanceof ArticleError ? err : new ArticleError(join(dir, `${id}.txt`), message);
      problems.push(message);
    }
  }
  const unread = only === undefined ? unreadFilesLine(dir) : undefined;
  if (unread !== undefined) problems.push(unread);
  if (entries.length === 0) {
    throw new ArticleError(dir, `no usable article (${problems.length} skipped: ${problems.join('; ')})`);
  }
  const library = libraryOf(entries);
  return { ...library, stats: { articles: entries.length, fromCache, problems } };
}
