// Placing what a date rule read on the calendar: against an anchor (the nearest stated day before
// it in the article, else the publication day), and the tense it is said in.
//
// - Markers next to the date ("Jumat lalu", "7 Februari silam", "last Friday", "Rabu depan", "next
//   Monday") decide the direction strictly; they join the mention's claim but not its text.
// - Otherwise the tense of its clause: the nearest tense word before the date in its sentence ("akan",
//   "will", "would"; "telah", "had", "said"), else one of the few words right after it. A future
//   leans forward, a past (or no tense: news mostly reports what has happened) leans backward.
// - A lone day name is the most recent such day on or before the anchor; a future one is the next
//   such day after the later of the anchor and the publication day (a future said in a news story
//   is the future of the day it was reported).
// - A day and month without a year take the year that puts it nearest the anchor, a date on the
//   side the tense does not lean to counting three times its distance; a day name written with it
//   ("Kamis (24/8)") picks the year in which that day is that weekday.
// - A month without a year is that month of the anchor's year, or of the year before (after, for a
//   future) if it would otherwise lie on the wrong side of the anchor.
// - Without any anchor, what needs one stays unresolved: shown as written, never guessed.
import type { DateUnit } from '../../lang/tables.js';
import type { DateMention } from '../../types.js';
import {
  addDays, addMonths, centuryOf, centuryRange, diffDays, fullYear, hijriDay, isoWeekday, mondayOf, monthRange, validDay, yearRange,
  type Day,
} from './calendar.js';
import type { DateVocabulary, Tense, TenseIndex } from './vocabulary.js';

/** What a rule read, before it is placed on the calendar. */
export type DateValue =
  /** `era`: the year is written with its era ("1 Januari 1 M"), in full, never a year of two digits. */
  | { readonly t: 'day'; readonly d: number; readonly m: number; readonly y?: number; readonly era?: true; readonly wd?: number; readonly year?: YearWord }
  | { readonly t: 'days'; readonly d: number; readonly m: number; readonly y?: number; readonly d2: number; readonly m2: number; readonly y2?: number }
  | { readonly t: 'month'; readonly m: number; readonly y?: number; readonly era?: true; readonly year?: YearWord }
  | { readonly t: 'months'; readonly m: number; readonly y?: number; readonly m2: number; readonly y2: number }
  | { readonly t: 'years'; readonly y: number; readonly y2: number; readonly decade?: true }
  | { readonly t: 'year'; readonly y: number }
  | { readonly t: 'century'; readonly n: number }
  | { readonly t: 'relative'; readonly unit: DateUnit; readonly offset: number }
  /** Some units before or after the reference ("beberapa bulan ke depan", "several years ago"): no day to place it on. */
  | { readonly t: 'vague'; readonly unit: DateUnit; readonly direction: -1 | 1 }
  | { readonly t: 'weekday'; readonly wd: number; /** The week it is in, counted from the anchor's ("pekan depan": 1). */ readonly week?: number }
  /** A day of the Hijri calendar ("13 Shafar 303 Hijriah"); without its year it recurs, placed on no day ("12 Rabiul Awal"). */
  | { readonly t: 'hijri'; readonly d: number; readonly m: number; readonly y?: number };

/** A year given in words: relative to the anchor ("5 Agustus tahun lalu"), or the one last named ("September tahun yang sama"). */
export type YearWord = { readonly offset: number } | 'same';


export interface Context {
  /** Nearest stated day before the mention, else the publication day; none in an undated article. */
  readonly ref?: Day;
  readonly published?: Day;
  /** The year of the last date placed before this one ("September tahun yang sama"). */
  readonly lastYear?: number;
  readonly tense?: Tense;
  /** The tense comes from a marker next to the date ("lalu", "depan", "last", "next"): it is strict. */
  readonly marked: boolean;
}

export interface Resolution {
  readonly start: Day;
  readonly end?: Day;
}

const kinds: Record<DateValue['t'], DateMention['kind']> = {
  day: 'absolute', days: 'range', month: 'month', months: 'range', years: 'range', year: 'year', century: 'century',
  relative: 'relative', vague: 'relative', weekday: 'weekday', hijri: 'absolute',
};

export function kindOf(value: DateValue): DateMention['kind'] {
  return value.t === 'relative' && value.unit === 'century' ? 'century' : kinds[value.t];
}

