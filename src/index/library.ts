// A loaded set of articles with what was understood of each. Built once at start-up.
import type { Article, Understanding } from '../types.js';

export interface LibraryEntry {
  readonly article: Article;
  readonly understanding: Understanding;
}

export interface Library {
  readonly entries: readonly LibraryEntry[];
  /** Entry by article id, or undefined. Ids come from the loaded list only; never used as paths. */
  get(id: string): LibraryEntry | undefined;
}

/** A library over these entries; ids are looked up in a map built once. */
export function libraryOf(entries: readonly LibraryEntry[]): Library {
  const byId = new Map(entries.map((e) => [e.article.id, e]));
  return { entries, get: (id) => byId.get(id) };
}

/** Read articles into entries: extract what each says, once. */
export function entriesOf(articles: readonly Article[], understandArticle: (a: Article) => Understanding): LibraryEntry[] {
  return articles.map((article) => ({ article, understanding: understandArticle(article) }));
}
