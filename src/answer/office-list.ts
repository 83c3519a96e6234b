// The holders of an office asked alone ("/who menteri luar negeri", "Who is the foreign minister?").
// Where the article names several of them in one sentence ("Menteri Luar Negeri Lorem A dan Menteri
// Luar Negeri Ipsum B bertemu di …"), each holds it: the answer is all of them, in the order the
// sentence writes them, each with the role the article gives them — the list of people /ask gives of
// one clause (said kind 'people', peopleListed), so /who and /ask say the same.
import type { LibraryEntry } from '../index/library.js';
import type { Query } from '../query/query.js';
import { findAll } from '../text/find.js';
import { lexicon } from '../text/lexicon.js';
import { termSimilarity } from '../text/similarity.js';
import { queryTerms } from '../text/terms.js';
import type { Citation, Finding } from '../findings.js';
import type { Person } from '../types.js';
import { formsIn } from './citations.js';
import { otherOffice, otherPortfolio, roleContradicts, roleSaysAll } from './roles.js';

/** The people of the article whose role says the office typed, and the one of them whose role adds fewest words to it. */
export interface OfficeHolders {
  readonly best: Person;
  readonly all: readonly Person[];
}

/**
 * The people whose role the query's subject spells ("Menteri Luar Negeri <Country>" → the person with
 * that role); undefined when none. A role of another place than the query asks ("Presiden Venezuela"
 * for "presiden AS", whose "AS" no term keeps) is none.
 */
export function officeHolders(people: readonly Person[], query: Query): OfficeHolders | undefined {
  const subject = query.subject.text;
  const terms = queryTerms(subject);
  // A role names a title ("menteri", "leader"); a bare place is no role.
  if (terms.length === 0 || !terms.some((t) => lexicon.titles.has(t))) return undefined;
  let best: { person: Person; extra: number } | undefined;
  const all: Person[] = [];
  for (const person of people) {
    if (!person.role || otherPortfolio(person.role, subject) || roleContradicts(person.role, query)) continue;
    const words = queryTerms(person.role);
    if (!roleSaysAll(person.role, terms, (t) => words.some((w) => termSimilarity(t, w) > 0))) continue;
    all.push(person);
    const extra = words.length - terms.length;
    if (!best || extra < best.extra) best = { person, extra };
  }
  return best && { best: best.person, all };
}

/** Where a sentence writes a person with their role: the start of their name, or undefined. */
function writtenWithRole(text: string, person: Person): number | undefined {
  if (!person.role || findAll(text, person.role).length === 0) return undefined;
  const starts = [person.name, ...person.aliases].flatMap((f) => findAll(text, f));
  return starts.length > 0 ? Math.min(...starts) : undefined;
}

/** The holders written together, and the paragraph that writes them. */
export interface HoldersTogether {
  readonly paragraph: number;
  readonly people: readonly Person[];
}

/**
 * The first sentence writing the best holder with their role, and the other holders it writes with
 * theirs, in the order written; undefined where it writes no other. A holder of the office with a
 * modifier the question does not ask ("Wakil Menteri …", "mantan Menteri …") is no holder of it
 * (one of another country is none already: officeHolders).
 */
export function holdersTogether(entry: LibraryEntry, holders: OfficeHolders, query: Query): HoldersTogether | undefined {
  const { best } = holders;
  const holds = (p: Person): boolean => !otherOffice(p.role, query);
  const others = holders.all.filter((p) => p !== best && holds(p));
  if (others.length === 0 || !holds(best)) return undefined;
  for (const n of best.paragraphs) {
    for (const sentence of entry.article.paragraphs[n - 1]?.sentences ?? []) {
      if (writtenWithRole(sentence.text, best) === undefined) continue;
      const written = [best, ...others]
        .map((person) => ({ person, at: writtenWithRole(sentence.text, person) }))
        .filter((w): w is { person: Person; at: number } => w.at !== undefined)
        .sort((a, b) => a.at - b.at);
      return written.length > 1 ? { paragraph: n, people: written.map((w) => w.person) } : undefined;
    }
  }
  return undefined;
}

/** One person of a list answer: their name and the role the article gives them. */
export interface Listed {
  readonly name: string;
  readonly role?: string;
}

/**
 * A list of people as the answer: each with their role, in one citation of the paragraph that
 * names them together (`highlights`: their names as written there). /who, /ask's open questions
 * and the holders of an office all say a list this way.
 */
export function peopleListed(command: 'who' | 'ask', query: Query, citation: Citation, people: readonly Listed[], value = people.map((p) => p.name).join(', ')): Finding {
  return {
    command,
    query: query.text,
    found: true,
    value,
    citations: [citation],
    said: { kind: 'people', people: people.map((p) => ({ name: p.name, ...(p.role !== undefined && { role: p.role }) })), paragraph: citation.paragraph },
  };
}

/** The holders written together as /who's answer: each cited, their names and roles marked in the paragraph. */
export function holdersFinding(entry: LibraryEntry, query: Query, together: HoldersTogether): Finding {
  const text = entry.article.paragraphs[together.paragraph - 1]!.text;
  const highlights = formsIn(text, together.people.flatMap((p) => [p.name, ...p.aliases, ...(p.role ? [p.role] : [])]));
  const citation = { article: entry.article.id, paragraph: together.paragraph, excerpt: text, highlights };
  return peopleListed('who', query, citation, together.people);
}
