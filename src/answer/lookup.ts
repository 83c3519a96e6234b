// The people and places a typed name means over a large library, looked up in the library's name
// index (index/names.ts): the typed words give a few distinct names, the best-fitting one is
// chosen as /who chooses within an article (text/name-match.ts), and its articles come from the
// index — instead of resolving the name against every person of every article holding the word.
// Small scopes, and typos the index cannot see, are read article by article as before (undefined).
import type { LibraryEntry } from '../index/library.js';
import { searchPassages } from '../index/search.js';
import { queryTerms } from '../text/terms.js';
import type { Person } from '../types.js';
import { groupKey, placeFormKey, type NamedGroup, type NamedMember } from '../index/names.js';
import { holds, type Scope } from '../index/scope.js';
import { nameKey, resolvePerson } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import { editDistance } from '../text/similarity.js';

/** Below this many articles in scope, reading each is as quick and keeps its own choice of person. */
export const INDEX_ABOVE = 20;

/** The name groups of the person `typed` means (the chosen name, then its one-word forms); undefined: read article by article. */
export function peopleByName(scope: Scope, typed: string): NamedGroup[] | undefined {
  if (scope.entries.length <= INDEX_ABOVE) return undefined;
  const { people, peopleByWord } = scope.library.names;
  const candidates = new Set<number>();
  const { vocabulary } = scope.library.index;
  for (const word of fold(typed).split(/[\s\-‐–_.,]+/)) {
    if (word === '') continue;
    // The word as typed, and the words of the library it may be a typo of (the trigram index finds them).
    const keys = new Set([nameKey(word), ...(word.length >= 4 ? vocabulary.lookup(word).map((m) => nameKey(m.word)) : [])]);
    for (const key of keys) for (const g of peopleByWord.get(key) ?? []) candidates.add(g);
  }
  if (candidates.size === 0) return undefined;
  // The most talked-about first: resolvePerson keeps the first of equally fitting names.
  const groups = [...candidates].map((g) => people[g]!).sort((a, b) => b.mentions - a.mentions);
  const chosen = resolvePerson(groups.map((g) => ({ name: g.name, aliases: g.forms, paragraphs: [] })), typed);
  if (chosen === undefined) return undefined;
  const best = groups.find((g) => g.name === chosen.name)!;
  // Articles that write only one word of the name ("Santoso" for "Budi Santoso") name the same person.
  const words = new Set(groupKey(best.name).split(' '));
  const alone = words.size > 1 ? groups.filter((g) => g !== best && !groupKey(g.name).includes(' ') && words.has(groupKey(g.name))) : [];
  const groupsFound = [best, ...alone];
  return groupsFound.some((g) => g.members.some((m) => holds(scope, m.entry))) ? groupsFound : undefined;
}

/**
 * The name groups of the place `typed` names (any of its forms; with `typos`, failing that, one typo
 * in a form of five letters or more), most named first; undefined: read article by article.
 */
export function placesByName(scope: Scope, typed: string, typos = true): NamedGroup[] | undefined {
  if (scope.entries.length <= INDEX_ABOVE) return undefined;
  const { places, placesByForm } = scope.library.names;
  const key = placeFormKey(typed);
  let ids = placesByForm.get(key) ?? [];
  if (ids.length === 0 && typos && key.length >= 5) {
    const near = new Set<number>();
    for (const [form, list] of placesByForm) if (form.length >= 5 && Math.abs(form.length - key.length) <= 1 && editDistance(key, form, 1) <= 1) for (const g of list) near.add(g);
    ids = [...near];
  }
  const groups = ids.map((g) => places[g]!).sort((a, b) => b.members.length - a.members.length);
  return groups.some((g) => g.members.some((m) => holds(scope, m.entry))) ? groups : undefined;
}

/**
 * Of each article, the first place (its position in the article's places) with a form written as
 * `typed` is, by the name index: what reading the article's places one by one finds first.
 */
export function firstPlaceOfForm(scope: Scope, typed: string): Map<number, number> | undefined {
  const { places, placesByForm } = scope.library.names;
  const ids = placesByForm.get(placeFormKey(typed));
  if (ids === undefined) return undefined;
  const first = new Map<number, number>();
  for (const g of ids) {
    for (const m of places[g]!.members) {
      const earlier = first.get(m.entry);
      if (holds(scope, m.entry) && (earlier === undefined || m.at < earlier)) first.set(m.entry, m.at);
    }
  }
  return first;
}

/** The articles of a large scope naming the organisation `typed` names (a form, exactly); undefined: read article by article. */
export function organisationsByName(scope: Scope, typed: string): { entry: LibraryEntry; at: number }[] | undefined {
  if (scope.entries.length <= INDEX_ABOVE) return undefined;
  const { organisations, organisationsByForm } = scope.library.names;
  const members = (organisationsByForm.get(fold(typed)) ?? []).flatMap((g) => organisations[g]!.members).filter((m) => holds(scope, m.entry));
  return members.map((m) => ({ entry: scope.library.entries[m.entry]!, at: m.at }));
}

