// /where <place or event>: a place the article names, with the paragraphs that name it (readers may
// type its English or Indonesian name, or a typo); or, for an event, the place named in the passage
// that answers it — preferring one in the best sentence, after a locative ("di", "in").
import { allTables } from '../lang/index.js';
import type { LibraryEntry } from '../index/library.js';
import { narrow } from '../index/narrow.js';
import { searchPassages } from '../index/search.js';
import { articleScope, type Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import { findAll } from '../text/find.js';
import { lexicon } from '../text/lexicon.js';
import { memoize } from '../memo.js';
import { fold } from '../text/normalize.js';
import { outletEntryOf } from '../text/known-names.js';
import { editDistance } from '../text/similarity.js';
import { queryTerms } from '../text/terms.js';
import type { Finding } from '../findings.js';
import type { Place } from '../types.js';
import { formsIn, inArticleWords, paragraphCitation, placesInQuery, refsOf } from './citations.js';
import { firstPlaceOfForm, INDEX_ABOVE, likelyArticles, placesByName } from './lookup.js';
import { beyondTheEnd, pageNumber } from './page.js';
import { profilePage, type IndexedSubjects, type Subject } from './profile.js';
import { isEventWord } from '../text/event-names.js';

const formsOf = (p: Place): string[] => [p.name, ...p.aliases];

/** A place's form folded, its spaces and hyphens one space (remembered: every query compares every form). */
const formKey = memoize((form: string): string => fold(form).replace(/[\s-]+/g, ' '), 8192);

/** The place a typed name means: any of its names in any case, or one typo in a long name. */
function placeNamed(places: readonly Place[], typed: string): Place | undefined {
  const key = fold(typed).replace(/[\s-]+/g, ' ').trim();
  if (key === '') return undefined;
  // Each place's name, then its aliases, in order (as a find over formsOf, without a list per place).
  // One pass: an exact form wins wherever it is; else the first form one typo away (five letters or more).
  const typos = key.length >= 5;
  let near: Place | undefined;
  const fits = (p: Place, form: string): boolean => {
    const k = formKey(form);
    if (k === key) return true;
    if (typos && near === undefined && k.length >= 5 && editDistance(key, k, 1) <= 1) near = p;
    return false;
  };
  for (const p of places) {
    if (fits(p, p.name)) return p;
    for (const f of p.aliases) if (fits(p, f)) return p;
  }
  return near;
}

/** The page of a place's profile: the best-ranked articles naming it, with their paragraphs. */
function placeSubject(entry: LibraryEntry, place: Place): Subject {
  const forms = formsOf(place);
  return { entry, name: place.name, forms, paragraphs: place.paragraphs, cite: (n) => paragraphCitation(entry, n, forms) };
}

function placeProfile(scope: Scope, query: Query, subjects: readonly Subject[] | IndexedSubjects): Finding {
  const p = profilePage(subjects, query.subject.text, pageNumber(query), scope);
  if (p.paging.page > p.paging.pages) return beyondTheEnd('where', query, p.paging);
  const name = p.main.name;
  return { command: 'where', query: query.text, found: true, value: name, citations: p.citations, said: { kind: 'place-profile', place: name, refs: refsOf(p.citations) }, paging: p.paging };
}

interface Candidate {
  readonly place: Place;
  readonly form: string;
  readonly score: number;
}

/** The word just before offset `at` (past the spaces), read backwards rather than by a regex over all the text before. */
function wordBefore(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end) : undefined;
}

