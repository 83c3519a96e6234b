// Citations: the paragraph's own words, with the words that matched in bold; and the query put in
// an article's own words (a place typed in English becomes the name the article writes).
import type { LibraryEntry } from '../index/library.js';
import type { SearchHit } from '../index/search.js';
import { findAll } from '../text/find.js';
import { memoize } from '../memo.js';
import { fold } from '../text/normalize.js';
import type { Citation, ParagraphRef } from '../findings.js';
import type { Place } from '../types.js';

export function citationOf(hit: SearchHit): Citation {
  return {
    article: hit.article,
    paragraph: hit.paragraph,
    excerpt: hit.entry.article.paragraphs[hit.paragraph - 1]?.text ?? '',
    highlights: hit.highlights,
  };
}

/** The best sentence of a hit, verbatim: the short form of the answer. */
export function bestSentence(hit: SearchHit): string {
  const paragraph = hit.entry.article.paragraphs[hit.paragraph - 1];
  if (!paragraph) return '';
  const sentence = paragraph.sentences[hit.sentence ?? 0] ?? paragraph.sentences[0];
  return sentence?.text ?? paragraph.text;
}

/**
 * The forms of two characters or more, each once, longest first (equal lengths as given): by hand,
 * for a Set spread and a sort with a comparator cost more than the search itself on every citation.
 */
function longestFirst(forms: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of forms) {
    if (f.length <= 1 || out.includes(f)) continue;
    let i = out.length;
    out.push(f);
    for (; i > 0 && out[i - 1]!.length < f.length; i--) out[i] = out[i - 1]!;
    out[i] = f;
  }
  return out;
}

/** Verbatim occurrences of these forms in a text, longest first, not overlapping. */
export function formsIn(text: string, forms: readonly string[]): string[] {
  const taken: { start: number; end: number }[] = [];
  const found: string[] = [];
  for (const form of longestFirst(forms)) {
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

/** The paragraphs citations name, for words such as "mentioned in ¶2, ¶4". */
export const refsOf = (citations: readonly Citation[]): ParagraphRef[] => citations.map((c) => ({ article: c.article, paragraph: c.paragraph }));

/** A place's name or alias folded (remembered: every query reads the same article's places again). */
const foldedForm = memoize(fold, 8192);

/** Every place name (unless `names` is false) or alias written in the query, as whole words, with the place. */
function placesTyped(places: readonly Place[], query: string, names = true): { place: Place; typed: string }[] {
  const folded = fold(query);
  const found: { place: Place; typed: string }[] = [];
  const look = (place: Place, form: string): void => {
    if (form.length < 2 || (!names && form === place.name)) return;
    const f = foldedForm(form);
    // Longer than the query, or not in it at all: no need to look for it as a whole word.
    if (f.length <= folded.length && folded.includes(f) && findAll(folded, f).length > 0) found.push({ place, typed: form });
  };
  for (const place of places) {
    if (names) look(place, place.name);
    for (const form of place.aliases) look(place, form);
  }
  return found;
}

/** The query with place names typed in another language replaced by the article's (an English name → the Indonesian one). */
export function inArticleWords(entry: LibraryEntry, query: string): string {
  let out = query;
  // Only an alias is replaced: the places' own names are not looked for at all.
  const typed = placesTyped(entry.understanding.places, query, false).sort((a, b) => b.typed.length - a.typed.length);
  for (const { place, typed: form } of typed) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(re, place.name);
  }
  return out;
}

/** Places the query names (so that an event's place is not the one the reader already typed). */
export function placesInQuery(entry: LibraryEntry, query: string): Set<Place> {
  return new Set(placesTyped(entry.understanding.places, query).map((p) => p.place));
}
