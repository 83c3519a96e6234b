// A loaded set of articles with what was understood of each. Built once at start-up.
import type { Article, Understanding } from './types.js';

export interface LibraryEntry {
  readonly article: Article;
  readonly understanding: Understanding;
}

export interface Library {
  readonly entries: readonly LibraryEntry[];
  /** Entry by article id, or undefined. Ids come from the loaded list only; never used as paths. */
  get(id: string): LibraryEntry | undefined;
}
