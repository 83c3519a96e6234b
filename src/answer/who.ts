// /who <name or question>: a person's profile (full name, role as written, the paragraphs that name
// them, the one that introduces them first), an organisation's, or — for a question ("siapa yang
// bertemu di …", "who met in …") — the people of the passage that answers it.
import type { LibraryEntry } from '../index/library.js';
import { paragraphsWithAny, searchPassages } from '../index/search.js';
import { articleScope, type Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import { findAll } from '../text/find.js';
import { lexicon } from '../text/lexicon.js';
import { resolvePerson } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import { termSimilarity } from '../text/similarity.js';
import { queryTerms } from '../text/terms.js';
import { wordsOf, type Word } from '../text/words.js';
import { gazetteerEntryOf } from '../text/known-names.js';
import type { Finding, ParagraphRef, Said } from '../findings.js';
import type { Organisation, Person } from '../types.js';
import { formsIn, inArticleWords, paragraphCitation, refsOf } from './citations.js';
import { INDEX_ABOVE, likelyArticles, organisationsByName, peopleByName, placesByName } from './lookup.js';
import { beyondTheEnd, pageNumber } from './page.js';
import { profilePage, type IndexedSubjects, type Subject } from './profile.js';
import { roleContradicts } from './roles.js';
import { holdersFinding, holdersTogether, officeHolders, peopleListed } from './office-list.js';

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

function organisationNamed(organisations: readonly Organisation[], subject: string): Organisation | undefined {
  const key = fold(subject);
  return organisations.find((o) => [o.name, ...o.aliases, ...(o.expansion ? [o.expansion] : [])].some((f) => fold(f) === key));
}

const missing = (query: Query, said: Said): Finding => ({ command: 'who', query: query.text, found: false, citations: [], said });

/** A person as one article names them, for a profile over the library (answer/profile.ts). */
function personSubject(entry: LibraryEntry, person: Person): Subject {
  const forms = formsOf(person);
  return {
    entry,
    name: person.name,
    forms: [person.name, ...person.aliases],
    paragraphs: person.paragraphs,
    ...(person.role !== undefined && { detail: person.role }),
    quoted: entry.understanding.quotes.some((q) => q.speaker === person.name),
    order: () => {
      const intro = introParagraph(entry, person);
      return [...(intro !== undefined ? [intro] : []), ...person.paragraphs.filter((n) => n !== intro)];
    },
    cite: (n) => paragraphCitation(entry, n, forms),
  };
}

function organisationSubject(entry: LibraryEntry, org: Organisation): Subject {
  const forms = formsOf(org);
  return { entry, name: org.name, forms, paragraphs: org.paragraphs, ...(org.expansion !== undefined && { detail: org.expansion }), cite: (n) => paragraphCitation(entry, n, forms) };
}

/** The page of a profile: the best-ranked articles naming them, and the role most of them give. */
function profile(scope: Scope, query: Query, subjects: readonly Subject[] | IndexedSubjects, person: boolean): Finding {
  const p = profilePage(subjects, query.subject.text, pageNumber(query), scope);
  if (p.paging.page > p.paging.pages) return beyondTheEnd('who', query, p.paging);
  const detail = p.detail;
  const roles = person ? p.roles : undefined;
  return {
    command: 'who',
    query: query.text,
    found: true,
    value: p.main.name,
    citations: p.citations,
    said: { kind: 'profile', name: p.main.name, ...(detail !== undefined && { detail }), refs: refsOf(p.citations), ...(roles && { roles }) },
    ...(person && detail !== undefined && { role: detail }),
    paging: p.paging,
  };
}

const CONNECTORS = new Set(['of', 'de', 'van', 'von', 'der', 'bin', 'binti', 'al', 'the', 'dan', 'and']);

/**
 * "Who was Vrisovci?" of a paragraph naming "Vršovci": the subject is a name alone (capitalised
 * words, no title, no verb) that the paragraph spells only as another name near it. The people
 * of that paragraph are other people, not the one asked about.
 */
function nameOnlyMisspelt(subject: string, paragraph: string): boolean {
  const words = subject.split(/\s+/).filter((w) => w !== '');
  const names = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  if (names.length === 0 || !names.every((w) => /^\p{Lu}/u.test(w) && !lexicon.titles.has(fold(w)))) return false;
  const present = new Set(fold(paragraph).split(/[^\p{L}\p{N}]+/u));
  const capitalised = [...new Set((paragraph.match(/\p{Lu}[\p{L}\p{M}'-]*/gu) ?? []).map((w) => fold(w)))];
  return names.some((w) => {
    const key = fold(w).replace(/[^\p{L}\p{N}]+/gu, '');
    return key.length >= 4 && !present.has(key) && capitalised.some((c) => c !== key && termSimilarity(key, c) > 0);
  });
}

/** The people of the passage that best answers a question, named in its best sentence if any are. */
function peopleOfPassage(scope: Scope, query: Query, subject: string): Finding | undefined {
  const hits = likelyArticles(scope, subject, 0.5)
    .flatMap((entry) => searchPassages(articleScope(scope, entry), queryTerms(inArticleWords(entry, subject)), { limit: 3, minCoverage: 0.5 }))
    .sort((a, b) => a.score - b.score);
  for (const hit of hits) {
    const { entry } = hit;
    const paragraph = entry.article.paragraphs[hit.paragraph - 1];
    if (!paragraph || nameOnlyMisspelt(subject, paragraph.text)) continue;
    const typed = new Set(queryTerms(subject).flatMap((t) => entry.understanding.people.filter((p) => resolvePerson([p], t) !== undefined)));
    const here = entry.understanding.people.filter((p) => p.paragraphs.includes(hit.paragraph) && !typed.has(p) && !roleContradicts(p.role, query));
    const sentence = paragraph.sentences[hit.sentence ?? -1];
    const inSentence = sentence ? here.filter((p) => formsIn(sentence.text, [p.name, ...p.aliases]).length > 0) : [];
    const people = inSentence.length > 0 ? inSentence : here;
    if (people.length === 0) continue;
    const text = paragraph.text;
    const highlights = [...new Set([...hit.highlights, ...formsIn(text, people.flatMap((p) => [p.name, ...p.aliases, ...(p.role ? [p.role] : [])]))])];
    return peopleListed('who', query, { article: entry.article.id, paragraph: hit.paragraph, excerpt: text, highlights }, people);
  }
  return undefined;
}

/** Most paragraphs cited for a name /who finds written but cannot tell as anyone. */
const MAX_WRITTEN = 5;

/**
 * Where the article writes a typed name as it is typed (case and diacritics aside), with a capital:
 * a name the article gives, though not one /who can tell as a person, an organisation or a place
 * ("Arief Kurnia" in a title run it could not split). Saying "the article does not name it" there
 * would be wrong.
 */
function writtenName(scope: Scope, query: Query, typed: string): Finding | undefined {
  const terms = queryTerms(typed);
  const wanted = fold(typed.trim());
  if (terms.length === 0 || wanted === '') return undefined;
  const refs: ParagraphRef[] = [];
  const citations: Finding['citations'][number][] = [];
  for (const { entry, paragraph } of paragraphsWithAny(scope, terms)) {
    const { text } = paragraph;
    const folded = fold(text);
    const at = findAll(folded, wanted).find((i) => /^\p{Lu}/u.test(text.slice(i)));
    if (at === undefined) continue;
    const ref = { article: entry.article.id, paragraph: paragraph.n };
    // Folding keeps the length of most text; where it does not, the paragraph is cited unmarked.
    const written = folded.length === text.length ? [text.slice(at, at + wanted.length)] : [];
    refs.push(ref);
    citations.push({ ...ref, excerpt: text, highlights: written });
    if (refs.length === MAX_WRITTEN) break;
  }
  if (refs.length === 0) return undefined;
  return { command: 'who', query: query.text, found: false, citations, said: { kind: 'written-unknown', query: typed, refs } };
}

/**
 * The people the article gives the office the query spells as their role ("Kapolri", "Menteri Luar
 * Negeri Jepang"); undefined when none holds it. One article writing several holders in one sentence
 * gives them all (office-list.ts); otherwise the profile of the one whose role adds fewest words.
 */
export function answerOfficeHolder(scope: Scope, query: Query): Finding | undefined {
  const { subject } = query;
  const byRole = (scope.entries.length > INDEX_ABOVE ? likelyArticles(scope, subject.text) : scope.entries).flatMap((entry) => {
    const holders = officeHolders(entry.understanding.people, query);
    return holders ? [{ entry, holders }] : [];
  });
  const only = byRole.length === 1 ? byRole[0]! : undefined;
  const together = only && holdersTogether(only.entry, only.holders, query);
  if (only && together) return holdersFinding(only.entry, query, together);
  return byRole.length > 0 ? profile(scope, query, byRole.map((f) => personSubject(f.entry, f.holders.best)), true) : undefined;
}

/**
 * Does the typed text name only an office: a title, with role words, names and places ("Gubernur
 * Jakarta", "presiden Amerika", "Kepala BIN"), and no verb or other word of a question?
 */
export function officeOnly(typed: string): boolean {
  const words = wordsOf(typed).filter((w) => !w.mark);
  const plain = (w: Word): boolean => lexicon.titleWords.has(w.norm) || lexicon.roleWords.has(w.norm) || lexicon.stopWords.has(w.norm) || w.cap || gazetteerEntryOf(w.text) !== undefined;
  return words.some((w) => lexicon.titles.has(w.norm)) && words.every(plain);
}

/** Answer /who: a person (or organisation) by name or role, or the people a question asks for. */
export function answerWho(scope: Scope, query: Query): Finding {
  const { subject } = query;
  const { entries } = scope;
  if (subject.text === '') return missing(query, { kind: 'not-named', what: 'person', query: query.text });

  // Over a large library the name index answers for every article; only a small scope is read article by article.
  const large = entries.length > INDEX_ABOVE;
  const indexed = peopleByName(scope, subject.text);
  if (indexed) return profile(scope, query, { groups: indexed, subjectOf: (entry, at) => personSubject(entry, entry.understanding.people[at]!) }, true);
  const byName = large
    ? []
    : entries.flatMap((entry) => {
        const person = resolvePerson(entry.understanding.people, subject.text);
        return person ? [{ entry, person }] : [];
      });
  if (byName.length > 0) return profile(scope, query, byName.map((f) => personSubject(f.entry, f.person)), true);

  const orgs =
    organisationsByName(scope, subject.text)?.map(({ entry, at }) => organisationSubject(entry, entry.understanding.organisations[at]!)) ??
    entries.flatMap((entry) => {
      const org = organisationNamed(entry.understanding.organisations, subject.text);
      return org ? [organisationSubject(entry, org)] : [];
    });
  if (orgs.length > 0) return profile(scope, query, orgs, false);

  const holder = answerOfficeHolder(scope, query);
  if (holder) return holder;

  // A place is never a person.
  const placeKey = fold(subject.text);
  const isPlace = large ? placesByName(scope, subject.text, false) !== undefined : entries.some((e) => e.understanding.places.some((p) => [p.name, ...p.aliases].some((n) => fold(n) === placeKey)));
  if (isPlace) return missing(query, { kind: 'is-a-place', query: subject.text });
  // A question, or several words that are no name: the people of the passage that answers it.
  if (subject.asked || queryTerms(subject.text).length >= 2) {
    // An office no one holds in the article is not held by whoever a passage with its words names ("presiden Amerika").
    const passage = officeOnly(subject.text) ? undefined : peopleOfPassage(scope, query, subject.text);
    if (passage) return passage;
    if (subject.asked) return missing(query, { kind: 'not-said', asks: 'who', query: subject.text });
  }
  return writtenName(scope, query, subject.text) ?? missing(query, { kind: 'not-named', what: 'person', query: subject.text });
}