/**
 * The articles of a large scope that can hold quotes by someone the terms name: those naming a
 * person, or quoting a speaker or relay source, with every term among the words of the name.
 * Undefined (read every article) for small scopes and when a term is no such word exactly (a typo).
 */
export function quotedCandidates(
  scope: Scope,
  terms: readonly string[],
): {
  entries: LibraryEntry[];
  people: ReadonlySet<string>;
  named: ReadonlyMap<LibraryEntry, Person[]>;
  centrality: ReadonlyMap<LibraryEntry, number>;
  /** The name groups of the people the terms name. */
  groups: readonly NamedGroup[];
} | undefined {
  if (scope.entries.length <= INDEX_ABOVE || terms.length === 0) return undefined;
  const { people, peopleByWord, quotedByWord } = scope.library.names;
  let holding: Set<number> | undefined;
  let groups: number[] | undefined;
  for (const term of terms) {
    const key = nameKey(term);
    const here = peopleByWord.get(key) ?? [];
    const entries = new Set<number>(quotedByWord.get(key) ?? []);
    for (const g of here) for (const m of people[g]!.members) entries.add(m.entry);
    if (entries.size === 0) return undefined;
    if (holding === undefined) holding = entries;
    else for (const e of holding) if (!entries.has(e)) holding.delete(e);
    const inHere = new Set(here);
    groups = groups === undefined ? [...here] : groups.filter((g) => inHere.has(g));
  }
  const list = [...holding!].filter((e) => holds(scope, e)).sort((a, b) => a - b).map((e) => scope.library.entries[e]!);
  // The people the terms name (every term a word of the name), and each article's of them.
  const named = new Map<LibraryEntry, Person[]>();
  const centrality = new Map<LibraryEntry, number>();
  for (const g of groups!) {
    for (const m of people[g]!.members) {
      if (!holds(scope, m.entry)) continue;
      const entry = scope.library.entries[m.entry]!;
      const list = named.get(entry);
      const person = entry.understanding.people[m.at]!;
      if (list) list.push(person);
      else named.set(entry, [person]);
      centrality.set(entry, Math.max(centrality.get(entry) ?? 0, m.centrality));
    }
  }
  return { entries: list, people: new Set(groups!.map((g) => groupKey(people[g]!.name))), named, centrality, groups: groups!.map((g) => people[g]!) };
}

/** Articles a large scope reads one by one for a passage, at most. */
const LIKELY = 12;

/**
 * The articles of a scope worth searching one by one for the passage that answers `subject` (each
 * in its own words, a place typed in English as the article writes it): every article of a small
 * scope; of a large one, those holding the best passages for the subject as typed — reading each of
 * thousands of articles on its own would cost a search per article.
 */
export function likelyArticles(scope: Scope, subject: string, minCoverage?: number): readonly LibraryEntry[] {
  if (scope.entries.length <= INDEX_ABOVE) return scope.entries;
  const hits = searchPassages(scope, queryTerms(subject), { limit: 3 * LIKELY, ...(minCoverage !== undefined && { minCoverage }) });
  return [...new Set(hits.map((h) => h.entry))].slice(0, LIKELY);
}

/**
 * The articles of the scope where the people these groups name speak, most central first (then the
 * most recent): quotes of a person over a large library, ranked without reading the articles.
 */
export function quotingArticles(scope: Scope, groups: readonly NamedGroup[]): NamedMember[] {
  const seen = new Set<number>();
  const out: NamedMember[] = [];
  for (const g of groups) for (const m of g.members) if (m.quotes > 0 && holds(scope, m.entry) && !seen.has(m.entry)) (seen.add(m.entry), out.push(m));
  if (groups.length > 1) out.sort((a, b) => b.centrality - a.centrality || (a.date === b.date ? a.entry - b.entry : a.date < b.date ? 1 : -1));
  return out;
}

/** The people of a large scope's library every term names (each term a word of the name, exactly); undefined for small scopes. */
export function peopleNamedBy(scope: Scope, terms: readonly string[]): NamedGroup[] | undefined {
  if (scope.entries.length <= INDEX_ABOVE || terms.length === 0) return undefined;
  const { people, peopleByWord } = scope.library.names;
  let groups: number[] | undefined;
  for (const term of terms) {
    const here = peopleByWord.get(nameKey(term)) ?? [];
    if (groups === undefined) groups = [...here];
    else {
      const inHere = new Set(here);
      groups = groups.filter((g) => inHere.has(g));
    }
    if (groups.length === 0) return [];
  }
  return groups!.map((g) => people[g]!);
}
