// When-answers in a paragraph: the date expressions as a reader would quote them. A day with its
// month and year ("7 Maret 1961", "March 3, 2021"), a day range ("3-9 Agustus"), a month and
// year, a day written "(12/4)", a year with its word ("tahun 1963") or its qualifier ("akhir
// 2013"), a bare year, a span of years ("1601-1625") or a decade ("tahun 1970-an"). Leading
// prepositions ("pada", "sejak", "per tanggal") and day names are not part of the answer (a day
// name alone is, as the weakest answer: "on Monday"). A year that belongs to a name ("… Games
// 2011") or a number ("Nomor 5 Tahun 1957") is no date.
import { allTables } from '../lang/index.js';
import { fold } from '../text/normalize.js';
import { memoize } from '../memo.js';

export type DateSpanKind = 'day' | 'month' | 'slash' | 'year' | 'years' | 'decade' | 'relative' | 'weekday';

export interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: DateSpanKind;
  /** 0–1: how plainly this is a date (a full day 1, a bare year less, a relative word least). */
  readonly strength: number;
  /** For a span of years in brackets after a name, "(1901-1968)": the two ends, verbatim offsets. */
  readonly ends?: readonly [{ start: number; end: number }, { start: number; end: number }];
}

const t = allTables;
const alternation = (words: Iterable<string>): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
const months = alternation(t.flatMap((x) => Object.keys(x.months)));
const yearWords = alternation(t.flatMap((x) => x.dateWords?.yearWords ?? []));
const qualifiers = alternation(t.flatMap((x) => x.dateWords?.qualifiers ?? []));
const relatives = alternation(t.flatMap((x) => Object.keys(x.dateWords?.relative ?? {})));
const weekdays = alternation(t.flatMap((x) => Object.keys(x.weekdays)));
const rangeWords = alternation(t.flatMap((x) => x.dateWords?.rangeWords ?? []));
const quantityWords = new Set(t.flatMap((x) => x.dateWords?.quantityWords ?? []));
const notYearBefore = new Set(t.flatMap((x) => x.dateWords?.notYearBefore ?? []));
const dateCues = new Set(
  t.flatMap((x) => [
    ...(x.dateWords?.cues ?? []),
    ...(x.dateWords?.dayWords ?? []),
    ...(x.dateWords?.monthWords ?? []),
    ...(x.dateWords?.yearWords ?? []),
    ...(x.dateWords?.rangeWords ?? []),
    ...(x.dateWords?.qualifiers ?? []),
    ...Object.keys(x.months),
    ...Object.keys(x.weekdays),
    ...x.stopWords,
    ...(x.nameWords?.leadWords ?? []),
  ]),
);

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// An abbreviated month keeps its dot only inside a date ("Sept. 11"), never a sentence's full stop.
const M = `(?:${months})(?:\\.(?=\\s*\\d))?`;
const Y = '(?:1\\d{3}|20\\d{2})';
const D = '(?:[12]\\d|3[01]|0?[1-9])';
const qual = qualifiers === '' ? '' : `(?:(?:${qualifiers})\\s+)?`;
const yw = yearWords === '' ? '(?!)' : `(?:${yearWords})`;
/** Between the two ends of a range: a dash, or a word ("hingga", "to"). */
const TO = rangeWords === '' ? '\\s*[-–]\\s*' : `(?:\\s*[-–]\\s*|\\s+(?:${rangeWords})\\s+)`;

interface Rule {
  readonly kind: DateSpanKind;
  readonly strength: number;
  readonly pattern: RegExp;
}

const rule = (kind: DateSpanKind, strength: number, source: string): Rule => ({ kind, strength, pattern: new RegExp(source, 'giu') });

