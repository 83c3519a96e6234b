// The people and places of a library by name, built once with its index: each distinct name (as
// folded) with every article that names it, and each word of those names with the names holding
// it. A typed name is then resolved against a few distinct names instead of every person of every
// article that holds the word — over thousands of articles, the difference between a millisecond
// and a hundred.
import { nameKey } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import type { Article, Understanding } from '../types.js';
import { groupKey, placeFormKey, entryNamesOf, type EntryNames } from './name-rows.js';

/** One article naming a name: where, and how it ranks among the others (query-independent). */
export interface NamedMember {
  /** Position of the article in the library. */
  readonly entry: number;
  /** Position of the person or place in that article's understanding. */
  readonly at: number;
  /** How central the name is to the article (index/centrality.ts). */
  readonly centrality: number;
  /** The article's publication date, '' when not given. */
  readonly date: string;
  /** How many of the article's quotes the person speaks (the speaker written as their name or one of its forms). */
  readonly quotes: number;
}

/** How the articles naming a person give their role. */
export interface RoleSummary {
  /** The role most of them give; where as many give another, the most recent one's. */
  readonly role: string;
  readonly count: number;
  /** Articles giving any role. */
  readonly of: number;
  /** The most recent article's role, when it differs. */
  readonly latest?: { readonly role: string; readonly date?: string };
}

/** One name as the library writes it, and where. */
export interface NamedGroup {
  /** The name as first written. */
  readonly name: string;
  /** Its written forms over the library (name and aliases), at most a few. */
  readonly forms: readonly string[];
  /** The articles naming it, most central first, then the most recent, then in library order. */
  readonly members: readonly NamedMember[];
  /** Paragraphs naming it over the library (for ties: the more talked about). */
  readonly mentions: number;
  /** A person's role over the articles that give one. */
  readonly roles?: RoleSummary;
}

export interface NameIndex {
  readonly people: readonly NamedGroup[];
  readonly places: readonly NamedGroup[];
  /** Comparison key of a name word (text/name-match.ts nameKey) → people holding it. */
  readonly peopleByWord: ReadonlyMap<string, readonly number[]>;
  /** A place's form, folded with runs of spaces and hyphens as one space → places. */
  readonly placesByForm: ReadonlyMap<string, readonly number[]>;
  /** Organisations, and each of their forms (name, aliases, expansion) folded → organisations. */
  readonly organisations: readonly NamedGroup[];
  readonly organisationsByForm: ReadonlyMap<string, readonly number[]>;
  /** Comparison key of a word of a quote's speaker or relay source → articles quoting them, ascending. */
  readonly quotedByWord: ReadonlyMap<string, readonly number[]>;
  /** What each article (by position) added: kept for the unchanged articles when a reload rebuilds the index. */
  readonly perEntry: readonly EntryNames[];
  /**
   * People (positions in `people`) named in a paragraph, the most prominent first: named in the most
   * paragraphs, then quoted the most, then named first (library order, then paragraph), then by name.
   */
  readonly peopleByProminence: readonly number[];
}

export { groupKey, placeFormKey, entryNamesOf, type EntryNames };

const MAX_FORMS = 12;

interface Indexed {
  readonly article: Article;
  readonly understanding: Understanding;
}

const byRank = (a: NamedMember, b: NamedMember): number => b.centrality - a.centrality || (a.date === b.date ? a.entry - b.entry : a.date < b.date ? 1 : -1);

/** The role most articles give (ties: the most recent), and the most recent one's where it differs. */
function rolesOf(stated: readonly { readonly role: string; readonly date: string }[]): RoleSummary | undefined {
  if (stated.length === 0) return undefined;
  const counts = new Map<string, { role: string; count: number; date: string }>();
  for (const { role, date } of stated) {
    const k = groupKey(role);
    const c = counts.get(k);
    if (c) {
      c.count++;
      if (date > c.date) c.date = date;
    } else counts.set(k, { role, count: 1, date });
  }
  const chosen = [...counts.values()].sort((a, b) => b.count - a.count || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0]!;
  const latest = stated.reduce((a, b) => (b.date > a.date ? b : a));
  const differs = groupKey(latest.role) !== groupKey(chosen.role);
  return { role: chosen.role, count: chosen.count, of: stated.length, ...(differs && { latest: { role: latest.role, ...(latest.date !== '' && { date: latest.date }) } }) };
}

/** A group while its rows are added: what it will be, writable. */
interface Grouping {
  readonly name: string;
  readonly forms: string[];
  readonly members: NamedMember[];
  mentions: number;
  roles?: RoleSummary;
}

