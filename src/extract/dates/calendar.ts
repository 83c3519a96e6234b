// Calendar arithmetic on plain UTC days: no time of day, no time zone, no locale.

export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** A stretch of days, both ends included. */
export interface DayRange {
  readonly start: Day;
  readonly end: Day;
}

const dayMs = 86_400_000;

function toTime(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromTime(t: number): Day {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromTime(toTime(day) + n * dayMs);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday, 1 Monday … 7 Sunday. */
export function isoWeekday(day: Day): number {
  const w = new Date(toTime(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Days from b to a (positive when a is later). */
export function diffDays(a: Day, b: Day): number {
  return Math.round((toTime(a) - toTime(b)) / dayMs);
}

/** ISO 8601: "2020-03-03"; a year before year 1 with its sign, counted astronomically ("-0409" is 410 BC). */
export function isoOf(day: Day): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${day.y < 0 ? '-' : ''}${pad(Math.abs(day.y), 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
}

/** A real day of the calendar, or undefined ("31 Februari"). */
export function validDay(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

/** The day of an ISO date or date-time ("2020-03-03", "2020-03-03T08:00:00+07:00"), or undefined. */
export function parseIsoDay(iso: string | undefined): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

export function monthRange(y: number, m: number): DayRange {
  return { start: { y, m, d: 1 }, end: { y, m, d: daysInMonth(y, m) } };
}

export function yearRange(y: number, y2 = y): DayRange {
  return { start: { y, m: 1, d: 1 }, end: { y: y2, m: 12, d: 31 } };
}

export function centuryRange(n: number): DayRange {
  return yearRange((n - 1) * 100 + 1, n * 100);
}

export function centuryOf(y: number): number {
  return Math.floor((y - 1) / 100) + 1;
}

/** Monday of the ISO week of `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, 1 - isoWeekday(day));
}

/** A year written with two digits ("17/04/17"): the one of its century nearest the reference, at most ten years ahead. */
export function fullYear(y: number, ref: Day): number {
  if (y >= 100) return y;
  const century = Math.floor(ref.y / 100) * 100;
  return century + y > ref.y + 10 ? century - 100 + y : century + y;
}

/**
 * The day of a date of the Hijri calendar, by its tabular (arithmetic) form: "13 Safar 303" → 915-09-04
 * (the proleptic Gregorian calendar, as every day here). The months observed may fall a day or two off.
 */
export function hijriDay(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || y < 1 || m < 1 || m > 12 || d < 1 || d > 30) return undefined;
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  return fromTime(Math.round((jd - 2440587.5) * dayMs));
}
