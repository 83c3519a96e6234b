// chrono-node (chrono.id / chrono.en) as a safety net for spellings of a day and month the rules do
// not know ("the 19th of June 2024"). It is not used for what it gets wrong for news: bare years,
// weekdays resolved forwards, a day without a year put in the nearest year whatever the tense (the
// year is left to resolve.ts). Only the two locales kutip speaks: the full package loads every
// language chrono knows and takes several times longer to import. Even these two cost about 45 ms
// to load, which a start-up from the cache (no article read) need not pay: they are loaded on first use.
import { createRequire } from 'node:module';
import type * as ChronoEn from 'chrono-node/en';
import type * as ChronoId from 'chrono-node/id';
import type { Found, Span } from './match.js';
import type { DateVocabulary } from './vocabulary.js';
import { execAll } from '../../text/find.js';

let parsers: { readonly en: typeof ChronoEn; readonly id: typeof ChronoId } | undefined;

function chronoOf(lang: DateVocabulary['lang']): typeof ChronoEn | typeof ChronoId {
  if (!parsers) {
    const require = createRequire(import.meta.url);
    parsers = { en: require('chrono-node/en') as typeof ChronoEn, id: require('chrono-node/id') as typeof ChronoId };
  }
  return lang === 'en' ? parsers.en : parsers.id;
}

/**
 * Day-and-month dates chrono finds in a paragraph, each with a month name written out. Where every
 * month name already stands inside a day the rules read (`days`), whatever chrono finds would
 * overlap one and be dropped: it is not asked.
 */
export function chronoFinds(text: string, v: DateVocabulary, days: readonly Span[] = []): Found[] {
  const months = v.monthName;
  if (!months.test(text)) return [];
  const inDay = (at: number, end: number): boolean => days.some((d) => d.start <= at && end <= d.end);
  if (execAll(v.monthNames, text).every((m) => inDay(m.index, m.index + m[0].length))) return [];
  const parser = chronoOf(v.lang);
  const found: Found[] = [];
  for (const r of parser.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month') || !months.test(r.text)) continue;
    const lead = /^(?:\S+\s+)?/.exec(r.text)?.[0] ?? '';
    const skip = v.words.cues.includes(lead.trim().toLowerCase()) ? lead.length : 0;
    const span = { start: r.index + skip, end: r.index + r.text.length };
    const y = r.start.isCertain('year') ? r.start.get('year')! : undefined;
    found.push({ span, short: span, strength: 0.6, value: { t: 'day', d: r.start.get('day')!, m: r.start.get('month')!, ...(y !== undefined && { y }) } });
  }
  return found;
}