/** The place named in one paragraph that best fits the matched words of a hit. */
function placeInPassage(entry: LibraryEntry, paragraph: number, sentence: number | undefined, highlights: readonly string[], skip: ReadonlySet<Place>, seatOf?: string): Candidate | undefined {
  const p = entry.article.paragraphs[paragraph - 1];
  if (!p) return undefined;
  const s = sentence !== undefined ? p.sentences[sentence] : undefined;
  const marks = highlights.flatMap((h) => findAll(p.text, h));
  let best: Candidate | undefined;
  for (const place of entry.understanding.places) {
    if (skip.has(place) || !place.paragraphs.includes(paragraph)) continue;
    for (const form of formsOf(place)) {
      for (const at of findAll(p.text, form)) {
        const before = wordBefore(p.text, at);
        const afterLocative = before !== undefined && lexicon.locatives.has(fold(before));
        // A body's place is one written at it ("PBB di New York"), never a place of its sentence acting
        // ("duta besar Pyongyang untuk PBB": Pyongyang's envoy, not where the UN is) or gone to ("ke Rusia").
        if (seatOf !== undefined && !(before !== undefined && atWords.has(fold(before)) && sameSentence(p, at, seatOf))) continue;
        const inBest = s !== undefined && at >= s.start && at < s.end;
        const distance = marks.length > 0 ? Math.min(...marks.map((m) => Math.abs(m - at))) : p.text.length;
        const score = (inBest ? 2 : 0) + (afterLocative ? 1 : 0) + 1 / (1 + distance / 20);
        if (!best || score > best.score) best = { place, form, score };
      }
    }
  }
  return best;
}

const atWords = new Set(allTables.flatMap((t) => t.answerWords?.atWords ?? []));

/** Does the sentence of the paragraph holding offset `at` write the name? */
function sameSentence(p: LibraryEntry['article']['paragraphs'][number], at: number, name: string): boolean {
  const s = p.sentences.find((x) => at >= x.start && at < x.end);
  return s !== undefined && findAll(p.text.slice(s.start, s.end), name).length > 0;
}

/** Is the subject a body of the article by one of its names ("PBB", "Dewan Keamanan PBB"), or an acronym? */
function namesBody(entry: LibraryEntry, subject: string): boolean {
  const key = fold(subject);
  return ACRONYM.test(subject) || entry.understanding.organisations.some((o) => [o.name, ...o.aliases].some((f) => fold(f) === key));
}

/** A name typed in capitals ("UN", "PBB"): an acronym, written only so, never as the last word of a name ("Un" of "Lorem Ipsum Un"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

function placeOfEvent(scope: Scope, query: Query, subject: string): Finding | undefined {
  const acronym = subject.split(' ').filter((w) => !lexicon.determiners.has(fold(w))).join(' ');
  const hits = likelyArticles(scope, subject)
    .flatMap((entry) => searchPassages(articleScope(scope, entry), queryTerms(inArticleWords(entry, subject)), { limit: 3 }))
    .sort((a, b) => a.score - b.score);
  for (const hit of hits) {
    const { entry } = hit;
    const text = entry.article.paragraphs[hit.paragraph - 1]!.text;
    if (ACRONYM.test(acronym) && findAll(text, acronym).length === 0) continue;
    const found = placeInPassage(entry, hit.paragraph, hit.sentence, hit.highlights, placesInQuery(entry, subject), namesBody(entry, acronym) ? acronym : undefined);
    if (!found) continue;
    const highlights = [...new Set([found.form, ...hit.highlights])];
    return {
      command: 'where',
      query: query.text,
      found: true,
      value: found.place.name,
      citations: [{ article: entry.article.id, paragraph: hit.paragraph, excerpt: text, highlights: formsIn(text, highlights) }],
      said: { kind: 'place', place: found.place.name, paragraph: hit.paragraph },
    };
  }
  return undefined;
}

/**
 * A place the article writes as one — after "di", "ke", "in", "at" — though its reader did not list it
 * ("Istana Merdeka Jakarta"): the paragraphs that write it there. Never a person, an organisation, an
 * outlet or a date.
 */
