// A profile over a library: the person, organisation or place a name means, the articles that name
// it ranked (how well the name fits, then how central it is to the article, then how recent the
// article is), a page of them with their best paragraphs, and — for a person — the role most of
// those articles give (the most recent one's where it differs). Citations are built for the page only.
import type { LibraryEntry } from '../index/library.js';
import { groupKey, type NamedGroup } from '../index/names.js';
import { holds, type Scope } from '../index/scope.js';
import { memoize } from '../memo.js';
import type { Citation, Paging, RoleCount } from '../findings.js';
import { bounded, PAGE, pageGroups, pagingOf, shares, type Group } from './page.js';
import { centrality, dateOf, headlineOf, nameFit, relevanceStep, UNRANKED } from './rank.js';

/** Something an article names: a person, an organisation or a place, as one article knows it. */
export interface Subject {
  readonly entry: LibraryEntry;
  readonly name: string;
  /** Its names, for the headline and highlights. */
  readonly forms: readonly string[];
  /** Paragraphs naming it, ascending. */
  readonly paragraphs: readonly number[];
  /** The role (a person's) or the expansion (an organisation's) as this article writes it. */
  readonly detail?: string;
  readonly quoted?: boolean;
  /** Its paragraphs in the order to cite them (a person's introduction first); default ascending. */
  readonly order?: () => readonly number[];
  /** The citation of one of its paragraphs. */
  cite(paragraph: number): Citation | undefined;
}

export interface ProfilePage {
  readonly main: Subject;
  readonly citations: readonly Citation[];
  readonly paging: Paging;
  /** The detail to show: the one most articles give; for a person over several articles, how many agree. */
  readonly detail?: string;
  readonly roles?: RoleCount;
}

const key = memoize(groupKey, 4096);

/**
 * The subjects that mean the same as the best-named one: the same name; a one-word name that is a
 * word of it (an article that only writes "Santoso" where the others write "Budi Santoso"). The best
 * name is the one named in most articles, of those that fit the typed name best.
 */
function sameSubject(subjects: readonly Subject[], typed: string): Subject[] {
  // One subject is its own best name, and no other one-word name is left to join it.
  if (subjects.length === 1) return [subjects[0]!];
  const byName = new Map<string, Subject[]>();
  for (const s of subjects) {
    const k = key(s.name);
    const list = byName.get(k);
    if (list) list.push(s);
    else byName.set(k, [s]);
  }
  let best: { name: string; fit: number; list: Subject[] } | undefined;
  for (const [name, list] of byName) {
    // One name: it is the best whatever its fit (fitted later only where articles are ranked).
    const fit = byName.size === 1 ? 0 : relevanceStep(nameFit(typed, [list[0]!.name, ...list[0]!.forms]));
    if (!best || fit > best.fit || (fit === best.fit && list.length > best.list.length)) best = { name, fit, list };
  }
  const words = new Set(best!.name.split(' '));
  const more = words.size > 1 ? [...byName].filter(([name]) => !name.includes(' ') && words.has(name)).flatMap(([, list]) => list) : [];
  return [...best!.list, ...more];
}

/** The detail most articles give; where as many give another, the most recent one's. */
function detailOf(same: readonly Subject[]): { detail?: string; roles?: RoleCount } {
  // One article: its own detail, with nothing to count.
  if (same.length === 1) return same[0]!.detail === undefined ? {} : { detail: same[0]!.detail };
  const stated = same.filter((s) => s.detail !== undefined);
  if (stated.length === 0) return {};
  const counts = new Map<string, { detail: string; count: number; date: string }>();
  for (const s of stated) {
    const k = key(s.detail!);
    const c = counts.get(k);
    const date = dateOf(s.entry);
    if (c) {
      c.count++;
      if (date > c.date) c.date = date;
    } else counts.set(k, { detail: s.detail!, count: 1, date });
  }
  const chosen = [...counts.values()].sort((a, b) => b.count - a.count || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0]!;
  const latest = stated.reduce((a, b) => (dateOf(b.entry) > dateOf(a.entry) ? b : a));
  const differs = key(latest.detail!) !== key(chosen.detail);
  const date = dateOf(latest.entry);
  return {
    detail: chosen.detail,
    roles: { count: chosen.count, of: stated.length, ...(differs && { latest: { role: latest.detail!, ...(date !== '' && { date }) } }) },
  };
}

/**
 * Subjects the library's name index found (answer/lookup.ts): the chosen name's group first, then
 * groups of its one-word forms; each group's articles are already ranked by centrality and date.
 */
export interface IndexedSubjects {
  readonly groups: readonly NamedGroup[];
  /** The subject of one member of a group. */
  subjectOf(entry: LibraryEntry, at: number): Subject;
}

