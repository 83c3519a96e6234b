// The people and places a typed name means over a large library, looked up in the library's name
// index (index/names.ts): the typed words give a few distinct names, the best-fitting one is
// chosen as /who chooses within an article (text/name-match.ts), and its articles come from the
// index — instead of resolving the name against every person of every article holding the word.
// Small scopes, and typos the index cannot see, are read article by article as before (undefined).
import type { LibraryEntry } from '../index/library.js';
import { groupKey, placeFormKey, type NamedGroup } from '../index/names.js';
import { holds, type Scope } from '../index/scope.js';
import { nameKey, resolvePerson } from '../text/name-match.js';
import { fold } from '../text/normalize.js';

/** Below this many articles in scope, reading each is as quick and keeps its own choice of person. */
export const INDEX_ABOVE = 20;

/** The name groups of the person `typed` means (the chosen name, then its one-word forms); undefined: read article by article. */
export function peopleByName(scope: Scope, typed: string): NamedGroup[] | undefined {
  if (scope.entries.length <= INDEX_ABOVE) return undefined;
  const { people, peopleByWord } = scope.library.names;
  const candidates = new Set<number>();
  for (const word of fold(typed).split(/[\s\-‐–_.,]+/)) if (word !== '') for (const g of peopleByWord.get(nameKey(word)) ?? []) candidates.add(g);
  if (candidates.size === 0) return undefined;
  // The most talked-about first: resolvePerson keeps the first of equally fitting names.
  const groups = [...candidates].map((g) => people[g]!).sort((a, b) => b.mentions - a.mentions);
  const chosen = resolvePerson(groups.map((g) => ({ name: g.name, aliases: g.forms, paragraphs: [] })), typed);
  if (chosen === undefined) return undefined;
  const best = groups.find((g) => g.name === chosen.name)!;
  // Articles that write only one word of the name ("Putin") name the same person.
  const words = new Set(groupKey(best.name).split(' '));
  const alone = words.size > 1 ? groups.filter((g) => g !== best && !groupKey(g.name).includes(' ') && words.has(groupKey(g.name))) : [];
  const groupsFound = [best, ...alone];
  return groupsFound.some((g) => g.members.some((m) => holds(scope, m.entry))) ? groupsFound : undefined;
}

/** The name groups of the place `typed` names (any of its forms, exactly), most named first; undefined: read article by article. */
export function placesByName(scope: Scope, typed: string): NamedGroup[] | undefined {
  if (scope.entries.length <= INDEX_ABOVE) return undefined;
  const { places, placesByForm } = scope.library.names;
  const groups = (placesByForm.get(placeFormKey(typed)) ?? []).map((g) => places[g]!).sort((a, b) => b.members.length - a.members.length);
  return groups.some((g) => g.members.some((m) => holds(scope, m.entry))) ? groups : undefined;
}

/**
 * The articles of a large scope that can hold quotes by someone the terms name: those naming a
 * person, or quoting a speaker or relay source, with every term among the words of the name.
 * Undefined (read every article) for small scopes and when a term is no such word exactly (a typo).
 */
export function quotedCandidates(scope: Scope, terms: readonly string[]): LibraryEntry[] | undefined {
  if (scope.entries.length <= INDEX_ABOVE || terms.length === 0) return undefined;
  const { people, peopleByWord, quotedByWord } = scope.library.names;
  let holding: Set<number> | undefined;
  for (const term of terms) {
    const key = nameKey(term);
    const here = new Set<number>(quotedByWord.get(key) ?? []);
    for (const g of peopleByWord.get(key) ?? []) for (const m of people[g]!.members) here.add(m.entry);
    if (here.size === 0) return undefined;
    holding = holding === undefined ? here : new Set([...holding].filter((e) => here.has(e)));
  }
  return [...holding!].filter((e) => holds(scope, e)).sort((a, b) => a - b).map((e) => scope.library.entries[e]!);
}
