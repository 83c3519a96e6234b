// Over a large library, the answerers that read article by article read only the articles that
// hold enough of the query's words: a name, a place, an event's words.
import { gazetteerEntryOf, gazetteerNames, placeSpans } from '../text/known-names.js';
import type { LibraryEntry } from '../index/library.js';
import { allTables } from '../lang/index.js';
import { queryTerms } from '../text/terms.js';
import { narrowEntries } from '../index/search.js';

const titleWords = new Set(allTables.flatMap((t) => t.titles.flatMap((title) => queryTerms(title))));

/** Below this many articles, reading every one is cheaper than narrowing. */
export const NARROW_ABOVE = 20;

interface TermGroup {
  readonly terms: string[];
  /** For a place: each of its names, as its words. */
  readonly names?: string[][];
}

function groupsOf(query: string): TermGroup[] {
  let groups: TermGroup[] = queryTerms(query).map((t) => ({ terms: [t] }));
  const words = query.split(/[\s,.;:!?()"“”]+/).filter((w) => w !== '');
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const entry = gazetteerEntryOf(words.slice(i, i + n).join(' '));
      if (entry === undefined) continue;
      const own = new Set(queryTerms(words.slice(i, i + n).join(' ')));
      const merged = groups.filter((g) => g.terms.some((t) => own.has(t)));
      if (merged.length === 0) continue;
      const names = gazetteerNames(entry).map((name) => queryTerms(name)).filter((n) => n.length > 0);
      const terms = [...new Set([...merged.flatMap((g) => g.terms), ...names.flat()])];
      groups = [...groups.filter((g) => !merged.includes(g)), { terms, names }];
    }
  }
  return groups;
}

/**
 * The query's words as groups, any word of a group standing for it: each word alone, except the
 * words of a place name, which form one group with every other name of that place
 * ("Moscow" → moscow | moskow | moskwa).
 */
export function termGroups(query: string): string[][] {
  return groupsOf(query).map((g) => g.terms);
}

/**
 * The places a query names: for each, its names, each name as its words. A passage that names
 * none of them does not answer the question ("presiden Amerika" is not answered by "Presiden Rusia").
 */
export function placeGroups(query: string): string[][][] {
  return groupsOf(query).flatMap((g) => (g.names ? [g.names] : []));
}

export function relevantEntries(entries: readonly LibraryEntry[], query: string): readonly LibraryEntry[] {
  if (entries.length <= NARROW_ABOVE) return entries;
  return narrowEntries(entries, termGroups(query), 0.5);
}

/**
 * Does a role as the article writes it name another place than every place the question asks
 * about? "Presiden Rusia" for "presiden Amerika" does; "Presiden" alone does not (the question may
 * add a country the article leaves out), nor does "Presiden Amerika Serikat".
 */
export function roleContradicts(role: string | undefined, query: string): boolean {
  // Only a question about a role ("presiden Amerika") asks whose country; "bertemu di Moskow" asks where.
  if (role === undefined || !queryTerms(query).some((t) => titleWords.has(t))) return false;
  const asked = placeGroups(query);
  if (asked.length === 0) return false;
  const inRole = placeSpans(role);
  if (inRole.length === 0) return false;
  const roleWords = new Set(queryTerms(role));
  return !asked.some((names) => names.some((name) => name.every((w) => roleWords.has(w))));
}
