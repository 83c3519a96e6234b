// load → extract → index, for a folder of articles: what every front end starts from.
import { readArticles } from './load.js';
import { libraryOf, type Library } from './library.js';
import { indexFor } from './search.js';
import { understand } from './understand.js';

export interface LoadOptions {
  readonly dir: string;
  /** Load only this article id. */
  readonly only?: string;
}

export function loadLibrary({ dir, only }: LoadOptions): Library {
  const library = libraryOf(readArticles(dir, only), understand);
  // Build the search index now, not on the first question.
  indexFor(library.entries);
  return library;
}
