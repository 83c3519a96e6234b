// Which articles of a library a request reads: all of them, one, or those a narrowing kept. A scope
// is a plain value (print it and you see what it holds); searches take it and read the library's
// one index, filtered to the scope's articles.
import type { Library, LibraryEntry } from './library.js';

export interface Scope {
  readonly library: Library;
  /** The articles in scope, in library order. */
  readonly entries: readonly LibraryEntry[];
  /** Their positions in `library.entries`, ascending; absent when the scope is the whole library. */
  readonly members?: ReadonlySet<number>;
}

export function wholeLibrary(library: Library): Scope {
  return { library, entries: library.entries };
}

/** The scope of these articles (positions in the library), in library order. */
export function scopeOfMembers(library: Library, members: Iterable<number>): Scope {
  const sorted = [...new Set(members)].sort((a, b) => a - b);
  if (sorted.length === library.entries.length) return wholeLibrary(library);
  return { library, entries: sorted.map((i) => library.entries[i]!), members: new Set(sorted) };
}

/** One article of the library, or undefined when no article has that id. */
export function oneArticle(library: Library, id: string): Scope | undefined {
  const i = library.indexOf(id);
  return i < 0 ? undefined : scopeOfMembers(library, [i]);
}

/** The same scope narrowed to one of its articles. */
export function articleScope(scope: Scope, entry: LibraryEntry): Scope {
  return oneArticle(scope.library, entry.article.id) ?? scope;
}

/** Does the scope hold the article at this position of the library? */
export function holds(scope: Scope, entry: number): boolean {
  return scope.members === undefined || scope.members.has(entry);
}

/** Sentences in the scope's articles (for term weights). */
export function sentenceCount(scope: Scope): number {
  const counts = scope.library.index.sentences;
  if (scope.members === undefined) return scope.library.index.totalSentences;
  let n = 0;
  for (const i of scope.members) n += counts[i] ?? 0;
  return n;
}

/** Is this folded word part of a name (person, place, organisation) an article of the scope knows? */
export function isNameWord(scope: Scope, word: string): boolean {
  const holding = scope.library.index.nameWords.get(word);
  return holding !== undefined && holding.some((e) => holds(scope, e));
}

/**
 * Positions of the library's articles that know, for every term, a word of a name (person, place,
 * organisation) the term matches: no other article can name anyone by all the terms. `matches` is
 * the caller's test of a term against a name word (exact, or within its typos).
 */
export function articlesNamingAll(scope: Scope, terms: readonly string[], matches: (term: string, word: string) => boolean): Set<number> {
  let found: Set<number> | undefined;
  for (const term of terms) {
    const holding = new Set<number>();
    for (const [word, entries] of scope.library.index.nameWords) {
      if (matches(term, word)) for (const e of entries) if (found === undefined || found.has(e)) holding.add(e);
    }
    found = holding;
    if (found.size === 0) break;
  }
  return found ?? new Set();
}

/** The scope's articles as a mask over the library (1 = in scope), or undefined for the whole library. */
export function scopeMask(scope: Scope): Uint8Array | undefined {
  if (scope.members === undefined) return undefined;
  const mask = new Uint8Array(scope.library.entries.length);
  for (const e of scope.members) mask[e] = 1;
  return mask;
}
