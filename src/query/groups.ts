// A query's words as groups, any word of a group standing for it: each word alone, except the words
// of a place name, which form one group with every other name of that place
// ("Moscow" → moscow | moskow | moskwa).
import { gazetteerEntryOf, gazetteerNames } from '../text/known-names.js';
import { queryTerms } from '../text/terms.js';

export interface TermGroup {
  readonly terms: readonly string[];
  /** For a place: each of its names, as its words. */
  readonly names?: readonly (readonly string[])[];
}

export function termGroupsOf(query: string): TermGroup[] {
  let groups: TermGroup[] = queryTerms(query).map((t) => ({ terms: [t] }));
  const words = query.split(/[\s,.;:!?()"“”]+/).filter((w) => w !== '');
  // Words already read as part of a longer place: "Kalimantan" of "Kalimantan Tengah" is not the island.
  const taken = new Set<number>();
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if (Array.from({ length: n }, (_, k) => i + k).some((k) => taken.has(k))) continue;
      const entry = gazetteerEntryOf(words.slice(i, i + n).join(' '));
      if (entry === undefined) continue;
      const typed = words.slice(i, i + n).join(' ');
      const own = new Set(queryTerms(typed));
      const merged = groups.filter((g) => g.terms.some((t) => own.has(t)));
      // A place's short form in capitals that is also a function word ("AS" of "Presiden AS", "US") is still the place.
      if (merged.length === 0 && !/^\p{Lu}{2,3}$/u.test(typed)) continue;
      const names = gazetteerNames(entry).map((name) => queryTerms(name)).filter((n) => n.length > 0);
      const terms = [...new Set([...merged.flatMap((g) => g.terms), ...names.flat()])];
      groups = [...groups.filter((g) => !merged.includes(g)), { terms, names }];
      for (let k = i; k < i + n; k++) taken.add(k);
    }
  }
  return groups;
}
