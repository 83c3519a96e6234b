// /when <event>: the date of the passage that tells of the event.
//
// The passage is the best search hit (search.ts, with its relevance floor). Its date is the date
// mention of that paragraph nearest the words that matched, one in the best sentence first; a
// hit just behind it (within a small score margin) may give the date when the best one has none.
// The answer shows the date as written and resolved ("Selasa, 3 Maret 2020 (2020-03-03)"), or as
// written alone, saying it cannot be placed on the calendar, when the article gives no date to count
// from ("on Monday" in an undated article); `value` is the date as written; the first citation is the paragraph, with the date and the matched words
// highlighted.
// When the passage gives no date, the answer is found:false and says so; it names the nearest date
// stated before the passage, clearly labelled as not stated for the event — a reader may want it,
// but the bot does not pass it off as the answer.
import type { LibraryEntry } from '../index/library.js';
import { queryTerms, termsOf } from '../text/terms.js';
import { matchTerms, searchPassages, type SearchHit } from '../index/search.js';
import { knownNameWords } from './question.js';
import { formatDate } from '../render/dates.js';
import type { Answer, Citation, DateMention } from '../types.js';
import type { Locale } from './messages.js';

const frames = {
  en: {
    empty: 'Type an event, for example: /when treaty signed',
    none: (q: string) => `The article says nothing about “${q}”.`,
    undated: (where: string) => `The passage that tells of it (${where}) gives no date.`,
    nearest: (date: string, where: string) => ` The nearest date stated before it is ${date} (${where}); the article does not say it is the date of this event.`,
    unplaced: '. The article gives no date to count from, so this cannot be placed on the calendar.',
  },
  id: {
    empty: 'Ketik peristiwanya, misalnya: /when perjanjian ditandatangani',
    none: (q: string) => `Artikel tidak menyebut apa pun tentang “${q}”.`,
    undated: (where: string) => `Paragraf yang menceritakannya (${where}) tidak menyebut tanggal.`,
    nearest: (date: string, where: string) => ` Tanggal terdekat yang disebut sebelumnya adalah ${date} (${where}); artikel tidak menyatakan itu tanggal peristiwa ini.`,
    unplaced: '. Artikel tidak menyebut tanggal acuan, jadi tanggal ini tidak dapat ditempatkan di kalender.',
  },
} as const;

/** How far behind the best hit another hit may be and still give the date. */
const SCORE_MARGIN = 0.1;

/** The entry's dates, as extract found them. */
const datesOf = (entry: LibraryEntry): readonly DateMention[] => entry.understanding.dates;

/** Offsets in the paragraph of the hit's highlighted words. */
function highlightSpans(text: string, highlights: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const h of highlights) {
    if (h === '') continue;
    for (let at = text.indexOf(h); at >= 0; at = text.indexOf(h, at + 1)) spans.push({ start: at, end: at + h.length });
  }
  return spans;
}

const specificity: Record<DateMention['kind'], number> = {
  absolute: 0, weekday: 1, relative: 2, range: 2, month: 3, year: 4, century: 5,
};

/** The date of a hit's paragraph nearest its matched words (in its best sentence first), or undefined. */
function dateOfHit(entry: LibraryEntry, hit: SearchHit): DateMention | undefined {
  const paragraph = entry.article.paragraphs[hit.paragraph - 1];
  if (!paragraph) return undefined;
  const dates = datesOf(entry).filter((d) => d.paragraph === hit.paragraph);
  if (dates.length === 0) return undefined;
  const sentence = hit.sentence !== undefined ? paragraph.sentences[hit.sentence] : undefined;
  const spans = highlightSpans(paragraph.text, hit.highlights).filter((s) => !dates.some((d) => s.start >= d.offset && s.end <= d.offset + d.text.length));
  const cost = (d: DateMention): number => {
    const end = d.offset + d.text.length;
    const distance = spans.length === 0 ? d.offset : Math.min(...spans.map((s) => (s.end <= d.offset ? d.offset - s.end : s.start >= end ? s.start - end : 0)));
    const outside = sentence && !(d.offset >= sentence.start && d.offset < sentence.end) ? 10_000 : 0;
    // The dateline's day is the report's: another date of the sentence tells the event's.
    const dateline = d.dateline ? 1_000 : 0;
    return outside + dateline + distance + specificity[d.kind];
  };
  return [...dates].sort((a, b) => cost(a) - cost(b))[0];
}

function citation(entry: LibraryEntry, paragraph: number, highlights: readonly string[]): Citation {
  const excerpt = entry.article.paragraphs[paragraph - 1]?.text ?? '';
  return { article: entry.article.id, paragraph, excerpt, highlights: [...new Set(highlights.filter((h) => h !== '' && excerpt.includes(h)))] };
}

export function answerWhen(entries: readonly LibraryEntry[], query: string, locale: Locale = 'en'): Answer {
  const f = frames[locale];
  const base = { command: 'when', query } as const;
  if (query.trim() === '') return { ...base, found: false, answer: f.empty, citations: [] };
  const entryOf = (hit: SearchHit): LibraryEntry | undefined => entries.find((e) => e.article.id === hit.article);
  // The event's own words, past the names: "Kim lahir" asks about a birth, and a passage that
  // only names Kim does not say when he was born.
  const eventTerms = queryTerms(query).filter((t) => !entries.some((e) => knownNameWords(e).has(t)));
  const needed = Math.ceil(0.75 * eventTerms.length);
  const tellsEvent = (hit: SearchHit): boolean =>
    needed === 0 || matchTerms(eventTerms, termsOf(entryOf(hit)?.article.paragraphs[hit.paragraph - 1]?.text ?? '')).matched >= needed;
  const hits = searchPassages(entries, query, { limit: 5 }).filter(tellsEvent);
  const best = hits[0];
  if (!best) return { ...base, found: false, answer: f.none(query.trim().slice(0, 100)), citations: [] };
  const multi = entries.length > 1;
  const where = (article: string, paragraph: number): string => `${multi ? `${article} ` : ''}¶${paragraph}`;

  for (const hit of hits.filter((h) => h.score <= best.score + SCORE_MARGIN)) {
    const entry = entryOf(hit);
    const date = entry && dateOfHit(entry, hit);
    if (!entry || !date) continue;
    const citations = [citation(entry, hit.paragraph, [date.text, ...hit.highlights])];
    if (hit !== best) {
      const bestEntry = entryOf(best);
      if (bestEntry) citations.push(citation(bestEntry, best.paragraph, best.highlights));
    }
    return {
      ...base,
      found: true,
      // A date the article gives nothing to place by ("on Monday", undated) is shown as written, and said so.
      answer: `${formatDate(date)} — ${where(hit.article, hit.paragraph)}${date.start === undefined ? f.unplaced : ''}`,
      value: date.text,
      citations,
    };
  }

  // The passage gives no date: say so, and name the nearest stated date before it, labelled.
  const entry = entryOf(best)!;
  const before = datesOf(entry)
    .filter((d) => d.paragraph < best.paragraph && d.kind === 'absolute' && d.start !== undefined)
    .pop();
  const citations = [citation(entry, best.paragraph, best.highlights)];
  let answer = f.undated(where(best.article, best.paragraph));
  if (before) {
    answer += f.nearest(formatDate(before), where(entry.article.id, before.paragraph));
    citations.push(citation(entry, before.paragraph, [before.text]));
  }
  return { ...base, found: false, answer, citations };
}