/** The finest unit a value names. */
export function precisionOf(value: DateValue): DateMention['precision'] {
  switch (value.t) {
    case 'day':
    case 'days':
    case 'weekday':
    case 'hijri':
      return 'day';
    case 'month':
    case 'months':
      return 'month';
    case 'years':
      return value.decade ? 'decade' : 'year';
    case 'year':
      return 'year';
    case 'century':
      return 'century';
    case 'relative':
    case 'vague':
      return value.unit === 'weekend' ? 'week' : value.unit;
  }
}

/** A stated single day: later mentions resolve against it. */
export const isAnchor = (value: DateValue): boolean => value.t === 'day';

function relativeResolution(unit: DateUnit, offset: number, ref: Day): Resolution {
  switch (unit) {
    case 'day':
      return { start: addDays(ref, offset) };
    case 'week': {
      const monday = addDays(mondayOf(ref), 7 * offset);
      return { start: monday, end: addDays(monday, 6) };
    }
    case 'weekend': {
      const saturday = addDays(mondayOf(ref), 7 * offset + 5);
      return { start: saturday, end: addDays(saturday, 1) };
    }
    case 'month': {
      const { y, m } = addMonths(ref.y, ref.m, offset);
      return monthRange(y, m);
    }
    case 'year':
      return yearRange(ref.y + offset);
    case 'century':
      return centuryRange(centuryOf(ref.y) + offset);
  }
}

/** The year for a day and month written without one. */
function yearFor(d: number, m: number, ref: Day, ctx: Context, weekday?: number): Day | undefined {
  let options = [ref.y - 1, ref.y, ref.y + 1].map((y) => validDay(y, m, d)).filter((x): x is Day => x !== undefined);
  const prefer = (keep: (o: Day) => boolean, strict: boolean): void => {
    const kept = options.filter(keep);
    if (kept.length > 0 || strict) options = kept;
  };
  if (weekday !== undefined) prefer((o) => isoWeekday(o) === weekday, false);
  // A marker is strict; a tense only leans (a day or two of a newspaper's lag either way).
  if (ctx.tense === 'past') prefer((o) => diffDays(o, ref) <= (ctx.marked ? 0 : 1), ctx.marked);
  if (ctx.tense === 'future') prefer((o) => diffDays(o, ref) >= (ctx.marked ? 0 : -1), ctx.marked);
  const ahead = ctx.tense === 'future';
  const cost = (o: Day): number => {
    const delta = diffDays(o, ref);
    return ahead ? (delta >= 0 ? delta : -3 * delta) : delta <= 0 ? -delta : 3 * delta;
  };
  return options.sort((a, b) => cost(a) - cost(b))[0];
}

function monthYear(m: number, ref: Day, ctx: Context): number {
  if (ctx.tense === 'future') return (ctx.marked ? m > ref.m : m >= ref.m) ? ref.y : ref.y + 1;
  if (ctx.tense === 'past' && ctx.marked) return m < ref.m ? ref.y : ref.y - 1;
  return m > ref.m ? ref.y - 1 : ref.y;
}

function weekdayDay(wd: number, ref: Day, ctx: Context): Day {
  if (ctx.tense === 'future') {
    const base = ctx.published && diffDays(ctx.published, ref) > 0 ? ctx.published : ref;
    return addDays(base, ((wd - isoWeekday(base) + 6) % 7) + 1);
  }
  const back = (isoWeekday(ref) - wd + 7) % 7;
  return addDays(ref, ctx.tense === 'past' && ctx.marked && back === 0 ? -7 : -back);
}

/** Does placing this value need an anchor? */
function needsAnchor(v: DateValue): boolean {
  switch (v.t) {
    case 'day':
      return v.year !== 'same' && (v.y === undefined || (v.y < 100 && !v.era));
    case 'month':
      return v.year !== 'same' && v.y === undefined;
    case 'days':
      return v.y === undefined && v.y2 === undefined;
    case 'relative':
    case 'vague':
    case 'weekday':
      return true;
    default:
      return false;
  }
}

/**
 * The value on the calendar; 'unresolved' when it needs an anchor and the article gives none;
 * undefined when it names no real day ("31 Februari").
 */