/** A page of indexed subjects: the groups' ranked members merged, only the page's made into subjects. */
function indexedPage({ groups, subjectOf }: IndexedSubjects, typed: string, page: number, scope: Scope): ProfilePage | undefined {
  const lists = groups.map((g) => ({ g, relevance: relevanceStep(nameFit(typed, [g.name, ...g.forms])), members: g.members.filter((m) => holds(scope, m.entry)), next: 0 }));
  const total = lists.reduce((n, l) => n + l.members.length, 0);
  if (total <= 1) return undefined;
  const wanted = page * PAGE.articles;
  const picked: { entry: number; at: number; list: number }[] = [];
  while (picked.length < wanted) {
    let best = -1;
    lists.forEach((l, i) => {
      const m = l.members[l.next];
      if (m === undefined) return;
      const b = best < 0 ? undefined : lists[best]!;
      const o = b?.members[b.next];
      if (!b || !o || l.relevance > b.relevance || (l.relevance === b.relevance && (m.centrality > o.centrality || (m.centrality === o.centrality && (m.date > o.date || (m.date === o.date && m.entry < o.entry)))))) best = i;
    });
    if (best < 0) break;
    const l = lists[best]!;
    const m = l.members[l.next++]!;
    picked.push({ entry: m.entry, at: m.at, list: best });
  }
  const shown = picked.slice(wanted - PAGE.articles).map((p) => ({ ...p, subject: subjectOf(scope.library.entries[p.entry]!, p.at) }));
  const counts = shares(shown.map((p) => p.subject.paragraphs.length));
  const citations = shown.flatMap((p, i) => (p.subject.order?.() ?? p.subject.paragraphs).slice(0, counts[i]).flatMap((n) => p.subject.cite(n) ?? []).map(bounded));
  const first = shown.find((p) => p.list === 0)?.subject;
  const main = first ?? subjectOf(scope.library.entries[lists[0]!.members[0]?.entry ?? shown[0]?.entry ?? 0]!, lists[0]!.members[0]?.at ?? 0);
  const roles = groups[0]!.roles;
  return {
    main,
    citations,
    paging: pagingOf(total, PAGE.articles, page, 'articles', shown.length),
    ...(roles && { detail: roles.role, roles: { count: roles.count, of: roles.of, ...(roles.latest && { latest: roles.latest }) } }),
  };
}

/** The page of a profile of whatever `typed` names among these subjects (at least one). */
export function profilePage(subjects: readonly Subject[] | IndexedSubjects, typed: string, page: number, scope: Scope): ProfilePage {
  if (!Array.isArray(subjects)) {
    const indexed = subjects as IndexedSubjects;
    const fast = indexedPage(indexed, typed, page, scope);
    if (fast) return fast;
    return profilePage(indexed.groups.flatMap((g) => g.members.filter((m) => holds(scope, m.entry)).map((m) => indexed.subjectOf(scope.library.entries[m.entry]!, m.at))), typed, page, scope);
  }
  const same = sameSubject(subjects as readonly Subject[], typed);
  // Every article of a name fits the typed name as the first one does: fit each name once.
  const fits = new Map<string, number>();
  const fitOf = (s: Subject): number => {
    let fit = fits.get(s.name);
    if (fit === undefined) fits.set(s.name, (fit = relevanceStep(nameFit(typed, [s.name, ...s.forms]))));
    return fit;
  };
  const groups: Group<Citation>[] = same.map((s, i) => {
    const order = (): readonly number[] => s.order?.() ?? s.paragraphs;
    return {
      entry: s.entry,
      // One article's profile is never ranked (pageGroups reads the keys only to order several): no key worked out.
      key:
        same.length === 1
          ? UNRANKED
          : {
              relevance: fitOf(s),
              centrality: centrality(headlineOf(scope, s.entry), { paragraphs: s.paragraphs, forms: s.forms, quoted: s.quoted ?? false }),
              date: dateOf(s.entry),
              order: i,
            },
      size: s.paragraphs.length,
      take: (skip, limit) => order().slice(skip, skip + limit).reduce<Citation[]>((out, n) => { const c = s.cite(n); if (c) out.push(bounded(c)); return out; }, []),
    };
  });
  const paged = pageGroups(groups, page, 'paragraphs');
  // The name shown is the full one the best-named articles write, as the top article writes it.
  const full = key(same[0]!.name);
  const main = same.find((s) => s.entry === paged.groups[0]?.entry && key(s.name) === full) ?? same[0]!;
  return { main, citations: paged.items.map((i) => i.item), paging: paged.paging, ...detailOf(same) };
}
