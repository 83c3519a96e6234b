// /who <name or question>: a person's profile (full name, role as written, the paragraphs that name
// them, the one that introduces them first), an organisation's, or — for a question ("siapa yang
// bertemu di …", "who met in …") — the people of the passage that answers it.
import type { LibraryEntry } from '../index/library.js';
import { searchPassages } from '../index/search.js';
import { articleScope, type Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import { findAll } from '../text/find.js';
import { lexicon } from '../text/lexicon.js';
import { resolvePerson } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import { termSimilarity } from '../text/similarity.js';
import { queryTerms } from '../text/terms.js';
import type { Citation, Finding, Organisation, Person, Said } from '../types.js';
import { formsIn, inArticleWords, paragraphCitation, refsOf } from './citations.js';
import { roleContradicts } from './roles.js';

const formsOf = (p: Person | Organisation): string[] => [p.name, ...p.aliases, ...('role' in p && p.role ? [p.role] : []), ...('expansion' in p && p.expansion ? [p.expansion] : [])];

/** The paragraph that introduces a person: the first one writing their role beside their name; else their first. */
function introParagraph(entry: LibraryEntry, person: Person): number | undefined {
  const names = [person.name, ...person.aliases];
  if (person.role) {
    for (const n of person.paragraphs) {
      const text = entry.article.paragraphs[n - 1]?.text ?? '';
      if (findAll(text, person.role).length > 0 && names.some((f) => findAll(text, f).length > 0)) return n;
    }
  }
  return person.paragraphs[0];
}

function profileCitations(entry: LibraryEntry, person: Person): Citation[] {
  const intro = introParagraph(entry, person);
  const order = [...(intro !== undefined ? [intro] : []), ...person.paragraphs.filter((n) => n !== intro)];
  return order.flatMap((n) => paragraphCitation(entry, n, formsOf(person)) ?? []);
}

/** A person whose role the query spells ("Menteri Luar Negeri <Country>" → the person with that role). */
function personByRole(people: readonly Person[], subject: string): Person | undefined {
  const terms = queryTerms(subject);
  // A role names a title ("menteri", "leader"); a bare place is no role.
  if (terms.length === 0 || !terms.some((t) => lexicon.titles.has(t))) return undefined;
  let best: { person: Person; extra: number } | undefined;
  for (const person of people) {
    if (!person.role) continue;
    const words = queryTerms(person.role);
    if (!terms.every((t) => words.some((w) => termSimilarity(t, w) > 0))) continue;
    const extra = words.length - terms.length;
    if (!best || extra < best.extra) best = { person, extra };
  }
  return best?.person;
}

function organisationNamed(organisations: readonly Organisation[], subject: string): Organisation | undefined {
  const key = fold(subject);
  return organisations.find((o) => [o.name, ...o.aliases, ...(o.expansion ? [o.expansion] : [])].some((f) => fold(f) === key));
}

const missing = (query: Query, said: Said): Finding => ({ command: 'who', query: query.text, found: false, citations: [], said });

function profile(query: Query, found: { entry: LibraryEntry; person: Person }[]): Finding {
  const main = found[0]!.person;
  const same = found.filter((f) => fold(f.person.name) === fold(main.name) || f.person === main);
  const citations = same.flatMap((f) => profileCitations(f.entry, f.person));
  const role = same.map((f) => f.person.role).find((r) => r !== undefined);
  return {
    command: 'who',
    query: query.text,
    found: true,
    value: main.name,
    citations,
    said: { kind: 'profile', name: main.name, ...(role !== undefined && { detail: role }), refs: refsOf(citations) },
    ...(role !== undefined && { role }),
  };
}

function organisationProfile(query: Query, entry: LibraryEntry, org: Organisation): Finding {
  const citations = org.paragraphs.flatMap((n) => paragraphCitation(entry, n, formsOf(org)) ?? []);
  return {
    command: 'who',
    query: query.text,
    found: true,
    value: org.name,
    citations,
    said: { kind: 'profile', name: org.name, ...(org.expansion !== undefined && { detail: org.expansion }), refs: refsOf(citations) },
  };
}

/** The people of the passage that best answers a question, named in its best sentence if any are. */
function peopleOfPassage(scope: Scope, query: Query, subject: string): Finding | undefined {
  const hits = scope.entries
    .flatMap((entry) => searchPassages(articleScope(scope, entry), queryTerms(inArticleWords(entry, subject)), { limit: 3, minCoverage: 0.5 }))
    .sort((a, b) => a.score - b.score);
  for (const hit of hits) {
    const { entry } = hit;
    const paragraph = entry.article.paragraphs[hit.paragraph - 1];
    if (!paragraph) continue;
    const typed = new Set(queryTerms(subject).flatMap((t) => entry.understanding.people.filter((p) => resolvePerson([p], t) !== undefined)));
    const here = entry.understanding.people.filter((p) => p.paragraphs.includes(hit.paragraph) && !typed.has(p) && !roleContradicts(p.role, query));
    const sentence = paragraph.sentences[hit.sentence ?? -1];
    const inSentence = sentence ? here.filter((p) => formsIn(sentence.text, [p.name, ...p.aliases]).length > 0) : [];
    const people = inSentence.length > 0 ? inSentence : here;
    if (people.length === 0) continue;
    const text = paragraph.text;
    const highlights = [...new Set([...hit.highlights, ...formsIn(text, people.flatMap((p) => [p.name, ...p.aliases, ...(p.role ? [p.role] : [])]))])];
    return {
      command: 'who',
      query: query.text,
      found: true,
      value: people.map((p) => p.name).join(', '),
      citations: [{ article: entry.article.id, paragraph: hit.paragraph, excerpt: text, highlights }],
      said: { kind: 'people', people: people.map((p) => ({ name: p.name, ...(p.role !== undefined && { role: p.role }) })), paragraph: hit.paragraph },
    };
  }
  return undefined;
}

/** Answer /who: a person (or organisation) by name or role, or the people a question asks for. */
export function answerWho(scope: Scope, query: Query): Finding {
  const { subject } = query;
  const { entries } = scope;
  if (subject.text === '') return missing(query, { kind: 'not-named', what: 'person', query: query.text });

  const byName = entries.flatMap((entry) => {
    const person = resolvePerson(entry.understanding.people, subject.text);
    return person ? [{ entry, person }] : [];
  });
  if (byName.length > 0) return profile(query, byName);

  for (const entry of entries) {
    const org = organisationNamed(entry.understanding.organisations, subject.text);
    if (org) return organisationProfile(query, entry, org);
  }

  const byRole = entries.flatMap((entry) => {
    const person = personByRole(entry.understanding.people, subject.text);
    return person ? [{ entry, person }] : [];
  });
  if (byRole.length > 0) return profile(query, byRole);

  // A place is never a person.
  const placeKey = fold(subject.text);
  if (entries.some((e) => e.understanding.places.some((p) => [p.name, ...p.aliases].some((n) => fold(n) === placeKey)))) {
    return missing(query, { kind: 'is-a-place', query: subject.text });
  }
  // A question, or several words that are no name: the people of the passage that answers it.
  if (subject.asked || queryTerms(subject.text).length >= 2) {
    const passage = peopleOfPassage(scope, query, subject.text);
    if (passage) return passage;
    return missing(query, subject.asked ? { kind: 'not-said', asks: 'who', query: subject.text } : { kind: 'not-named', what: 'person', query: subject.text });
  }
  return missing(query, { kind: 'not-named', what: 'person', query: subject.text });
}
