// Over a large library, the answerers that read article by article read only the articles that
// hold enough of the query's words: a name, a place, an event's words.
import { gazetteerEntryOf, gazetteerNames } from '../extract/known-names.js';
import type { LibraryEntry } from '../library.js';
import { queryTerms } from '../normalize.js';
import { narrowEntries } from '../search.js';

/** Below this many articles, reading every one is cheaper than narrowing. */
export const NARROW_ABOVE = 20;

/**
 * The query's words as groups, any word of a group standing for it: each word alone, except the
 * words of a place name, which form one group with every other name of that place
 * ("Moscow" → moscow | moskow | moskwa).
 */
export function termGroups(query: string): string[][] {
  const groups = queryTerms(query).map((t) => [t]);
  const words = query.split(/[\s,.;:!?()"“”]+/).filter((w) => w !== '');
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const entry = gazetteerEntryOf(words.slice(i, i + n).join(' '));
      if (entry === undefined) continue;
      const own = new Set(queryTerms(words.slice(i, i + n).join(' ')));
      const merged = groups.filter((g) => g.some((t) => own.has(t)));
      if (merged.length === 0) continue;
      const group = [...new Set([...merged.flat(), ...gazetteerNames(entry).flatMap((name) => queryTerms(name))])];
      groups.splice(0, groups.length, ...groups.filter((g) => !merged.includes(g)), group);
    }
  }
  return groups;
}

export function relevantEntries(entries: readonly LibraryEntry[], query: string): readonly LibraryEntry[] {
  if (entries.length <= NARROW_ABOVE) return entries;
  return narrowEntries(entries, termGroups(query), 0.5);
}
