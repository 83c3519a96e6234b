// A loaded set of articles with what was understood of each, and the index over them: built once,
// passed explicitly to everything that answers from it.
import type { Article, Understanding } from '../types.js';
import { buildNameIndex, type NameIndex } from './names.js';
import { overviewOf, type LibraryOverview } from './overview.js';
import { buildPassageIndex, type PassageIndex } from './passages.js';

export interface LibraryEntry {
  readonly article: Article;
  readonly understanding: Understanding;
}

export interface Library {
  readonly entries: readonly LibraryEntry[];
  readonly index: PassageIndex;
  /** Its articles newest first, its outlets, its dates and its fingerprint. */
  readonly overview: LibraryOverview;
  /** Its people and places by name. */
  readonly names: NameIndex;
  /** Entry by article id, or undefined. Ids come from the loaded list only; never used as paths. */
  get(id: string): LibraryEntry | undefined;
  /** Position of an article in `entries`, or -1. */
  indexOf(id: string): number;
}

/**
 * A library over these entries: the index is built now, not on the first question (or given, as
 * rebuildPassageIndex builds it from a previous library's). `previous`: the library this one
 * replaces (a reload); what its name index worked out for an unchanged entry is kept.
 */
export function libraryOf(entries: readonly LibraryEntry[], index: PassageIndex = buildPassageIndex(entries), previous?: Library): Library {
  const byId = new Map(entries.map((e, i) => [e.article.id, i]));
  const overview = overviewOf(entries);
  const before = previous === undefined ? undefined : new Map(previous.entries.map((e, i) => [e, previous.names.perEntry[i]]));
  return {
    entries,
    index,
    overview,
    names: buildNameIndex(entries, overview.headlines, (entry) => before?.get(entry as LibraryEntry)),
    get: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : entries[i];
    },
    indexOf: (id) => byId.get(id) ?? -1,
  };
}

/** Read articles into entries: extract what each says, once. */
export function entriesOf(articles: readonly Article[], understandArticle: (a: Article) => Understanding): LibraryEntry[] {
  return articles.map((article) => ({ article, understanding: understandArticle(article) }));
}