export function resolveValue(v: DateValue, ctx: Context): Resolution | 'unresolved' | undefined {
  const ref = ctx.ref;
  // "In the coming months" names no day, whatever the anchor: shown as written.
  if (v.t === 'vague' || (needsAnchor(v) && ref === undefined)) return 'unresolved';
  if ((v.t === 'day' || v.t === 'month') && v.year === 'same' && ctx.lastYear === undefined) return 'unresolved';
  const at = ref ?? { y: 1, m: 1, d: 1 };
  const single = (day: Day | undefined): Resolution | undefined => (day ? { start: day } : undefined);
  const worded = (year: YearWord): number => (year === 'same' ? ctx.lastYear! : at.y + year.offset);
  switch (v.t) {
    case 'day':
      if (v.year !== undefined) return single(validDay(worded(v.year), v.m, v.d));
      return single(v.y !== undefined ? validDay(v.era ? v.y : fullYear(v.y, at), v.m, v.d) : yearFor(v.d, v.m, at, ctx, v.wd));
    case 'days': {
      const end = v.y2 !== undefined ? validDay(v.y2, v.m2, v.d2) : v.y !== undefined ? validDay(v.y, v.m2, v.d2) : yearFor(v.d2, v.m2, at, ctx);
      if (!end) return undefined;
      const y = v.y ?? (v.m <= end.m ? end.y : end.y - 1);
      const start = validDay(y, v.m, v.d);
      return start && diffDays(end, start) > 0 ? { start, end } : undefined;
    }
    case 'month':
      return monthRange(v.y ?? (v.year !== undefined ? worded(v.year) : monthYear(v.m, at, ctx)), v.m);
    case 'months': {
      const y = v.y ?? (v.m <= v.m2 ? v.y2 : v.y2 - 1);
      const r = { start: monthRange(y, v.m).start, end: monthRange(v.y2, v.m2).end };
      return diffDays(r.end, r.start) > 0 ? r : undefined;
    }
    case 'years':
      return yearRange(v.y, v.y2);
    case 'year':
      return yearRange(v.y);
    case 'century':
      return centuryRange(v.n);
    case 'hijri':
      return v.y === undefined ? 'unresolved' : single(hijriDay(v.y, v.m, v.d));
    case 'relative':
      return relativeResolution(v.unit, v.offset, at);
    case 'weekday':
      // "Senin pekan depan": Monday of the week after the anchor's (weeks start on Monday).
      if (v.week !== undefined) return { start: addDays(at, 7 * v.week + v.wd - isoWeekday(at)) };
      return { start: weekdayDay(v.wd, at, ctx) };
  }
}

// ---------------------------------------------------------------------------------------------
// Markers and tense, read from the text around a mention.

export interface Marked {
  readonly tense?: Tense;
  /** The mention's claim: its text and the marker words next to it. */
  readonly claimStart: number;
  readonly claimEnd: number;
}

/** Past and future marker words right after (or, in English, right before) a span; they join its claim. */
export function markersOf(text: string, start: number, end: number, markers: DateVocabulary['markers']): Marked {
  for (const { tense, after, before } of markers) {
    const a = after.exec(text.slice(end));
    const b = before.exec(text.slice(0, start));
    if (a || b) return { tense, claimStart: start - (b?.[0].length ?? 0), claimEnd: end + (a?.[0].length ?? 0) };
  }
  return { claimStart: start, claimEnd: end };
}

/** Words looked at after a date, when none before it in its sentence gives a tense. */
const WORDS_AFTER = 3;


/**
 * The tense of the clause a date stands in: the nearest tense word before it in its sentence, else
 * (with `lookAfter`, for a month or a day name alone) one of the few words after it ("Pada Juni,
 * pabrik itu akan …").
 */
export function tenseOf(text: string, span: { start: number; end: number }, sentence: { start: number; end: number }, index: TenseIndex, lookAfter: boolean): Tense | undefined {
  const lookup = (ws: readonly string[], i: number): Tense | undefined =>
    index.get(ws[i]!)?.find((e) => e.parts.every((p, k) => ws[i + k] === p))?.tense;
  const before = text.slice(sentence.start, span.start).toLowerCase().match(/[\p{L}’']+/gu) ?? [];
  for (let i = before.length - 1; i >= 0; i--) {
    const t = lookup(before, i);
    if (t) return t;
  }
  if (!lookAfter) return undefined;
  const after = text.slice(span.end, sentence.end).toLowerCase().match(/[\p{L}’']+/gu) ?? [];
  for (let i = 0; i < Math.min(after.length, WORDS_AFTER); i++) {
    const t = lookup(after, i);
    if (t) return t;
  }
  return undefined;
}
