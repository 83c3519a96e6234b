// /who <name or question>: a person's profile (full name, role as written, the paragraphs that name
// them, the one that introduces them first), an organisation's, or — for a question ("siapa yang
// bertemu di …", "who met in …") — the people of the passage that answers it.
import { resolvePerson } from '../text/name-match.js';
import type { LibraryEntry } from '../index/library.js';
import { termSimilarity } from '../text/similarity.js';
import { fold } from '../text/normalize.js';
import { queryTerms } from '../text/terms.js';
import { roleContradicts } from './narrow.js';
import { searchPassages } from '../index/search.js';
import type { Answer, Citation, Organisation, Person } from '../types.js';
import { findAll } from '../text/find.js';
import { lexicon } from '../text/lexicon.js';
import type { Locale } from './messages.js';
import { formsIn, inArticleWords, paragraphCitation, paragraphList, subjectOf } from './subject.js';

const frames = {
  en: {
    mentioned: (where: string) => `Mentioned in ${where}.`,
    notNamed: (q: string) => `The article does not name “${q}”.`,
    place: (q: string) => `“${q}” is a place in this article, not a person (see /where).`,
    nobody: (q: string) => `The article does not say who ${q}.`,
    and: 'and',
  },
  id: {
    mentioned: (where: string) => `Disebut di ${where}.`,
    notNamed: (q: string) => `Artikel tidak menyebut “${q}”.`,
    place: (q: string) => `“${q}” adalah tempat dalam artikel ini, bukan orang (lihat /where).`,
    nobody: (q: string) => `Artikel tidak menyebut siapa ${q}.`,
    and: 'dan',
  },
} as const;

const show = (q: string): string => q.trim().slice(0, 100);

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

function profile(query: string, locale: Locale, found: { entry: LibraryEntry; person: Person }[]): Answer {
  const main = found[0]!.person;
  const same = found.filter((f) => fold(f.person.name) === fold(main.name) || f.person === main);
  const citations = same.flatMap((f) => profileCitations(f.entry, f.person));
  const role = same.map((f) => f.person.role).find((r) => r !== undefined);
  const answer = `${main.name}${role ? ` — ${role}` : ''}. ${frames[locale].mentioned(paragraphList(citations))}`;
  return { command: 'who', query, found: true, answer, value: main.name, citations, ...(role && { role }) };
}

function organisationProfile(query: string, locale: Locale, entry: LibraryEntry, org: Organisation): Answer {
  const citations = org.paragraphs.flatMap((n) => paragraphCitation(entry, n, formsOf(org)) ?? []);
  const answer = `${org.name}${org.expansion ? ` — ${org.expansion}` : ''}. ${frames[locale].mentioned(paragraphList(citations))}`;
  return { command: 'who', query, found: true, answer, value: org.name, citations };
}

/** The people of the passage that best answers a question, named in its best sentence if any are. */
function peopleOfPassage(entries: readonly LibraryEntry[], query: string, locale: Locale): Answer | undefined {
  const hits = entries
    .flatMap((entry) => searchPassages([entry], inArticleWords(entry, query), { limit: 3, minCoverage: 0.5 }).map((hit) => ({ entry, hit })))
    .sort((a, b) => a.hit.score - b.hit.score);
  for (const { entry, hit } of hits) {
    const paragraph = entry.article.paragraphs[hit.paragraph - 1];
    if (!paragraph) continue;
    const typed = new Set(queryTerms(query).flatMap((t) => entry.understanding.people.filter((p) => resolvePerson([p], t) !== undefined)));
    const here = entry.understanding.people.filter((p) => p.paragraphs.includes(hit.paragraph) && !typed.has(p) && !roleContradicts(p.role, query));
    const sentence = paragraph.sentences[hit.sentence ?? -1];
    const inSentence = sentence ? here.filter((p) => formsIn(sentence.text, [p.name, ...p.aliases]).length > 0) : [];
    const people = inSentence.length > 0 ? inSentence : here;
    if (people.length === 0) continue;
    const text = paragraph.text;
    const highlights = [...new Set([...hit.highlights, ...formsIn(text, people.flatMap((p) => [p.name, ...p.aliases, ...(p.role ? [p.role] : [])]))])];
    const citation: Citation = { article: entry.article.id, paragraph: hit.paragraph, excerpt: text, highlights };
    const names = people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name));
    const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${frames[locale].and} ${names[names.length - 1]}`;
    return {
      command: 'who',
      query,
      found: true,
      answer: `${joined} — ¶${hit.paragraph}.`,
      value: people.map((p) => p.name).join(', '),
      citations: [citation],
    };
  }
  return undefined;
}

/** Answer /who: a person (or organisation) by name or role, or the people a question asks for. */
export function answerWho(entries: readonly LibraryEntry[], query: string, locale: Locale = 'en'): Answer {
  const subject = subjectOf(query);
  const f = frames[locale];
  if (subject.text === '') return { command: 'who', query, found: false, answer: f.notNamed(show(query)), citations: [] };

  const byName = entries.flatMap((entry) => {
    const person = resolvePerson(entry.understanding.people, subject.text);
    return person ? [{ entry, person }] : [];
  });
  if (byName.length > 0) return profile(query, locale, byName);

  for (const entry of entries) {
    const org = organisationNamed(entry.understanding.organisations, subject.text);
    if (org) return organisationProfile(query, locale, entry, org);
  }

  const byRole = entries.flatMap((entry) => {
    const person = personByRole(entry.understanding.people, subject.text);
    return person ? [{ entry, person }] : [];
  });
  if (byRole.length > 0) return profile(query, locale, byRole);

  // A place is never a person.
  const placeKey = fold(subject.text);
  if (entries.some((e) => e.understanding.places.some((p) => [p.name, ...p.aliases].some((n) => fold(n) === placeKey)))) {
    return { command: 'who', query, found: false, answer: f.place(show(subject.text)), citations: [] };
  }
  // A question, or several words that are no name: the people of the passage that answers it.
  if (subject.asked || queryTerms(subject.text).length >= 2) {
    const passage = peopleOfPassage(entries, subject.text, locale);
    if (passage) return passage;
    return { command: 'who', query, found: false, answer: subject.asked ? f.nobody(show(subject.text)) : f.notNamed(show(subject.text)), citations: [] };
  }
  return { command: 'who', query, found: false, answer: f.notNamed(show(subject.text)), citations: [] };
}
