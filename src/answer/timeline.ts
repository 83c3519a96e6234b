// /timeline [about]: every dated event of the article (or of the articles about something), in the
// order of its date. Each event is the date as the article writes it and where it falls (a relative
// date already placed by its anchor when the article was read), the sentence around it in the
// article's own words, and its paragraph. A date the article gives nothing to place by comes last,
// as written. The dates are the ones extract understood (understanding.dates): nothing is read again.
// Paged: EVENTS_PER_PAGE events a page; only the events up to the page asked are ordered (top k),
// and only the page's events are put into words and cited.
import type { LibraryEntry } from '../index/library.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import type { Citation, Finding, TimelineEvent } from '../findings.js';
import type { DateMention } from '../types.js';
import { topK } from '../index/top-k.js';
import { aboutScope } from './about.js';
import { beyondTheEnd, pageNumber, pagingOf } from './page.js';

/** Events on a page: ten lines of date, ¶ and the sentence read well and fit an embed beside their excerpts. */
export const EVENTS_PER_PAGE = 10;

/** Longest event shown whole; a longer sentence is shown as the stretch of words around its date. */
const EVENT_MAX = 300;
/** Characters kept on each side of the date in a long sentence. */
const AROUND = 120;

interface Placed {
  readonly entry: LibraryEntry;
  readonly order: number;
  readonly mention: DateMention;
}

/** A word boundary at or before `at` (forward: at or after), within `text`. */
function boundary(text: string, at: number, forward: boolean): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  if (forward) {
    const next = text.slice(at).search(/\s/);
    return next < 0 ? text.length : at + next;
  }
  const before = text.slice(0, at).search(/\s\S*$/);
  return before < 0 ? 0 : before + 1;
}

/** The sentence of the date, or the stretch of it around the date when it is long: verbatim. */
export function eventAround(entry: LibraryEntry, mention: DateMention): Pick<TimelineEvent, 'event' | 'cut'> {
  const paragraph = entry.article.paragraphs[mention.paragraph - 1];
  if (!paragraph) return { event: mention.text };
  const sentence = paragraph.sentences.find((s) => mention.offset >= s.start && mention.offset < s.end);
  const [from, to] = sentence ? [sentence.start, sentence.end] : [0, paragraph.text.length];
  if (to - from <= EVENT_MAX) return { event: paragraph.text.slice(from, to).trim() };
  const text = paragraph.text;
  const start = Math.max(from, boundary(text, mention.offset - AROUND, false));
  const end = Math.min(to, boundary(text, mention.offset + mention.text.length + AROUND, true));
  const event = text.slice(start, end).trim();
  return { event, cut: { before: start > from, after: end < to } };
}

/** Where a mention falls: its start (undefined: not placed), then its end. */
const startOf = (m: DateMention): string | undefined => (m as { start?: string }).start;

function compare(a: Placed, b: Placed): number {
  const sa = startOf(a.mention);
  const sb = startOf(b.mention);
  if (sa === undefined || sb === undefined) return (sa === undefined ? 1 : 0) - (sb === undefined ? 1 : 0) || a.order - b.order;
  if (sa !== sb) return sa < sb ? -1 : 1;
  // The same start: a day before the month or year that holds it; then as the articles tell them.
  const ea = a.mention.end ?? sa;
  const eb = b.mention.end ?? sb;
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.order - b.order;
}

export function answerTimeline(scope: Scope, query: Query): Finding {
  const base = { command: 'timeline', query: query.text } as const;
  const about = aboutScope(scope, query);
  const placed: Placed[] = [];
  for (const entry of about.entries) {
    for (const mention of entry.understanding.dates) placed.push({ entry, order: placed.length, mention });
  }
  if (placed.length === 0) {
    return { ...base, found: false, citations: [], said: { kind: 'no-dates', ...(query.text !== '' && { about: query.text }) } };
  }
  const page = pageNumber(query);
  const shown = topK(placed, page * EVENTS_PER_PAGE, compare).slice((page - 1) * EVENTS_PER_PAGE);
  const paging = pagingOf(placed.length, EVENTS_PER_PAGE, page, 'events', shown.length);
  if (shown.length === 0) return beyondTheEnd('timeline', query, paging);
  const multi = about.entries.length > 1;
  const events: TimelineEvent[] = shown.map(({ entry, mention }) => {
    const start = startOf(mention);
    return {
      date: { text: mention.text, ...(start !== undefined && { start }), ...(mention.end !== undefined && { end: mention.end }) } as TimelineEvent['date'],
      ref: { article: entry.article.id, paragraph: mention.paragraph },
      ...eventAround(entry, mention),
    };
  });
  return { ...base, found: true, citations: citationsOf(shown), said: { kind: 'timeline', events, multi }, paging };
}

/** One citation per paragraph, in the order of its first event, its dates in bold. */
function citationsOf(placed: readonly Placed[]): Citation[] {
  const byParagraph = new Map<string, { citation: Citation; highlights: string[] }>();
  for (const { entry, mention } of placed) {
    const key = `${entry.article.id}\u0000${mention.paragraph}`;
    const excerpt = entry.article.paragraphs[mention.paragraph - 1]?.text;
    if (excerpt === undefined) continue;
    const seen = byParagraph.get(key);
    if (seen) {
      if (!seen.highlights.includes(mention.text)) seen.highlights.push(mention.text);
      continue;
    }
    const highlights = excerpt.includes(mention.text) ? [mention.text] : [];
    byParagraph.set(key, { citation: { article: entry.article.id, paragraph: mention.paragraph, excerpt }, highlights });
  }
  return [...byParagraph.values()].map(({ citation, highlights }) => ({ ...citation, highlights: highlights.filter((h) => citation.excerpt.includes(h)) }));
}
