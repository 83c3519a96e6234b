// A query's words as groups, any word of a group standing for it: each word alone, except the words
// of a place name, which form one group with every other name of that place
// ("Moscow" → moscow | moskow | moskwa; "Russian" → russian | rusia | russia …).
import { memoize } from '../memo.js';
import { demonymEntryOf, gazetteerEntryOf, gazetteerNames } from '../text/known-names.js';
import { queryTerms } from '../text/terms.js';

export interface TermGroup {
  readonly terms: readonly string[];
  /** For a place: each of its names, as its words. */
  readonly names?: readonly (readonly string[])[];
}

/** Each name of a gazetteer place as its words (the gazetteer is fixed: read once per place, not per query). */
const namesOf = memoize((entry: number): readonly (readonly string[])[] => gazetteerNames(entry).map((name) => queryTerms(name)).filter((n) => n.length > 0), 4096);

/** A place's short form in capitals ("AS", "US"): two or three capital letters. */
const SHORT_FORM = /^\p{Lu}{2,3}$/u;

/** The groups of a query; `terms`: its queryTerms, when the caller has them already. */
export function termGroupsOf(query: string, terms: readonly string[] = queryTerms(query)): TermGroup[] {
  let groups: TermGroup[] = terms.map((t) => ({ terms: [t] }));
  // A possessive names its place: "North Korea's" is "North Korea".
  const words = query.split(/[\s,.;:!?()"“”]+/).filter((w) => w !== '').map((w) => w.replace(/['’]s$/iu, ''));
  // Words already read as part of a longer place: "Kalimantan" of "Kalimantan Tengah" is not the island.
  const taken: boolean[] = words.map(() => false);
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      let free = true;
      for (let k = i; k < i + n; k++) if (taken[k]) free = false;
      if (!free) continue;
      const typed = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      // A people's adjective written with its capital names its place too ("the Russian foreign minister").
      const entry = gazetteerEntryOf(typed) ?? (/^\p{Lu}/u.test(typed) ? demonymEntryOf(typed) : undefined);
      if (entry === undefined) continue;
      const own = new Set(queryTerms(typed));
      const merged = groups.filter((g) => g.terms.some((t) => own.has(t)));
      // A place's short form in capitals that is also a function word ("AS" of "Presiden AS", "US") is still the place.
      if (merged.length === 0 && !SHORT_FORM.test(typed)) continue;
      const names = namesOf(entry);
      const terms = [...new Set([...merged.flatMap((g) => g.terms), ...names.flat()])];
      groups = [...groups.filter((g) => !merged.includes(g)), { terms, names }];
      for (let k = i; k < i + n; k++) taken[k] = true;
    }
  }
  return groups;
}
