// /people [about]: the cast of the article (or of the articles about something). Each person with
// the name, the role or roles as written, the organisations a role names, the paragraphs naming
// them, and their quotes; the most prominent first (named in the most paragraphs, then quoted the
// most, then named first). Over several articles one person is one line: the same full name is the
// same person. Everything comes from the Understanding: people, organisations, quotes. Paged:
// PEOPLE_PER_PAGE people a page, and only the page's people are cited.
import type { Library, LibraryEntry } from '../index/library.js';
import { groupKey } from '../index/names.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import { findAll } from '../text/find.js';
import { resolvePerson } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import type { CastMember, Citation, Finding, ParagraphRef } from '../findings.js';
import type { Organisation, Person } from '../types.js';
import { aboutScope } from './about.js';
import { formsIn } from './citations.js';
import { INDEX_ABOVE } from './lookup.js';
import { beyondTheEnd, pageNumber, pagingOf } from './page.js';

/** People on a page: each line holds roles, organisations and paragraph lists, so fewer than a timeline's events. */
export const PEOPLE_PER_PAGE = 8;

interface Member {
  readonly key: string;
  name: string;
  readonly roles: string[];
  /** Each role as written with the organisations of its article: what the role names is read only for a page's people. */
  readonly roleSources: { readonly role: string; readonly organisations: readonly Organisation[] }[];
  readonly refs: ParagraphRef[];
  readonly quotes: ParagraphRef[];
  /** Where the person is first named (library position, paragraph), for the order and the citation. */
  readonly first: { readonly entry: LibraryEntry; readonly position: number; readonly paragraph: number; readonly forms: readonly string[] };
}

/** The organisations of the article that a role names as whole words ("PBB" in "Sekretaris Jenderal PBB"), longest first. */
function organisationsIn(role: string | undefined, organisations: readonly Organisation[]): string[] {
  if (role === undefined) return [];
  const folded = fold(role);
  const named = organisations.filter((o) => [o.name, o.expansion, ...o.aliases].some((form) => form !== undefined && form.length > 1 && findAll(folded, fold(form)).length > 0));
  // "Sekretariat APEC" names APEC too: keep the longest of names inside one another.
  return named
    .map((o) => o.name)
    .sort((a, b) => b.length - a.length)
    .filter((name, i, all) => !all.slice(0, i).some((longer) => findAll(fold(longer), fold(name)).length > 0));
}

/** The organisations a member's roles name, across their articles. */
function organisationsOf(member: Member): string[] {
  const out: string[] = [];
  for (const { role, organisations } of member.roleSources) for (const o of organisationsIn(role, organisations)) addDistinct(out, o);
  return out;
}

/**
 * The article's quotes by person (speakers are linked to full names at load): each speaker is
 * resolved once, to the person of that exact name and the person the name resolves to.
 */
function quotesByPerson(entry: LibraryEntry): Map<Person, ParagraphRef[]> {
  const { people, quotes } = entry.understanding;
  const out = new Map<Person, ParagraphRef[]>();
  const resolved = new Map<string, Set<Person>>();
  for (const q of quotes) {
    if (q.speaker === undefined) continue;
    let speakers = resolved.get(q.speaker);
    if (!speakers) {
      speakers = new Set(people.filter((p) => p.name === q.speaker));
      const person = resolvePerson(people, q.speaker);
      if (person) speakers.add(person);
      resolved.set(q.speaker, speakers);
    }
    for (const person of speakers) {
      const list = out.get(person) ?? [];
      list.push({ article: entry.article.id, paragraph: q.paragraph });
      out.set(person, list);
    }
  }
  return out;
}

function addDistinct(list: string[], value: string | undefined): void {
  if (value !== undefined && value.trim() !== '' && !list.some((v) => fold(v) === fold(value))) list.push(value);
}

/** A person's line, started where they are first named. */
function memberOf(key: string, entry: LibraryEntry, position: number, person: Person): Member {
  return { key, name: person.name, roles: [], roleSources: [], refs: [], quotes: [], first: { entry, position, paragraph: person.paragraphs[0]!, forms: [person.name, ...person.aliases] } };
}

