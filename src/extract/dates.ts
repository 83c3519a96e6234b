// extract: Article → DateMention[]. Every date expression of an article, as written and resolved
// to an ISO day or range.
//
// Rules, per language table (months, weekdays, dateWords), find: full dates with or without a day
// name ("Selasa, 3 Maret 2020", "March 3, 2020"), numeric dates ("Kamis (12/3)",
// "Senin (09/03/2020)", "pada 1/7"), day ranges ("20-29 September"), months and month ranges
// ("bulan Juli", "Maret - Juli 2019"), years, year ranges and decades ("tahun 2008", "1602-1799",
// "1880-an"), centuries ("abad ke-20", "abad lalu"), relative expressions ("kemarin", "pekan ini",
// "tahun lalu", "dua tahun lalu", "last week") and lone day names ("Jumat", "nanti hari Rabu").
// chrono-node (chrono.id / chrono.en) is a safety net for day-and-month forms the rules do not know;
// it is not used for what it gets wrong for news (bare years, weekdays resolved forwards, a day
// without a year resolved to the nearest year whatever the tense).
//
// Resolution. The reference of a mention is the nearest stated single-day date before it in the
// article (a date the article states, with or without its year), else `meta.publishedAt`.
// - A lone day name is the most recent such day on or before the reference; with a past marker
//   ("Jumat lalu", "last Friday") strictly before it; with a future marker ("nanti hari Rabu",
//   "Rabu depan") the next such day after the later of the reference and the publication date —
//   a future said in a news story is the future of the day it was reported.
// - A day and month without a year take the year that puts it nearest the reference, a date after
//   the reference counting three times its distance (news mostly reports what has happened); a day
//   name written with it ("Kamis (24/8)") picks the year in which that day is that weekday.
// - A month without a year is that month of the reference year, or of the year before if it would
//   come after the reference ("bulan Juli" in November → July of that year).
// - Markers ("lalu", "kemarin" after a date; "last"/"next" before) steer the resolution but are not
//   part of the text, so `text` stays the date itself ("7 Februari" in "7 Februari lalu").
// - Vague expressions ("beberapa waktu lalu", "baru-baru ini") are not dates and are not returned.
// Only the two locales kutip speaks: the full package loads every language chrono knows and
// takes several times longer to import, which start-up pays.
import * as chronoEn from 'chrono-node/en';
import * as chronoId from 'chrono-node/id';
import { tables } from '../lang/index.js';
import type { DateUnit, DateWords, LanguageTable } from '../lang/tables.js';
import type { Article, DateMention, Language } from '../types.js';

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on plain UTC days.

export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const dayMs = 86_400_000;

