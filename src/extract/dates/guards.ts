// What looks like a date and is not: a number inside a bigger number, a quantity ("2015 orang"),
// money or a code ("Rp 2024", "Nomor 5 Tahun 1957"), a word or year inside a name ("Pekan Olahraga
// Lorem 2011", "Lorem Valley Today"), a day name inside a name ("Pasar Minggu", "Black Friday").
import { isWordCode as isLetterOrDigit } from '../../text/find.js';
import { fold } from '../../text/normalize.js';
import { lower, type DateVocabulary } from './vocabulary.js';

interface WordAt {
  readonly word: string;
  readonly start: number;
  /** What stands between the word and the position asked about. */
  readonly gap: string;
}

/** A letter, a digit or a currency sign ($, £, €). */
const isWordCode = (cp: number): boolean => isLetterOrDigit(cp) || cp === 0x24 || cp === 0xa3 || cp === 0x20ac;

/** The start of the code point that ends s[0, i). */
const pointStart = (s: string, i: number): number => {
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
};

/**
 * The word before `at`, skipping marks and spaces, within the 40 characters before it. Read
 * backwards: a pattern anchored at the end (`([\p{L}\p{N}$£€]+)([^\p{L}\p{N}$£€]*)$`) says the
 * same, tried from every position of the 40.
 */
export function wordBefore(text: string, at: number): WordAt | undefined {
  const s = text.slice(Math.max(0, at - 40), at);
  let end = s.length;
  while (end > 0 && !isWordCode(s.codePointAt(pointStart(s, end))!)) end = pointStart(s, end);
  if (end === 0) return undefined;
  let start = end;
  while (start > 0 && isWordCode(s.codePointAt(pointStart(s, start))!)) start = pointStart(s, start);
  return { word: s.slice(start, end), start: at - (s.length - start), gap: s.slice(end) };
}

/** The word right after `at` (spaces skipped), lower case, or ''. */
export function wordAfter(text: string, at: number): string {
  return (/^\s*([\p{L}\p{N}%]+)/u.exec(text.slice(at, at + 40))?.[1] ?? '').toLowerCase();
}

/** Digits that continue a bigger number: "7.300", "1,2017", "2017,5", "12 2017". */
export function partOfNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 20);
  return /\d[.,]$/.test(before) || /^[.,]\d/.test(after) || (/\d\s*$/.test(before) && /^\d/.test(text.slice(start)));
}

/** One side of a size: "1440 x 720", "1920×1080", "3 x 2015". */
export function partOfSize(text: string, start: number, end: number): boolean {
  return /^\s*[x×]\s*\d/i.test(text.slice(end, end + 6)) || /\d\s*[x×]\s*$/i.test(text.slice(Math.max(0, start - 6), start));
}

/** A year (or a span of years) that is a quantity, an amount or a code. */
export function notAYear(text: string, start: number, end: number, v: DateVocabulary): boolean {
  if (partOfNumber(text, start, end) || partOfSize(text, start, end)) return true;
  const next = /^\s*([\p{L}%]+)/u.exec(text.slice(end, end + 40))?.[1];
  if (next !== undefined && (next === '%' || v.words.quantityWords.includes(fold(next)))) return true;
  const prev = wordBefore(text, start);
  if (!prev) return false;
  const p = fold(prev.word);
  // "sekitar 2000 orang" is an amount; "sekitar tahun 1680" a year.
  const worded = v.words.yearWords.some((w) => fold(text.slice(start, end)).startsWith(`${w} `));
  // "in about 1300" is a year: a cue before the word for an amount undoes it.
  if (!worded && v.words.notYearBefore.includes(p) && !(v.words.approximateAfter ?? []).includes(fold(wordBefore(text, prev.start)?.word ?? ''))) return true;
  // "Nomor 5 Tahun 1957": a law's number and year.
  if (/^\d+$/.test(p)) {
    const prev2 = wordBefore(text, prev.start);
    if (prev2 && v.words.notYearBefore.includes(fold(prev2.word))) return true;
  }
  return false;
}

/**
 * A capitalised word right before (spaces only between), not a date word: the year or word at
 * `start` continues a name ("Ipsum Award 2005", "Pekan Olahraga Lorem 2011", "Lorem Valley Today").
 */
export function afterName(text: string, start: number, v: DateVocabulary): boolean {
  const prev = wordBefore(text, start);
  return prev !== undefined && /^\p{Lu}/u.test(prev.word) && !v.dateCueWords.has(fold(prev.word)) && /^\s*$/.test(prev.gap);
}

/** A capitalised day name that belongs to a name: "Pasar Minggu", "salat Jumat", "Black Friday". */
export function dayInName(text: string, start: number, v: DateVocabulary): boolean {
  const prev = wordBefore(text, start);
  return prev !== undefined && /^\s+$/.test(prev.gap) && v.notDayBefore.has(lower(prev.word));
}