/** One article's mention of the person: its role, paragraphs and quotes join the line. */
function addMention(member: Member, entry: LibraryEntry, person: Person, quotes: readonly ParagraphRef[]): void {
  const { organisations } = entry.understanding;
  if (person.role !== undefined && person.role.trim() !== '') {
    addDistinct(member.roles, person.role);
    if (organisations.length > 0) member.roleSources.push({ role: person.role, organisations });
  }
  for (const paragraph of person.paragraphs) member.refs.push({ article: entry.article.id, paragraph });
  member.quotes.push(...quotes);
}

export function castOf(entries: readonly { entry: LibraryEntry; position: number }[]): Member[] {
  const byKey = new Map<string, Member>();
  for (const { entry, position } of entries) {
    const quoted = quotesByPerson(entry);
    for (const person of entry.understanding.people) {
      if (person.paragraphs.length === 0) continue;
      const key = fold(person.name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      let member = byKey.get(key);
      if (!member) byKey.set(key, (member = memberOf(key, entry, position, person)));
      addMention(member, entry, person, quoted.get(person) ?? []);
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      b.refs.length - a.refs.length ||
      b.quotes.length - a.quotes.length ||
      a.first.position - b.first.position ||
      a.first.paragraph - b.first.paragraph ||
      a.name.localeCompare(b.name),
  );
}

/** The cast of the articles of a scope, read article by article. */
function castPage(scope: Scope, from: number, to: number): { total: number; members: Member[] } {
  const cast = castOf(scope.entries.map((entry) => ({ entry, position: scope.library.indexOf(entry.article.id) })));
  return { total: cast.length, members: cast.slice(from, to) };
}

/**
 * The cast of a whole large library, from its name index: the people are ranked once when the
 * library is built, so a page reads only its own people's articles (and quotes only where the
 * index counted some), not every person of every article.
 */
function castFromIndex(library: Library, from: number, to: number): { total: number; members: Member[] } {
  const { names, entries } = library;
  const members = names.peopleByProminence.slice(from, to).flatMap((g) => {
    const group = names.people[g]!;
    let member: Member | undefined;
    for (const m of [...group.members].sort((a, b) => a.entry - b.entry)) {
      const entry = entries[m.entry]!;
      const person = entry.understanding.people[m.at]!;
      if (person.paragraphs.length === 0) continue;
      member ??= memberOf(groupKey(group.name), entry, m.entry, person);
      addMention(member, entry, person, m.quotes > 0 ? (quotesByPerson(entry).get(person) ?? []) : []);
    }
    return member ? [member] : [];
  });
  return { total: names.peopleByProminence.length, members };
}

/** One citation per person, where they are first named (a paragraph naming several is cited once). */
function citationsOf(cast: readonly Member[]): Citation[] {
  const out: Citation[] = [];
  for (const { first } of cast) {
    const excerpt = first.entry.article.paragraphs[first.paragraph - 1]?.text;
    if (excerpt === undefined) continue;
    const highlights = formsIn(excerpt, first.forms);
    const same = out.find((c) => c.article === first.entry.article.id && c.paragraph === first.paragraph);
    if (same) (same.highlights as string[]).push(...highlights.filter((h) => !same.highlights!.includes(h)));
    else out.push({ article: first.entry.article.id, paragraph: first.paragraph, excerpt, highlights });
  }
  return out;
}

export function answerPeople(scope: Scope, query: Query): Finding {
  const base = { command: 'people', query: query.text } as const;
  const about = aboutScope(scope, query);
  const page = pageNumber(query);
  const from = (page - 1) * PEOPLE_PER_PAGE;
  const { library } = scope;
  const whole = about.entries.length === library.entries.length && library.entries.length > INDEX_ABOVE;
  const { total, members: shown } = whole ? castFromIndex(library, from, from + PEOPLE_PER_PAGE) : castPage(about, from, from + PEOPLE_PER_PAGE);
  if (total === 0) return { ...base, found: false, citations: [], said: { kind: 'no-people', ...(query.text !== '' && { about: query.text }) } };
  const paging = pagingOf(total, PEOPLE_PER_PAGE, page, 'people', shown.length);
  if (shown.length === 0) return beyondTheEnd('people', query, paging);
  const people: CastMember[] = shown.map((m) => ({ name: m.name, roles: m.roles, organisations: organisationsOf(m), refs: m.refs, quotes: m.quotes }));
  return { ...base, found: true, citations: citationsOf(shown), said: { kind: 'cast', people, multi: about.entries.length > 1 }, paging };
}