function toTime(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromTime(t: number): Day {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function addDays(day: Day, n: number): Day {
  return fromTime(toTime(day) + n * dayMs);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday, 1 Monday … 7 Sunday. */
function isoWeekday(day: Day): number {
  const w = new Date(toTime(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

function diffDays(a: Day, b: Day): number {
  return Math.round((toTime(a) - toTime(b)) / dayMs);
}

export function isoOf(day: Day): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
}

/** The day of an ISO date or date-time ("2020-03-03", "2020-03-03T08:00:00+07:00"), or undefined. */
export function parseIsoDay(iso: string | undefined): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return validDay(day.y, day.m, day.d);
}

function validDay(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

function monthRange(y: number, m: number): { start: Day; end: Day } {
  return { start: { y, m, d: 1 }, end: { y, m, d: daysInMonth(y, m) } };
}

function yearRange(y: number, y2 = y): { start: Day; end: Day } {
  return { start: { y, m: 1, d: 1 }, end: { y: y2, m: 12, d: 31 } };
}

function centuryRange(n: number): { start: Day; end: Day } {
  return yearRange((n - 1) * 100 + 1, n * 100);
}

function centuryOf(y: number): number {
  return Math.floor((y - 1) / 100) + 1;
}

/** Monday of the ISO week of `day`. */
function mondayOf(day: Day): Day {
  return addDays(day, 1 - isoWeekday(day));
}

// ---------------------------------------------------------------------------------------------
// Patterns built from a language table.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (words: readonly string[]): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');

const emptyDateWords: DateWords = {
  dayWords: [], monthWords: [], yearWords: [], centuryWords: [], cues: [], qualifiers: [], rangeWords: [],
  past: [], future: [], relative: {}, units: {}, numbers: {}, quantifiers: [], quantityWords: [], notYearBefore: [],
};

interface Patterns {
  readonly table: LanguageTable;
  readonly words: DateWords;
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly rules: readonly Rule[];
}

interface Resolution {
  readonly start: Day;
  readonly end?: Day;
  readonly kind: DateMention['kind'];
}

interface Context {
  /** Nearest stated day before the mention, else the publication day. */
  readonly ref: Day;
  readonly published?: Day;
  readonly past: boolean;
  readonly future: boolean;
}

interface Candidate {
  /** Text span of the mention within the paragraph. */
  readonly start: number;
  readonly end: number;
  /** Span it occupies, markers included (so "kemarin" in "Kamis (28/7) kemarin" is not a second date). */
  readonly claimStart: number;
  readonly claimEnd: number;
  readonly resolve: (ctx: Context) => Resolution | undefined;
  /** A stated single day: later mentions resolve against it. */
  readonly anchor: boolean;
  /** Marker words next to it. */
  past: boolean;
  future: boolean;
}

type Groups = Readonly<Record<string, string | undefined>>;

interface Rule {
  readonly name: string;
  readonly re: RegExp;
  /** Build a candidate from a match, or reject it. */
  readonly build: (g: Groups, m: RegExpExecArray, text: string, p: Patterns) => Omit<Candidate, 'past' | 'future' | 'claimStart' | 'claimEnd'> | undefined;
}

/** Month names written in full (the longest name of a month, or five letters and more). */
function fullMonthNames(months: Readonly<Record<string, number>>): string[] {
  const longest = new Map<number, string>();
  for (const [name, n] of Object.entries(months)) if (name.length > (longest.get(n)?.length ?? 0)) longest.set(n, name);
  return Object.keys(months).filter((name) => name.length >= 5 || longest.get(months[name]!) === name);
}

const capitalised = (s: string | undefined): boolean => s !== undefined && /^\p{Lu}/u.test(s);

function lower(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/\s+/g, ' ');
}

function wordBefore(text: string, index: number): string {
  const m = /([\p{L}\p{N}$£€/-]+)[\s,]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return (m?.[1] ?? '').toLowerCase();
}

function wordAfter(text: string, index: number): string {
  const m = /^\s*([\p{L}\p{N}%]+)/u.exec(text.slice(index, index + 40));
  return (m?.[1] ?? '').toLowerCase();
}

function twoDigitYear(y: number, ref: Day): number {
  if (y >= 100) return y;
  const century = Math.floor(ref.y / 100) * 100;
  return century + y > ref.y + 10 ? century - 100 + y : century + y;
}

/** The year for a day and month written without one. */
function yearFor(d: number, m: number, ctx: Context, weekday?: number): Day | undefined {
  let options = [ctx.ref.y - 1, ctx.ref.y, ctx.ref.y + 1]
    .map((y) => validDay(y, m, d))
    .filter((x): x is Day => x !== undefined);
  if (weekday !== undefined) {
    const same = options.filter((o) => isoWeekday(o) === weekday);
    if (same.length > 0) options = same;
  }
  if (ctx.past) options = options.filter((o) => diffDays(o, ctx.ref) <= 0);
  else if (ctx.future) options = options.filter((o) => diffDays(o, ctx.ref) >= 0);
  const cost = (o: Day): number => {
    const delta = diffDays(o, ctx.ref);
    return delta <= 0 ? -delta : 3 * delta;
  };
  return options.sort((a, b) => cost(a) - cost(b))[0];
}

function single(day: Day | undefined, kind: DateMention['kind'] = 'absolute'): Resolution | undefined {
  return day ? { start: day, kind } : undefined;
}

function romanToInt(s: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!.toUpperCase()];
    const next = values[s[i + 1]?.toUpperCase() ?? ''] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  return total;
}

function relativeResolution(unit: DateUnit, offset: number, ref: Day): Resolution {
  switch (unit) {
    case 'day':
      return { start: addDays(ref, offset), kind: 'relative' };
    case 'week': {
      const monday = addDays(mondayOf(ref), 7 * offset);
      return { start: monday, end: addDays(monday, 6), kind: 'relative' };
    }
    case 'weekend': {
      const saturday = addDays(mondayOf(ref), 7 * offset + 5);
      return { start: saturday, end: addDays(saturday, 1), kind: 'relative' };
    }
    case 'month': {
      const { y, m } = addMonths(ref.y, ref.m, offset);
      return { ...monthRange(y, m), kind: 'relative' };
    }
    case 'year':
      return { ...yearRange(ref.y + offset), kind: 'relative' };
    case 'century':
      return { ...centuryRange(centuryOf(ref.y) + offset), kind: 'century' };
  }
}

function buildPatterns(lang: Language): Patterns {
  const table = tables[lang];
  const words = table.dateWords ?? emptyDateWords;
  const months = new Map(Object.entries(table.months));
  const weekdays = new Map(Object.entries(table.weekdays));
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const fullMonths = fullMonthNames(table.months);
  const MF = `(?:${alt(fullMonths)})`;
  // An abbreviation may carry its dot ("Agu."); a full name never takes the sentence's full stop.
  const M = `(?:${MF}|(?:${alt(Object.keys(table.months).filter((k) => !fullMonths.includes(k)))})\\.?)`;
  const W = `(?:${alt(Object.keys(table.weekdays))})`;
  const DW = words.dayWords.length > 0 ? `(?:${alt(words.dayWords)})` : '(?!)';
  const MW = words.monthWords.length > 0 ? `(?:${alt(words.monthWords)})` : '(?!)';
  const YW = words.yearWords.length > 0 ? `(?:${alt(words.yearWords)})` : '(?!)';
  const CW = words.centuryWords.length > 0 ? `(?:${alt(words.centuryWords)})` : '(?!)';
  const Q = words.qualifiers.length > 0 ? `(?:${alt(words.qualifiers)})` : '(?!)';
  const CUE = words.cues.length > 0 ? `(?:${alt(words.cues)})` : '(?!)';
  const RW = `(?:[-–—]|${words.rangeWords.length > 0 ? alt(words.rangeWords) : '(?!)'})`;
  const UNIT = Object.keys(words.units).length > 0 ? `(?:${alt(Object.keys(words.units))})` : '(?!)';
  const NUM = `(?:\\d{1,3}|${Object.keys(words.numbers).length > 0 ? alt(Object.keys(words.numbers)) : '(?!)'})`;
  const PAST = words.past.length > 0 ? `(?:${alt(words.past)})` : '(?!)';
  const D = '(?:3[01]|[12]\\d|0?[1-9])';
  const Y = '\\d{4}';
  const yearPhrases = Object.entries(words.relative).filter(([, r]) => r.unit === 'year').map(([k]) => k);
  const RELYEAR = yearPhrases.length > 0 ? `(?:${alt(yearPhrases)})` : '(?!)';
  const re = (source: string): RegExp => new RegExp(`${B}${source}${E}`, 'giu');
  const monthNo = (s: string | undefined): number => table.months[lower(s).replace(/\.$/, '')] ?? 0;
  const weekdayNo = (s: string | undefined): number | undefined => (s === undefined ? undefined : table.weekdays[lower(s)]);
  const span = (m: RegExpExecArray, from?: string): { start: number; end: number } => {
    // Start at the named group `from` when given (cue words before it are not part of the text).
    const start = from !== undefined ? m.index + m[0].indexOf(from) : m.index;
    return { start, end: m.index + m[0].length };
  };
  const monthOk = (s: string | undefined): boolean => capitalised(s) && monthNo(s) > 0;
  const weekdayOk = (s: string | undefined): boolean => s === undefined || capitalised(s);
  // Days d to d2 of one month, the month written before or after them.
  const dayRange: Rule['build'] = (g, m) => {
    if (!monthOk(g.m) || Number(g.d2) <= Number(g.d)) return undefined;
    return {
      ...span(m), anchor: false,
      resolve: (ctx) => {
        const end = g.y ? validDay(Number(g.y), monthNo(g.m), Number(g.d2)) : yearFor(Number(g.d2), monthNo(g.m), ctx);
        const start = end && validDay(end.y, end.m, Number(g.d));
        return start && end ? { start, end, kind: 'range' } : undefined;
      },
    };
  };

  const rules: Rule[] = [
    {
      // "30 April - 2 Mei 2020", "30 April to 2 May"
      name: 'day-range-cross-month',
      re: re(`(?<d>${D})\\s+(?<m>${M})(?:\\s+(?<y>${Y}))?\\s*${RW}\\s*(?<d2>${D})\\s+(?<m2>${M})(?:,?\\s+(?<y2>${Y}))?`),
      build: (g, m) => {
        if (!monthOk(g.m) || !monthOk(g.m2)) return undefined;
        return {
          ...span(m), anchor: false,
          resolve: (ctx) => {
            const end = g.y2 ? validDay(Number(g.y2), monthNo(g.m2), Number(g.d2)) : yearFor(Number(g.d2), monthNo(g.m2), ctx);
            if (!end) return undefined;
            const y = g.y ? Number(g.y) : monthNo(g.m) <= end.m ? end.y : end.y - 1;
            const start = validDay(y, monthNo(g.m), Number(g.d));
            return start && diffDays(end, start) > 0 ? { start, end, kind: 'range' } : undefined;
          },
        };
      },
    },
    {
      // "20-29 September", "6-14 Juli 2011"
      name: 'day-range',
      re: re(`(?<d>${D})\\s*[-–]\\s*(?<d2>${D})\\s+(?<m>${M})(?:,?\\s+(?<y>${Y}))?`),
      build: dayRange,
    },
    {
      // "March 3-5, 2020"
      name: 'day-range-month-first',
      re: re(`(?<m>${M})\\s+(?<d>${D})\\s*[-–]\\s*(?<d2>${D})(?:,?\\s+(?<y>${Y}))?`),
      build: dayRange,
    },
    {
      // "Selasa, 3 Maret 2020", "Rabu tanggal 4 Maret 2020", "tanggal 12 Mei 1998", "9 Juli", "3 March 2020"
      name: 'day-month-year',
      re: re(`(?:(?<wd>${W})\\s*,?\\s+)?(?:(?<dw>${DW})\\s+)?(?<d>${D})\\s+(?<m>${M})(?:,?\\s+(?<y>${Y})|\\s+(?<rel>${RELYEAR}))?`),
      build: (g, m) => {
        if (!monthOk(g.m) || !weekdayOk(g.wd)) return undefined;
        // "5 Agustus tahun lalu": the year is the relative one.
        const rel = g.rel !== undefined ? words.relative[lower(g.rel)] : undefined;
        if (rel) {
          return { ...span(m), anchor: true, resolve: (ctx) => single(validDay(ctx.ref.y + rel.offset, monthNo(g.m), Number(g.d))) };
        }
        // An abbreviation alone ("5 Mar") needs its year to be a date.
        if (!g.y && !fullMonths.includes(lower(g.m).replace(/\.$/, ''))) return undefined;
        return {
          ...span(m), anchor: true,
          resolve: (ctx) => single(g.y ? validDay(Number(g.y), monthNo(g.m), Number(g.d)) : yearFor(Number(g.d), monthNo(g.m), ctx, weekdayNo(g.wd))),
        };
      },
    },
    {
      // "March 3, 2020", "Tuesday, March 3", "March 3rd"
      name: 'month-day-year',
      re: re(`(?:(?<wd>${W})\\s*,?\\s+)?(?<m>${M})\\s+(?<d>${D})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<y>${Y}))?`),
      build: (g, m, text) => {
        if (!monthOk(g.m) || !weekdayOk(g.wd)) return undefined;
        // "Juli 5 orang" is not a date: a day after the month must not be a quantity.
        if (!g.y && (words.quantityWords.includes(wordAfter(text, m.index + m[0].length)) || lang === 'id')) return undefined;
        return {
          ...span(m), anchor: true,
          resolve: (ctx) => single(g.y ? validDay(Number(g.y), monthNo(g.m), Number(g.d)) : yearFor(Number(g.d), monthNo(g.m), ctx, weekdayNo(g.wd))),
        };
      },
    },
    {
      // "Kamis (12/3)", "Senin (09/03/2020)", "(3/ 3)"
      name: 'numeric-in-brackets',
      re: re(`(?:(?<wd>${W})\\s*)?\\(\\s*(?<a>\\d{1,2})\\s*/\\s*(?<b>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}|\\d{2}))?\\s*\\)`),
      build: (g, m) => {
        if (!weekdayOk(g.wd)) return undefined;
        const [d, mo] = lang === 'en' && Number(g.b) > 12 ? [Number(g.b), Number(g.a)] : [Number(g.a), Number(g.b)];
        if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
        // Without a day name the text is the date inside the brackets.
        const { start, end } = g.wd ? span(m) : { start: m.index + m[0].indexOf(g.a!), end: m.index + m[0].lastIndexOf(g.y ?? g.b!) + (g.y ?? g.b!).length };
        return {
          start, end, anchor: true,
          resolve: (ctx) => single(g.y ? validDay(twoDigitYear(Number(g.y), ctx.ref), mo, d) : yearFor(d, mo, ctx, weekdayNo(g.wd))),
        };
      },
    },
    {
      // "09/03/2020", "Senin, 09-03-2020"
      name: 'numeric-with-year',
      re: re(`(?:(?<wd>${W})\\s*,?\\s*)?(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})`),
      build: (g, m) => {
        if (!weekdayOk(g.wd)) return undefined;
        const [d, mo] = lang === 'en' && Number(g.a) <= 12 && Number(g.b) > 12 ? [Number(g.b), Number(g.a)] : [Number(g.a), Number(g.b)];
        return { ...span(m), anchor: true, resolve: () => single(validDay(Number(g.y), mo, d)) };
      },
    },
    {
      // "2020-03-03"
      name: 'iso',
      re: re(`(?<y>\\d{4})-(?<b>\\d{2})-(?<a>\\d{2})`),
      build: (g, m) => ({ ...span(m), anchor: true, resolve: () => single(validDay(Number(g.y), Number(g.b), Number(g.a))) }),
    },
    {
      // "pada 1/6", "sejak 17/8", "Jumat 9/9": a bare day/month needs a cue word or a day name before it.
      name: 'numeric-after-cue',
      re: re(`(?:(?<wd>${W})|${CUE}|${DW})\\s+(?<a>\\d{1,2})\\s*/\\s*(?<b>\\d{1,2})(?![\\d/])`),
      build: (g, m) => {
        if (!weekdayOk(g.wd)) return undefined;
        const [d, mo] = lang === 'en' && Number(g.b) > 12 ? [Number(g.b), Number(g.a)] : [Number(g.a), Number(g.b)];
        if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
        return { ...span(m, g.wd ?? g.a), anchor: true, resolve: (ctx) => single(yearFor(d, mo, ctx, weekdayNo(g.wd))) };
      },
    },
    {
      // "Maret - Juli 2019", "Maret hingga Juli 2019", "March to July 2019", "Desember 2018 - Maret 2019"
      name: 'month-range',
      re: re(`(?:(?<mw>${MW})\\s+)?(?<m>${MF})(?:\\s+(?<y>${Y}))?\\s*${RW}\\s*(?:${MW}\\s+)?(?<m2>${MF})\\s+(?<y2>${Y})`),
      build: (g, m) => {
        if (!monthOk(g.m) || !monthOk(g.m2)) return undefined;
        return {
          ...span(m), anchor: false,
          resolve: () => {
            const y2 = Number(g.y2);
            const y = g.y ? Number(g.y) : monthNo(g.m) <= monthNo(g.m2) ? y2 : y2 - 1;
            const start = monthRange(y, monthNo(g.m)).start;
            const end = monthRange(y2, monthNo(g.m2)).end;
            return diffDays(end, start) > 0 ? { start, end, kind: 'range' } : undefined;
          },
        };
      },
    },
    {
      // "bulan Juli", "Juli 1999", "Oktober 2012", "in July", "awal Februari"
      name: 'month',
      re: re(`(?:(?<q>${Q})\\s+)?(?:(?<mw>${MW})\\s+)?(?<m>${MF})(?:\\s+(?:${YW}\\s+)?(?<y>${Y}))?`),
      build: (g, m, text) => {
        if (!monthOk(g.m)) return undefined;
        if (!g.y && !g.mw && !g.q) {
          // A month name alone is a date only after a cue ("pada Juli", "in July") or before a marker ("Juli lalu").
          const before = wordBefore(text, m.index);
          const after = wordAfter(text, m.index + m[0].length);
          const cue = words.cues.includes(before) || words.past.includes(before) || words.future.includes(before) || before === 'this';
          if (!cue && !words.past.includes(after) && !words.future.includes(after)) return undefined;
        }
        return {
          ...span(m), anchor: false,
          resolve: (ctx) => {
            const mo = monthNo(g.m);
            if (g.y) return { ...monthRange(Number(g.y), mo), kind: 'month' };
            let y = ctx.ref.y;
            if (ctx.future) y = mo > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
            else if (ctx.past) y = mo < ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1;
            else if (mo > ctx.ref.m) y = ctx.ref.y - 1;
            return { ...monthRange(y, mo), kind: 'month' };
          },
        };
      },
    },
    {
      // "1602-1799", "tahun 1981-1985", "2011-14"
      name: 'year-range',
      re: re(`(?:(?<yw>${YW})\\s+)?(?<y>\\d{4})\\s*[-–]\\s*(?<y2>\\d{4}|\\d{2})`),
      build: (g, m) => {
        const y = Number(g.y);
        const y2 = g.y2!.length === 2 ? Math.floor(y / 100) * 100 + Number(g.y2) : Number(g.y2);
        if (y2 <= y || y2 - y > 200 || y < 1000) return undefined;
        return { ...span(m), anchor: false, resolve: () => ({ ...yearRange(y, y2), kind: 'range' }) };
      },
    },
    {
      // "1880-an", "tahun 1880-an", "1880s", "the 1880s"
      name: 'decade',
      re: re(`(?:(?<yw>${YW})\\s+)?(?<y>\\d{3}0)(?:-an|an|['’]?s)`),
      build: (g, m) => ({ ...span(m), anchor: false, resolve: () => ({ ...yearRange(Number(g.y), Number(g.y) + 9), kind: 'range' }) }),
    },
    {
      // "tahun 2008", "akhir 2012", "pada 1983", "2021", "tahun 880"
      name: 'year',
      re: re(`(?:(?<q>${Q})\\s+)?(?:(?<yw>${YW})\\s+)?(?<y>\\d{4}|(?<=${YW}\\s+)\\d{3})(?![.,]\\d)`),
      build: (g, m, text) => {
        const y = Number(g.y);
        const before = wordBefore(text, m.index);
        const after = wordAfter(text, m.index + m[0].length);
        if (words.quantityWords.includes(after) || words.notYearBefore.includes(before)) return undefined;
        if (/[\d.,]$/.test(text.slice(0, m.index).trimEnd()) && !/[).,]$/.test(text.slice(0, m.index))) return undefined;
        if (/^[.,]?\d|^\s*%/.test(text.slice(m.index + m[0].length))) return undefined;
        const cued = g.yw !== undefined || g.q !== undefined || words.cues.includes(before) || text[m.index - 1] === '(';
        if (!cued && (y < 1900 || y > 2099)) return undefined;
        if (y < 100) return undefined;
        return { ...span(m), anchor: false, resolve: () => ({ ...yearRange(y), kind: 'year' }) };
      },
    },
    {
      // "abad ke-20", "abad 21", "abad XX"
      name: 'century-number-after',
      re: re(`(?<cw>${CW})\\s+(?:ke\\s*-?\\s*)?(?<n>\\d{1,2}|[IVXL]{1,6})`),
      build: (g, m) => {
        const n = /^\d/.test(g.n!) ? Number(g.n) : romanToInt(g.n!);
        if (n === undefined || n < 1 || n > 30) return undefined;
        return { ...span(m), anchor: false, resolve: () => ({ ...centuryRange(n), kind: 'century' }) };
      },
    },
    {
      // "20th century", "the 21st century"
      name: 'century-number-before',
      re: re(`(?<n>\\d{1,2})(?:st|nd|rd|th)[-\\s]+(?<cw>${CW})`),
      build: (g, m) => ({ ...span(m), anchor: false, resolve: () => ({ ...centuryRange(Number(g.n)), kind: 'century' }) }),
    },
    {
      // "dua tahun lalu", "3 hari yang lalu", "two years ago"
      name: 'units-ago',
      re: re(`(?<n>${NUM})\\s+(?<u>${UNIT})\\s+(?<p>${PAST})`),
      build: (g, m) => {
        const n = /^\d/.test(g.n!) ? Number(g.n) : words.numbers[lower(g.n)];
        const unit = words.units[lower(g.u)];
        if (n === undefined || unit === undefined || !words.past.includes(lower(g.p))) return undefined;
        return {
          ...span(m), anchor: false,
          resolve: (ctx) => {
            if (unit === 'day') return { start: addDays(ctx.ref, -n), kind: 'relative' };
            if (unit === 'week' || unit === 'weekend') return relativeResolution('week', -n, ctx.ref);
            return relativeResolution(unit, -n, ctx.ref);
          },
        };
      },
    },
    {
      // "kemarin", "pekan ini", "tahun lalu", "abad lalu", "last week", "yesterday"
      name: 'relative',
      re: re(`(?<r>${Object.keys(words.relative).length > 0 ? alt(Object.keys(words.relative)) : '(?!)'})`),
      build: (g, m, text) => {
        const rel = words.relative[lower(g.r)];
        if (!rel) return undefined;
        // "Seribu tahun lalu", "beberapa tahun lalu": a number before it makes it another (or a vague) span.
        const before = wordBefore(text, m.index);
        if (/^\d/.test(before) || words.numbers[before] !== undefined || words.quantifiers.includes(before)) return undefined;
        return { ...span(m), anchor: false, resolve: (ctx) => relativeResolution(rel.unit, rel.offset, ctx.ref) };
      },
    },
    {
      // "Jumat", "hari Rabu", "on Friday"
      name: 'weekday',
      re: re(`(?:(?<dw>${DW})\\s+)?(?<wd>${W})`),
      build: (g, m) => {
        if (!capitalised(g.wd)) return undefined;
        const wd = weekdayNo(g.wd)!;
        return {
          ...span(m), anchor: false,
          resolve: (ctx) => {
            if (ctx.future) {
              const base = ctx.published && diffDays(ctx.published, ctx.ref) > 0 ? ctx.published : ctx.ref;
              return { start: addDays(base, ((wd - isoWeekday(base) + 6) % 7) + 1), kind: 'weekday' };
            }
            const back = (isoWeekday(ctx.ref) - wd + 7) % 7;
            return { start: addDays(ctx.ref, ctx.past && back === 0 ? -7 : -back), kind: 'weekday' };
          },
        };
      },
    },
  ];
  return { table, words, months, weekdays, rules };
}

const patternCache = new Map<Language, Patterns>();

function patternsFor(lang: Language): Patterns {
  let p = patternCache.get(lang);
  if (!p) {
    p = buildPatterns(lang);
    patternCache.set(lang, p);
  }
  return p;
}

const markerCache = new Map<readonly string[], { after: RegExp; before: RegExp } | undefined>();

/** The marker-word patterns of a list, compiled once. */
function markerPatterns(list: readonly string[]): { after: RegExp; before: RegExp } | undefined {
  if (!markerCache.has(list)) {
    markerCache.set(
      list,
      list.length === 0
        ? undefined
        : { after: new RegExp(`^\\s+(?:${alt(list)})(?![\\p{L}\\p{N}])`, 'iu'), before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(list)})\\s+$`, 'iu') },
    );
  }
  return markerCache.get(list);
}

/** Past and future marker words right after (or, in English, right before) a span; they join its claim. */
function markers(text: string, start: number, end: number, words: DateWords): Pick<Candidate, 'past' | 'future' | 'claimStart' | 'claimEnd'> {
  let past = false;
  let future = false;
  let claimStart = start;
  let claimEnd = end;
  const after = text.slice(end);
  const before = text.slice(0, start);
  const test = (list: readonly string[]): { afterLen?: number; beforeLen?: number } => {
    const re = markerPatterns(list);
    const a = re ? re.after.exec(after) : null;
    const b = re ? re.before.exec(before) : null;
    return { ...(a && { afterLen: a[0].length }), ...(b && { beforeLen: b[0].length }) };
  };
  const p = test(words.past);
  const f = test(words.future);
  if (p.afterLen !== undefined || p.beforeLen !== undefined) {
    past = true;
    if (p.afterLen !== undefined) claimEnd = end + p.afterLen;
    if (p.beforeLen !== undefined) claimStart = start - p.beforeLen;
  } else if (f.afterLen !== undefined || f.beforeLen !== undefined) {
    future = true;
    if (f.afterLen !== undefined) claimEnd = end + f.afterLen;
    if (f.beforeLen !== undefined) claimStart = start - f.beforeLen;
  }
  return { past, future, claimStart, claimEnd };
}

/** Day-and-month dates chrono finds that the rules did not (other spellings of a full date). */
const monthNamePattern = new Map<Patterns, RegExp>();

/** Does the text name a month at all? chrono only adds spelled dates, so without one it is skipped. */
function namesAMonth(text: string, p: Patterns): boolean {
  let re = monthNamePattern.get(p);
  if (!re) {
    const names = [...p.months.keys()].filter((n) => n.length >= 3).map(escape);
    re = new RegExp(`(?<!\\p{L})(?:${names.join('|')})(?!\\p{L})`, 'iu');
    monthNamePattern.set(p, re);
  }
  return re.test(text);
}

function chronoCandidates(text: string, lang: Language, p: Patterns): Candidate[] {
  if (!namesAMonth(text, p)) return [];
  const parser = lang === 'en' ? chronoEn : chronoId;
  const found: Candidate[] = [];
  for (const r of parser.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    // Only spelled dates: a month name must be part of it (bare "1/6" needs a cue, see the rules).
    if (![...p.months.keys()].some((name) => name.length >= 3 && new RegExp(`(?<!\\p{L})${escape(name)}(?!\\p{L})`, 'iu').test(r.text))) continue;
    const lead = /^(?:\S+\s+)?/.exec(r.text)?.[0] ?? '';
    const skip = p.words.cues.includes(lead.trim().toLowerCase()) ? lead.length : 0;
    const start = r.index + skip;
    const end = r.index + r.text.length;
    const d = r.start.get('day')!;
    const mo = r.start.get('month')!;
    const y = r.start.isCertain('year') ? r.start.get('year')! : undefined;
    found.push({
      start, end, claimStart: start, claimEnd: end, anchor: true, past: false, future: false,
      resolve: (ctx) => single(y !== undefined ? validDay(y, mo, d) : yearFor(d, mo, ctx)),
    });
  }
  return found;
}

/** Candidates of one paragraph, longest first wins where they overlap, in text order. */
function candidatesOf(text: string, lang: Language): Candidate[] {
  const p = patternsFor(lang);
  const all: Candidate[] = [];
  for (const rule of p.rules) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const built = rule.build((m.groups ?? {}) as Groups, m as RegExpExecArray, text, p);
      if (!built || built.end <= built.start) continue;
      all.push({ ...built, ...markers(text, built.start, built.end, p.words) });
    }
  }
  // chrono's finds compete too; at equal length the rules' own reading wins (they come first).
  all.push(...chronoCandidates(text, lang, p));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of all) {
    if (chosen.some((o) => c.claimStart < o.claimEnd && o.claimStart < c.claimEnd && c.start < o.end && o.start < c.end)) continue;
    if (chosen.some((o) => c.start >= o.claimStart && c.end <= o.claimEnd)) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  // "Kemarin, Rabu tanggal 4 Maret 2020": a relative day right before a stated day is the same day.
  return chosen.filter((c, i) => {
    const next = chosen[i + 1];
    return !(next?.anchor && !c.anchor && /^[\s,]*$/.test(text.slice(c.end, next.start)) && /^\p{L}+$/u.test(text.slice(c.start, c.end)) && p.words.relative[lower(text.slice(c.start, c.end))]?.unit === 'day');
  });
}

/** Every date expression of the article, in reading order, resolved. */
export function extractDates(article: Article): DateMention[] {
  const lang = article.meta.language;
  const published = parseIsoDay(article.meta.publishedAt);
  let ref = published;
  const mentions: DateMention[] = [];
  for (const paragraph of article.paragraphs) {
    for (const c of candidatesOf(paragraph.text, lang)) {
      // Without any reference, only dates that carry their own year can be resolved.
      const ctx: Context = { ref: ref ?? { y: 1, m: 1, d: 1 }, ...(published && { published }), past: c.past, future: c.future };
      const r = c.resolve(ctx);
      if (!r) continue;
      if (!ref && r.start.y < 100) continue;
      if (!ref && (r.kind === 'relative' || r.kind === 'weekday' || (c.anchor && r.start.y <= 1))) continue;
      mentions.push({
        text: paragraph.text.slice(c.start, c.end),
        start: isoOf(r.start),
        ...(r.end && diffDays(r.end, r.start) !== 0 && { end: isoOf(r.end) }),
        kind: r.kind,
        paragraph: paragraph.n,
        offset: c.start,
      });
      if (c.anchor && r.kind === 'absolute') ref = r.start;
    }
  }
  return mentions;
}

/** A mention shown as written and resolved: "Selasa, 3 Maret 2020 (2020-03-03)", "pekan ini (2020-03-02 – 2020-03-08)". */
export function formatDate(mention: Pick<DateMention, 'text' | 'start' | 'end'>): string {
  return `${mention.text} (${mention.end ? `${mention.start} – ${mention.end}` : mention.start})`;
}