/** Most specific first; a later rule never takes text an earlier one took. */
const rules: Rule[] = [
  rule('day', 1, `${B}${D}${TO}${D}\\s+${M}(?:\\s+${Y})?${E}`),
  rule('day', 1, `${B}${D}\\s+${M}(?:,?\\s+${Y})?${E}`),
  rule('day', 1, `${B}${M}\\s+${D}(?:st|nd|rd|th)?(?:,?\\s+${Y})?${E}`),
  rule('month', 0.95, `${B}${qual}${M}${TO}${M}\\s+${Y}${E}`),
  rule('month', 0.95, `${B}${qual}${M}\\s+${Y}${E}`),
  rule('slash', 0.95, `(?<=\\(\\s*)${D}\\s*/\\s*(?:1[0-2]|0?[1-9])(?:\\s*/\\s*(?:\\d{4}|\\d{2}))?(?=\\s*\\))`),
  rule('decade', 0.85, `${B}(?:${yw}\\s+)?${qual}\\d{3}0-?an${E}`),
  rule('decade', 0.85, `${B}${qual}(?:the\\s+)?\\d{3}0s${E}`),
  rule('years', 0.9, `${B}(?:${yw}\\s+)?${Y}\\s*[-–/]\\s*(?:${Y}|\\d{2})${E}`),
  rule('year', 0.9, `${B}${qual}${yw}\\s+\\d{3,4}${E}`),
  rule('year', 0.85, `${B}${qual}${Y}${E}`),
  ...(relatives === '' ? [] : [rule('relative', 0.4, `${B}(?:${relatives})${E}`)]),
  // A day name alone ("on Monday", "Senin lalu"): a date as the article gives it, the weakest kind.
  rule('weekday', 0.45, `${B}(?:${weekdays})${E}`),
];

function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  const m = /([\p{L}\p{N}$£€]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return undefined;
  return { word: m[1]!, start: at - (m[0].length) };
}

/** A year or span that is a number, a code, or part of a name, not a date. */
function notADate(text: string, start: number, end: number, kind: DateSpanKind): boolean {
  const after = text.slice(end);
  const before = text.slice(0, start);
  // Part of a bigger number: "7.300", "1,2017", "2017,5".
  if (/[.,]\d$/.test(before) || /^[.,]\d/.test(after) || /\d\s*$/.test(before) && /^\s*\d/.test(text.slice(start))) return true;
  if (kind !== 'year' && kind !== 'years' && kind !== 'decade') return false;
  const next = /^\s*([\p{L}%]+)/u.exec(after)?.[1];
  if (next && (quantityWords.has(fold(next)) || next === '%')) return true;
  const prev = wordBefore(text, start);
  if (!prev) return false;
  const p = fold(prev.word);
  if (notYearBefore.has(p)) return true;
  // "Nomor 5 Tahun 1957": a law's number and year.
  if (/^\d+$/.test(p)) {
    const prev2 = wordBefore(text, prev.start);
    if (prev2 && notYearBefore.has(fold(prev2.word))) return true;
  }
  const span = fold(text.slice(start, end));
  const startsWithWord = /^\p{L}/u.test(span);
  // "… Games 2011", "LOREM 2011": a capitalised word right before a bare year names an event.
  if (!startsWithWord && /^\p{Lu}/u.test(prev.word) && !dateCues.has(p) && !/[([]\s*$/.test(before) && !/[.,;:!?]\s*$/.test(before)) {
    return true;
  }
  return false;
}

/** Date expressions of a paragraph, in order, without overlaps. */
/** Spans of recently read paragraphs: every when-question reads its candidate paragraphs again. */
export const dateSpans: (text: string) => DateSpan[] = memoize(findDateSpans, 2048);

function findDateSpans(text: string): DateSpan[] {
  const taken: DateSpan[] = [];
  // Text a rule matched but found to be no date stays out of the later, looser rules.
  const blocked: { start: number; end: number }[] = [];
  for (const r of rules) {
    for (const m of text.matchAll(r.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if ([...taken, ...blocked].some((s) => start < s.end && end > s.start)) continue;
      if (notADate(text, start, end, r.kind)) {
        blocked.push({ start, end });
        continue;
      }
      taken.push({ start, end, text: m[0], kind: r.kind, strength: r.strength, ...endsOf(text, start, end, r.kind) });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** A span of years, "1096–1099" or "(1901-1968)" after a name: its ends answer a start (a birth) or an end (a death). */
function endsOf(text: string, start: number, end: number, kind: DateSpanKind): Pick<DateSpan, 'ends'> {
  if (kind !== 'years') return {};
  const span = text.slice(start, end);
  const m = /(\d{4})\s*([-–/])\s*(\d{2,4})$/.exec(span);
  if (!m) return {};
  // "2010/11" is a season, one thing, unless it is a life span in brackets.
  const life = /\p{Lu}[\p{L}'’-]*\s*\(\s*$/u.test(text.slice(Math.max(0, start - 40), start)) && /^\s*\)/.test(text.slice(end));
  if (m[2] === '/' && !life) return {};
  const firstAt = start + m.index;
  const secondAt = start + span.lastIndexOf(m[3]!);
  return { ends: [{ start: firstAt, end: firstAt + 4 }, { start: secondAt, end: secondAt + m[3]!.length }] };
}