function writtenAsPlace(scope: Scope, query: Query, typed: string): Finding | undefined {
  const key = fold(typed).trim();
  if (key.length < 3 || !/^\p{Lu}/u.test(typed.trim()) || lexicon.calendar.has(key) || key.split(' ').some(isEventWord)) return undefined;
  const found: { entry: LibraryEntry; paragraph: number; form: string }[] = [];
  if (outletEntryOf(typed) !== undefined) return undefined;
  // Over a large library, only the articles that hold every word of it can write it.
  const words = queryTerms(typed);
  const read = scope.entries.length > INDEX_ABOVE && words.length > 0 ? narrow(scope, words.map((w) => [w]), 1) : scope;
  for (const entry of read.entries) {
    const here: typeof found = [];
    for (const p of entry.article.paragraphs) {
      const at = findAll(p.text, typed).find((i) => {
        const before = wordBefore(p.text, i);
        return before !== undefined && (lexicon.placeMarkers.has(fold(before)) || lexicon.locatives.has(fold(before)));
      });
      if (at !== undefined) here.push({ entry, paragraph: p.n, form: p.text.slice(at, at + typed.length) });
    }
    // Checked only where it is written so: a person's or organisation's name is never a place, nor an event's.
    if (here.length > 0 && entry.understanding.eventForms?.includes(key)) continue;
    const u = entry.understanding;
    const same = (f: string): boolean => fold(f) === key;
    if (here.length === 0 || u.people.some((p) => same(p.name) || p.aliases.some(same)) || u.organisations.some((o) => same(o.name) || o.aliases.some(same))) continue;
    found.push(...here);
  }
  const first = found[0];
  if (!first) return undefined;
  const citations = found.flatMap(({ entry, paragraph, form }) => paragraphCitation(entry, paragraph, [form]) ?? []);
  return { command: 'where', query: query.text, found: true, value: first.form, citations, said: { kind: 'place-profile', place: first.form, refs: refsOf(citations) } };
}

/** Does the typed text write a person's name or alias of an article in a small scope, as it is? */
function namesPerson(scope: Scope, typed: string): boolean {
  if (scope.entries.length > INDEX_ABOVE) return false;
  const key = fold(typed).trim();
  return scope.entries.some((e) => e.understanding.people.some((p) => fold(p.name) === key || p.aliases.some((a) => fold(a) === key)));
}

/** Answer /where: a place by any of its names, or the place of an event. */
export function answerWhere(scope: Scope, query: Query): Finding {
  const { subject } = query;
  const missing = (said: Finding['said']): Finding => ({ command: 'where', query: query.text, found: false, citations: [], said });
  if (subject.text === '') return missing({ kind: 'not-named', what: 'place', query: query.text });
  const indexed = placesByName(scope, subject.text);
  if (indexed) return placeProfile(scope, query, { groups: indexed, subjectOf: (entry, at) => placeSubject(entry, entry.understanding.places[at]!) });
  // Over a large library the name index answered for every article (typos included). Over a few, a
  // form the index holds gives each article's first place of that form at once; the others are read.
  const exact = scope.entries.length > INDEX_ABOVE ? undefined : firstPlaceOfForm(scope, subject.text);
  const named = (scope.entries.length > INDEX_ABOVE ? [] : scope.entries).flatMap((entry, i) => {
    const at = exact?.get(scope.members === undefined ? i : scope.library.indexOf(entry.article.id));
    const place = at !== undefined ? entry.understanding.places[at] : placeNamed(entry.understanding.places, subject.text);
    return place ? [placeSubject(entry, place)] : [];
  });
  if (named.length > 0) return placeProfile(scope, query, named);
  const written = writtenAsPlace(scope, query, subject.text);
  if (written) return written;
  // A person's name alone is no event to place: the places near it are where others are ("/where Tom
  // Webb" of "… Tom Webb … a similar scheme in Cardiff" is not Cardiff).
  // Asked as a question ("Where is Tom Webb?"), the article does not say where they are.
  if (namesPerson(scope, subject.text)) return missing({ kind: 'is-a-person', query: subject.text, asked: subject.asked });
  const event = placeOfEvent(scope, query, subject.text);
  if (event) return event;
  return missing(subject.asked ? { kind: 'not-said', asks: 'where', query: subject.text } : { kind: 'not-named', what: 'place', query: subject.text });
}
