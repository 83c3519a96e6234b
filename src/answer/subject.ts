// What a /who or /where query is about: the words without the question words, and the query in
// the article's own words (a place typed in English becomes the name the article writes).
import { allTables } from '../lang/index.js';
import type { LibraryEntry } from '../index/library.js';
import { fold } from '../text/normalize.js';
import { findAll } from '../text/find.js';
import type { Citation, Place } from '../types.js';

const questionPhrases = [...new Set(allTables.flatMap((t) => Object.keys(t.questionWords)))].sort((a, b) => b.length - a.length);

export interface Subject {
  /** The query without leading question words and final punctuation. */
  readonly text: string;
  /** Did the query open with a question word ("siapa", "who", "di mana")? */
  readonly asked: boolean;
}

export function subjectOf(query: string): Subject {
  let text = query.trim().replace(/[?？!.\s]+$/u, '');
  let asked = false;
  for (let changed = true; changed; ) {
    changed = false;
    const folded = fold(text);
    for (const phrase of questionPhrases) {
      if (folded.startsWith(phrase) && (folded.length === phrase.length || /[\s,:]/.test(folded[phrase.length]!))) {
        text = text.slice(phrase.length).replace(/^[\s,:]+/, '');
        asked = changed = true;
        break;
      }
    }
  }
  return { text: text.trim(), asked };
}

/** Every place name or alias written in the query, as whole words, with the place. */
function placesTyped(places: readonly Place[], query: string): { place: Place; typed: string }[] {
  const folded = fold(query);
  const found: { place: Place; typed: string }[] = [];
  for (const place of places) {
    for (const form of [place.name, ...place.aliases]) {
      if (form.length < 2) continue;
      if (findAll(folded, fold(form)).length > 0) found.push({ place, typed: form });
    }
  }
  return found;
}

/** The query with place names typed in another language replaced by the article's (an English name → the Indonesian one). */
export function inArticleWords(entry: LibraryEntry, query: string): string {
  let out = query;
  const typed = placesTyped(entry.understanding.places, query).sort((a, b) => b.typed.length - a.typed.length);
  for (const { place, typed: form } of typed) {
    if (form === place.name) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(re, place.name);
  }
  return out;
}

/** Places the query names (so that an event's place is not the one the reader already typed). */
export function placesInQuery(entry: LibraryEntry, query: string): Set<Place> {
  return new Set(placesTyped(entry.understanding.places, query).map((p) => p.place));
}

/** Verbatim occurrences of these forms in a text, longest first, not overlapping. */
export function formsIn(text: string, forms: readonly string[]): string[] {
  const taken: { start: number; end: number }[] = [];
  const found: string[] = [];
  for (const form of [...new Set(forms)].filter((f) => f.length > 1).sort((a, b) => b.length - a.length)) {
    for (const at of findAll(text, form)) {
      if (taken.some((t) => at < t.end && at + form.length > t.start)) continue;
      taken.push({ start: at, end: at + form.length });
      if (!found.includes(form)) found.push(form);
    }
  }
  return found;
}

/** A citation of a whole paragraph, bolding the given forms where the paragraph writes them. */
export function paragraphCitation(entry: LibraryEntry, paragraph: number, forms: readonly string[]): Citation | undefined {
  const text = entry.article.paragraphs[paragraph - 1]?.text;
  if (text === undefined) return undefined;
  const highlights = formsIn(text, forms);
  return { article: entry.article.id, paragraph, excerpt: text, ...(highlights.length > 0 && { highlights }) };
}

/** "¶2, ¶4" — or, across articles, "¶2 (id-a); ¶3 (id-b)". */
export function paragraphList(citations: readonly Citation[]): string {
  const articles = [...new Set(citations.map((c) => c.article))];
  const sorted = (list: readonly Citation[]): number[] => [...new Set(list.map((c) => c.paragraph))].sort((a, b) => a - b);
  if (articles.length <= 1) return sorted(citations).map((n) => `¶${n}`).join(', ');
  return articles.map((a) => `${sorted(citations.filter((c) => c.article === a)).map((n) => `¶${n}`).join(', ')} (${a})`).join('; ');
}