/** The rows of every article grouped by key, in the order the keys come; `keys[i]`: the key of group i. */
function groupsOf(perEntry: readonly EntryNames[], kind: 'people' | 'places' | 'organisations', keys?: string[]): NamedGroup[] {
  const byKey = new Map<string, number>();
  const groups: Grouping[] = [];
  const people = kind === 'people';
  // The roles each person is given, by group (people only).
  const stated: ({ role: string; date: string }[] | undefined)[] = [];
  for (let entry = 0; entry < perEntry.length; entry++) {
    const names = perEntry[entry]!;
    for (const row of names[kind]) {
      let g = byKey.get(row.key);
      if (g === undefined) {
        g = groups.length;
        byKey.set(row.key, g);
        groups.push({ name: row.name, forms: [row.name], members: [], mentions: 0 });
        keys?.push(row.key);
        if (people) stated.push(undefined);
      }
      const group = groups[g]!;
      // A few forms, each once (as a Set would keep them), without a Set per name.
      for (const alias of row.aliases) if (group.forms.length < MAX_FORMS && !group.forms.includes(alias)) group.forms.push(alias);
      group.members.push({ entry, at: row.at, centrality: row.centrality, date: names.date, quotes: row.quotes });
      group.mentions += row.mentions;
      if (people && row.role !== undefined) (stated[g] ??= []).push({ role: row.role, date: names.date });
    }
  }
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    if (group.members.length > 1) group.members.sort(byRank);
    const roles = people && stated[g] !== undefined ? rolesOf(stated[g]!) : undefined;
    // Last, as it always came: the key order of a group is name, forms, members, mentions, roles.
    if (roles !== undefined) group.roles = roles;
  }
  return groups;
}

/** People named in a paragraph, the most prominent first (NameIndex.peopleByProminence). */
function prominenceOf(people: readonly NamedGroup[], perEntry: readonly EntryNames[]): number[] {
  const ranked: number[] = [];
  const quotes = new Int32Array(people.length);
  const firstEntry = new Int32Array(people.length);
  const paragraph = new Int32Array(people.length);
  for (let i = 0; i < people.length; i++) {
    const group = people[i]!;
    if (group.mentions === 0) continue;
    let first = group.members[0]!;
    let q = 0;
    for (const m of group.members) {
      q += m.quotes;
      if (m.entry < first.entry) first = m;
    }
    ranked.push(i);
    quotes[i] = q;
    firstEntry[i] = first.entry;
    paragraph[i] = perEntry[first.entry]!.people[first.at]!.firstParagraph;
  }
  // By name only on a tie of all the rest: the first localeCompare loads ICU's collation data.
  ranked.sort((a, b) => people[b]!.mentions - people[a]!.mentions || quotes[b]! - quotes[a]! || firstEntry[a]! - firstEntry[b]! || paragraph[a]! - paragraph[b]! || people[a]!.name.localeCompare(people[b]!.name));
  return ranked;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/**
 * The name index of these entries. `reuse` gives what an entry added to a previous index when the
 * entry is unchanged (a reload), so only new articles are worked out again.
 */
export function buildNameIndex(entries: readonly Indexed[], headlines: readonly string[], reuse: (entry: Indexed) => EntryNames | undefined = () => undefined): NameIndex {
  const perEntry = entries.map((e, i) => reuse(e) ?? entryNamesOf(e, headlines[i] ?? ''));
  const keys: string[] = [];
  const people = groupsOf(perEntry, 'people', keys);
  const places = groupsOf(perEntry, 'places');
  const organisations = groupsOf(perEntry, 'organisations');
  const peopleByWord = new Map<string, number[]>();
  const words: string[] = [];
  for (let i = 0; i < people.length; i++) {
    // A name's words, then its aliases' (mostly the same words): each word once per person.
    words.length = 0;
    const forms = people[i]!.forms;
    for (let f = 0; f < forms.length; f++) {
      // The first form is the name its key was made of (the words of a key: those of the name folded).
      for (const word of (f === 0 ? keys[i]! : groupKey(forms[f]!)).split(' ')) {
        if (word === '' || words.includes(word)) continue;
        words.push(word);
        push(peopleByWord, nameKey(word), i);
      }
    }
  }
  const placesByForm = new Map<string, number[]>();
  for (let i = 0; i < places.length; i++) for (const form of places[i]!.forms) push(placesByForm, placeFormKey(form), i);
  const organisationsByForm = new Map<string, number[]>();
  for (let i = 0; i < organisations.length; i++) for (const form of organisations[i]!.forms) push(organisationsByForm, fold(form), i);
  const quotedByWord = new Map<string, number[]>();
  for (let entry = 0; entry < perEntry.length; entry++) for (const word of perEntry[entry]!.quotedWords) push(quotedByWord, word, entry);
  return { people, places, peopleByWord, placesByForm, organisations, organisationsByForm, quotedByWord, perEntry, peopleByProminence: prominenceOf(people, perEntry) };
}
