// Over a large library, the answerers that read article by article read only the articles that
// hold a word of the query: a name, a place, an event's words.
import { gazetteerEntryOf, gazetteerNames } from '../extract/known-names.js';
import type { LibraryEntry } from '../library.js';
import { queryTerms } from '../normalize.js';
import { narrowEntries } from '../search.js';

/** Below this many articles, reading every one is cheaper than narrowing. */
export const NARROW_ABOVE = 20;

/** The query's words, and the words of every other name of a place it names ("Moscow" → "Moskow"). */
function termsWithPlaceNames(query: string): string[] {
  const terms = queryTerms(query);
  const words = query.split(/[\s,.;:!?()"“”]+/).filter((w) => w !== '');
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const entry = gazetteerEntryOf(words.slice(i, i + n).join(' '));
      if (entry !== undefined) for (const name of gazetteerNames(entry)) terms.push(...queryTerms(name));
    }
  }
  return [...new Set(terms)];
}

export function relevantEntries(entries: readonly LibraryEntry[], query: string): readonly LibraryEntry[] {
  if (entries.length <= NARROW_ABOVE) return entries;
  return narrowEntries(entries, termsWithPlaceNames(query));
}
