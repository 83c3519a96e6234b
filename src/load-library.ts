// load → extract → index, for a folder of articles: what every front end starts from.
import { ArticleCache } from './cache.js';
import { libraryOf, type Library, type LibraryEntry } from './library.js';
import { articleFromSource, idsToLoad, readArticleSource } from './load.js';
import { indexFor } from './search.js';
import { understand } from './understand.js';

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
}

export function loadLibrary({ dir, only, cacheDir }: LoadOptions): Library & { readonly stats: LoadStats } {
  const cache = cacheDir === undefined ? undefined : new ArticleCache(cacheDir);
  let fromCache = 0;
  const entries: LibraryEntry[] = idsToLoad(dir, only).map((id) => {
    const source = readArticleSource(dir, id);
    const cached = cache?.get(source.hash, id);
    if (cached) {
      fromCache++;
      return cached;
    }
    const article = articleFromSource(dir, source);
    const entry = { article, understanding: understand(article) };
    cache?.put(entry);
    return entry;
  });
  const library = libraryOf(entries);
  // Build the search index now, not on the first question.
  indexFor(library.entries);
  return { ...library, stats: { articles: entries.length, fromCache } };
}
