// The dates a claim states, as far as the claim itself says: a day, a month, a year, or some of
// these ("20 Juni", "Juni 2024", "June 19, 2024", "(19/6)", "tahun 2023"), or a day of the week
// ("pada Rabu"). What it leaves out stays unknown: "20 Juni" says nothing of the year. Relative
// words ("kemarin", "tahun lalu", "last week") are kept as written but not placed: a message does
// not say when it was written.
import { allTables } from '../lang/index.js';
import { fold } from '../text/normalize.js';
import { execAll } from '../text/find.js';

export interface ClaimDate {
  /** As the message writes it. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
  /** A day of the week alone (ISO: 1 Monday … 7 Sunday). */
  readonly weekday?: number;
  /** A relative expression ("tahun lalu"): only the same words in the article settle it. */
  readonly relative?: true;
}

const alternation = (words: Iterable<string>): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');

const monthNumber = new Map(allTables.flatMap((t) => Object.entries(t.months)));
const MONTH = `(?:${alternation(monthNumber.keys())})`;
const weekdayNumber = new Map(allTables.flatMap((t) => Object.entries(t.weekdays)));
const WEEKDAY = `(?:${alternation(weekdayNumber.keys())})`;
const RELATIVE = `(?:${alternation(allTables.flatMap((t) => Object.keys(t.dateWords?.relative ?? {})))})`;
const YEAR_WORD = `(?:${alternation(allTables.flatMap((t) => [...(t.dateWords?.yearWords ?? []), ...(t.dateWords?.cues ?? [])]))})`;
/** Words before a month named alone that make it a date ("bulan Juni", "in June"): "May" alone may be a name. */
const MONTH_CUE = `(?:${alternation(allTables.flatMap((t) => [...(t.dateWords?.monthWords ?? []), ...(t.dateWords?.cues ?? [])]))})`;
/** Month names written out: not an abbreviation that begins a longer name ("jun" of "june"). */
const FULL_MONTH = `(?:${alternation([...monthNumber.keys()].filter((m, _, all) => m.length >= 3 && !m.endsWith('.') && !all.some((o) => o !== m && o.startsWith(m))))})`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const YEAR = '(?:1\\d{3}|20\\d{2})';
const LEAD = `(?:${WEEKDAY},?\\s+)?`;
/** An abbreviated month keeps its dot only inside a date ("Sept. 11"), never a sentence's full stop. */
const DOT = '(?:\\.(?=\\s*\\d))?';

interface Rule {
  readonly pattern: RegExp;
  readonly read: (m: RegExpMatchArray) => Omit<ClaimDate, 'text' | 'start' | 'end'> | undefined;
  /** The month (or day) must be written with a capital ("Mei", "June", "Rabu"): "may" is also a verb. */
  readonly capitalMonth?: boolean;
}

const month = (name: string | undefined): number | undefined => (name === undefined ? undefined : monthNumber.get(fold(name).replace(/\.$/, '')));
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

function fullYear(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

/** Most specific first; a later rule never takes text an earlier one took. */
const rules: Rule[] = [
  {
    pattern: new RegExp(`${B}${LEAD}(${DAY})\\s+(${MONTH})${DOT}(?:,?\\s+(${YEAR}))?${E}`, 'giu'),
    read: (m) => ({ day: num(m[1]), month: month(m[2]), ...(m[3] !== undefined && { year: num(m[3]) }) }),
  },
  {
    pattern: new RegExp(`${B}${LEAD}(${MONTH})${DOT}\\s+(${DAY})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR}))?${E}`, 'giu'),
    read: (m) => ({ day: num(m[2]), month: month(m[1]), ...(m[3] !== undefined && { year: num(m[3]) }) }),
    capitalMonth: true,
  },
  {
    // "(19/6)", "19/6/2024": day first, as Indonesian news writes it; month first only when the day cannot be a month.
    pattern: new RegExp(`(?<![\\p{L}\\p{N}/])\\(?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)?(?![\\p{L}\\p{N}/])`, 'giu'),
    read: (m) => {
      let [d, mo] = [Number(m[1]), Number(m[2])];
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      if (d < 1 || d > 31 || mo < 1 || mo > 12) return undefined;
      return { day: d, month: mo, ...(m[3] !== undefined && { year: fullYear(m[3]) }) };
    },
  },
  {
    pattern: new RegExp(`${B}(${MONTH})${DOT}\\s+(${YEAR})${E}`, 'giu'),
    read: (m) => ({ month: month(m[1]), year: num(m[2]) }),
    capitalMonth: true,
  },
  {
    pattern: new RegExp(`${B}${YEAR_WORD}\\s+(${YEAR})${E}`, 'giu'),
    read: (m) => ({ year: num(m[1]) }),
  },
  {
    pattern: new RegExp(`${B}${MONTH_CUE}\\s+(${FULL_MONTH})${E}`, 'giu'),
    read: (m) => ({ month: month(m[1]) }),
  },
  {
    pattern: new RegExp(`${B}${RELATIVE}${E}`, 'giu'),
    read: () => ({ relative: true }),
  },
  {
    pattern: new RegExp(`${B}(${WEEKDAY})${E}`, 'giu'),
    read: (m) => ({ weekday: weekdayNumber.get(fold(m[1]!)) }),
    capitalMonth: true,
  },
];

/** The dates a claim states, in order. */
export function datesInClaim(text: string): ClaimDate[] {
  const taken: ClaimDate[] = [];
  for (const rule of rules) {
    for (const m of execAll(rule.pattern, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      if (rule.capitalMonth && !/^\p{Lu}/u.test(m[0].replace(/^\P{L}*/u, ''))) continue;
      const read = rule.read(m);
      if (read === undefined || (read.month === undefined && read.year === undefined && read.weekday === undefined && !read.relative)) continue;
      // The date without the brackets a "(19/6)" comes in.
      const bracketed = m[0].startsWith('(') && m[0].endsWith(')');
      const written = bracketed ? m[0].slice(1, -1) : m[0];
      const at = bracketed ? start + 1 : start;
      taken.push({ text: written, start: at, end: at + written.length, ...read });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
