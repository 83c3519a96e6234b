// PLACEHOLDER being written by the lead: loads every article of a folder, extracts and indexes it.
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
