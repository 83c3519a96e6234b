// /where <place or event>: a place the article names, with the paragraphs that name it (readers may
// type its English or Indonesian name, or a typo); or, for an event, the place named in the passage
// that answers it — preferring one in the best sentence, after a locative ("di", "in").
import { allTables } from '../lang/index.js';
import type { LibraryEntry } from '../index/library.js';
import { editDistance } from '../text/similarity.js';
import { fold } from '../text/normalize.js';
import { searchPassages } from '../index/search.js';
import type { Answer, Citation, Place } from '../types.js';
import { findAll } from '../text/find.js';
import type { Locale } from './messages.js';
import { formsIn, inArticleWords, paragraphCitation, paragraphList, placesInQuery, subjectOf } from './subject.js';

const locatives = new Set(allTables.flatMap((t) => t.nameWords?.locatives ?? []));

const frames = {
  en: {
    mentioned: (place: string, where: string) => `${place} — mentioned in ${where}.`,
    event: (place: string, n: number) => `${place} (¶${n}).`,
    notNamed: (q: string) => `The article does not name the place “${q}”.`,
    nowhere: (q: string) => `The article does not say where ${q}.`,
  },
  id: {
    mentioned: (place: string, where: string) => `${place} — disebut di ${where}.`,
    event: (place: string, n: number) => `${place} (¶${n}).`,
    notNamed: (q: string) => `Artikel tidak menyebut tempat “${q}”.`,
    nowhere: (q: string) => `Artikel tidak menyebut di mana ${q}.`,
  },
} as const;

const show = (q: string): string => q.trim().slice(0, 100);
const formsOf = (p: Place): string[] => [p.name, ...p.aliases];

/** The place a typed name means: any of its names in any case, or one typo in a long name. */
function placeNamed(places: readonly Place[], typed: string): Place | undefined {
  const key = fold(typed).replace(/[\s-]+/g, ' ').trim();
  if (key === '') return undefined;
  const exact = places.find((p) => formsOf(p).some((f) => fold(f).replace(/[\s-]+/g, ' ') === key));
  if (exact) return exact;
  if (key.length < 5) return undefined;
  return places.find((p) => formsOf(p).some((f) => f.length >= 5 && editDistance(key, fold(f), 1) <= 1));
}

function placeProfile(query: string, locale: Locale, found: { entry: LibraryEntry; place: Place }[]): Answer {
  const main = found[0]!.place;
  const citations = found.flatMap(({ entry, place }) => place.paragraphs.flatMap((n) => paragraphCitation(entry, n, formsOf(place)) ?? []));
  return {
    command: 'where',
    query,
    found: true,
    answer: frames[locale].mentioned(main.name, paragraphList(citations)),
    value: main.name,
    citations,
  };
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
function placeInPassage(entry: LibraryEntry, paragraph: number, sentence: number | undefined, highlights: readonly string[], skip: ReadonlySet<Place>): Candidate | undefined {
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
        const afterLocative = before !== undefined && locatives.has(fold(before));
        const inBest = s !== undefined && at >= s.start && at < s.end;
        const distance = marks.length > 0 ? Math.min(...marks.map((m) => Math.abs(m - at))) : p.text.length;
        const score = (inBest ? 2 : 0) + (afterLocative ? 1 : 0) + 1 / (1 + distance / 20);
        if (!best || score > best.score) best = { place, form, score };
      }
    }
  }
  return best;
}

function placeOfEvent(entries: readonly LibraryEntry[], query: string, locale: Locale): Answer | undefined {
  const hits = entries
    .flatMap((entry) => searchPassages([entry], inArticleWords(entry, query), { limit: 3 }).map((hit) => ({ entry, hit })))
    .sort((a, b) => a.hit.score - b.hit.score);
  for (const { entry, hit } of hits) {
    const found = placeInPassage(entry, hit.paragraph, hit.sentence, hit.highlights, placesInQuery(entry, query));
    if (!found) continue;
    const text = entry.article.paragraphs[hit.paragraph - 1]!.text;
    const highlights = [...new Set([found.form, ...hit.highlights])];
    const citation: Citation = { article: entry.article.id, paragraph: hit.paragraph, excerpt: text, highlights: formsIn(text, highlights) };
    return {
      command: 'where',
      query,
      found: true,
      answer: frames[locale].event(found.place.name, hit.paragraph),
      value: found.place.name,
      citations: [citation],
    };
  }
  return undefined;
}

/** Answer /where: a place by any of its names, or the place of an event. */
export function answerWhere(entries: readonly LibraryEntry[], query: string, locale: Locale = 'en'): Answer {
  const subject = subjectOf(query);
  const f = frames[locale];
  if (subject.text === '') return { command: 'where', query, found: false, answer: f.notNamed(show(query)), citations: [] };
  const named = entries.flatMap((entry) => {
    const place = placeNamed(entry.understanding.places, subject.text);
    return place ? [{ entry, place }] : [];
  });
  if (named.length > 0) return placeProfile(query, locale, named);
  const event = placeOfEvent(entries, subject.text, locale);
  if (event) return event;
  return { command: 'where', query, found: false, answer: subject.asked ? f.nowhere(show(subject.text)) : f.notNamed(show(subject.text)), citations: [] };
}
