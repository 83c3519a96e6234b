// The people and places of a library by name, built once with its index: each distinct name (as
// folded) with every article that names it, and each word of those names with the names holding
// it. A typed name is then resolved against a few distinct names instead of every person of every
// article that holds the word — over thousands of articles, the difference between a millisecond
// and a hundred.
import { nameKey } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import type { Article, Understanding } from '../types.js';
import { centrality } from './centrality.js';

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

/** A name folded for grouping: case, diacritics, spaces and hyphens do not count. */
export const groupKey = (name: string): string => fold(name).replace(/[\s\-‐–_.,]+/g, ' ').trim();

/** A place's form as a place look-up compares it. */
export const placeFormKey = (form: string): string => fold(form).replace(/[\s-]+/g, ' ').trim();

const MAX_FORMS = 12;

interface Named {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly paragraphs: readonly number[];
  readonly role?: string;
}

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

/** One name as one article writes it, with what ranks the article for it: worked out once per article. */
interface NameRow {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly at: number;
  readonly centrality: number;
  readonly quotes: number;
  readonly mentions: number;
  /** The first paragraph naming it (0 when none does). */
  readonly firstParagraph: number;
  readonly role?: string;
}

/**
 * What one article adds to the name index. A reload keeps these for the articles it did not change
 * (the same entry objects), so rebuilding the index costs the grouping, not every article again.
 */
export interface EntryNames {
  readonly date: string;
  readonly people: readonly NameRow[];
  readonly places: readonly NameRow[];
  readonly organisations: readonly NameRow[];
  /** Comparison keys of the words of its quotes' speakers and relay sources. */
  readonly quotedWords: readonly string[];
}

function rowsOf(understanding: Understanding, headline: string, named: readonly Named[], people: boolean): NameRow[] {
  const speakers = new Map<string, number>();
  if (people) for (const q of understanding.quotes) if (q.speaker !== undefined) speakers.set(groupKey(q.speaker), (speakers.get(groupKey(q.speaker)) ?? 0) + 1);
  return named.map((n, at) => {
    const quoted = people && understanding.quotes.some((q) => q.speaker === n.name);
    const quotes = speakers.size === 0 ? 0 : [...new Set([n.name, ...n.aliases].map(groupKey))].reduce((sum, k) => sum + (speakers.get(k) ?? 0), 0);
    return {
      key: groupKey(n.name),
      name: n.name,
      aliases: n.aliases,
      at,
      centrality: centrality(headline, { paragraphs: n.paragraphs, forms: [n.name, ...n.aliases], quoted }),
      quotes,
      mentions: n.paragraphs.length,
      firstParagraph: n.paragraphs[0] ?? 0,
      ...(n.role !== undefined && { role: n.role }),
    };
  });
}

/** What an article adds to the name index; `headline` as overview.headlines gives it. */
export function entryNamesOf({ article, understanding }: Indexed, headline: string): EntryNames {
  const organisations = understanding.organisations.map((o) => ({ ...o, aliases: o.expansion === undefined ? o.aliases : [...o.aliases, o.expansion] }));
  const quotedWords: string[] = [];
  for (const quote of understanding.quotes) {
    for (const name of [quote.speaker, quote.via]) {
      if (name === undefined) continue;
      for (const word of fold(name).split(/[\s\-‐–_.,'’]+/)) if (word !== '') quotedWords.push(nameKey(word));
    }
  }
  return {
    date: article.meta.publishedAt?.slice(0, 10) ?? '',
    people: rowsOf(understanding, headline, understanding.people, true),
    places: rowsOf(understanding, headline, understanding.places, false),
    organisations: rowsOf(understanding, headline, organisations, false),
    quotedWords,
  };
}

function groupsOf(perEntry: readonly EntryNames[], pick: (e: EntryNames) => readonly NameRow[], people: boolean): NamedGroup[] {
  const byKey = new Map<string, { name: string; forms: Set<string>; members: NamedMember[]; mentions: number; roles: { role: string; date: string }[] }>();
  perEntry.forEach((names, entry) => {
    for (const row of pick(names)) {
      let group = byKey.get(row.key);
      if (!group) byKey.set(row.key, (group = { name: row.name, forms: new Set([row.name]), members: [], mentions: 0, roles: [] }));
      for (const alias of row.aliases) if (group.forms.size < MAX_FORMS) group.forms.add(alias);
      group.members.push({ entry, at: row.at, centrality: row.centrality, date: names.date, quotes: row.quotes });
      group.mentions += row.mentions;
      if (row.role !== undefined) group.roles.push({ role: row.role, date: names.date });
    }
  });
  return [...byKey.values()].map((g) => {
    const roles = people ? rolesOf(g.roles) : undefined;
    return { name: g.name, forms: [...g.forms], members: g.members.sort(byRank), mentions: g.mentions, ...(roles && { roles }) };
  });
}

function prominenceOf(people: readonly NamedGroup[], perEntry: readonly EntryNames[]): number[] {
  const ranked = people.flatMap((group, i) => {
    if (group.mentions === 0) return [];
    let first = group.members[0]!;
    let quotes = 0;
    for (const m of group.members) {
      quotes += m.quotes;
      if (m.entry < first.entry) first = m;
    }
    return [{ i, group, quotes, entry: first.entry, paragraph: perEntry[first.entry]!.people[first.at]!.firstParagraph }];
  });
  ranked.sort((a, b) => b.group.mentions - a.group.mentions || b.quotes - a.quotes || a.entry - b.entry || a.paragraph - b.paragraph || a.group.name.localeCompare(b.group.name));
  return ranked.map((r) => r.i);
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
  const people = groupsOf(perEntry, (e) => e.people, true);
  const places = groupsOf(perEntry, (e) => e.places, false);
  const peopleByWord = new Map<string, number[]>();
  people.forEach((group, i) => {
    for (const form of group.forms) for (const word of fold(form).split(/[\s\-‐–_.,]+/)) if (word !== '') push(peopleByWord, nameKey(word), i);
  });
  const placesByForm = new Map<string, number[]>();
  places.forEach((group, i) => {
    for (const form of group.forms) push(placesByForm, placeFormKey(form), i);
  });
  const organisations = groupsOf(perEntry, (e) => e.organisations, false);
  const organisationsByForm = new Map<string, number[]>();
  organisations.forEach((group, i) => {
    for (const form of group.forms) push(organisationsByForm, fold(form), i);
  });
  const quotedByWord = new Map<string, number[]>();
  perEntry.forEach((names, entry) => {
    for (const word of names.quotedWords) push(quotedByWord, word, entry);
  });
  return { people, places, peopleByWord, placesByForm, organisations, organisationsByForm, quotedByWord, perEntry, peopleByProminence: prominenceOf(people, perEntry) };
}
