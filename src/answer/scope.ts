// Which articles a request is about: one named article (matched against the loaded list, never a
// path), or every article loaded.
import type { Library, LibraryEntry } from '../index/library.js';

export type Scope = { readonly entries: readonly LibraryEntry[] } | { readonly unknownArticle: string };

export function scopeOf(library: Library, article?: string): Scope {
  if (article === undefined || article.trim() === '') return { entries: library.entries };
  const entry = library.get(article.trim());
  return entry ? { entries: [entry] } : { unknownArticle: article };
}
