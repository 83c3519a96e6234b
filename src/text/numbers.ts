// Numbers as a text writes them: "7.300", "0,2 persen", "2 million pounds", "15%". Each with its
// value (Indonesian and English separators both read: a group of three digits after a separator is
// thousands, anything else a decimal part), a multiplier word that follows it ("juta", "million"),
// and the word it counts ("tentara", "pounds"; "%" for every way of writing per cent). Dates are not
// told apart here: the caller leaves out the numbers inside the dates it knows.
import { allClaimWords } from '../lang/claim-words.js';
import { allTables } from '../lang/index.js';
import { lexicon } from './lexicon.js';
import { fold } from './normalize.js';
import { wordsOf, type Word } from './words.js';
import { execAll } from './find.js';

export interface NumberSpan {
  /** Verbatim, with its multiplier word ("2 juta"). */
  readonly text: string;
  readonly value: number;
  /** The folded word it counts, or "%" (absent: nothing follows that it counts). */
  readonly unit?: string;
  readonly start: number;
  readonly end: number;
}

const multipliers = new Map(allClaimWords.flatMap((w) => Object.entries(w.multipliers)));
const percentWords = new Set(allClaimWords.flatMap((w) => w.percent.filter((p) => !p.includes(' '))));
const percentPhrases = allClaimWords.flatMap((w) => w.percent.filter((p) => p.includes(' ')).map((p) => p.split(' ')));

/** Small numbers written out, in both languages ("satu", "two"), by their value; not "a", "an" (one thing, not a count). */
const writtenNumbers = new Map(allTables.flatMap((t) => Object.entries(t.dateWords?.numbers ?? {}).filter(([w]) => w.length > 2).map(([w, n]) => [fold(w), n] as const)));

/** The value of a folded word that writes a small number out ("dua", "two": 2), else undefined. */
export const writtenNumber = (norm: string): number | undefined => writtenNumbers.get(norm);

const DIGITS = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?![\p{L}\p{N}]|[.,]\d)/gu;

/** The value of digits written either way: "7.300" and "7,300" are 7300; "0,2" and "6.5" decimals. */
export function numberValue(digits: string): number | undefined {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(digits) || /^\d{1,3}(?:,\d{3})+$/.test(digits)) return Number(digits.replace(/[.,]/g, ''));
  if (/^\d+$/.test(digits)) return Number(digits);
  const m = /^(\d+)[.,](\d+)$/.exec(digits);
  return m ? Number(`${m[1]}.${m[2]}`) : undefined;
}

/** The words after `at` (an offset), skipping nothing. */
function wordsAfter(words: readonly Word[], at: number): Word[] {
  return words.filter((w) => w.start >= at).slice(0, 3);
}

/** Every number of a text, in order, with its value, multiplier and unit. */
export function numbersIn(text: string): NumberSpan[] {
  const words = wordsOf(text);
  const out: NumberSpan[] = [];
  for (const m of execAll(DIGITS, text)) {
    const value = numberValue(m[0]);
    if (value === undefined || !Number.isFinite(value)) continue;
    let end = m.index + m[0].length;
    let scaled = value;
    let [next, second, third] = wordsAfter(words, end);
    const factor = next && !next.mark ? multipliers.get(next.norm) : undefined;
    if (factor !== undefined) {
      scaled = value * factor;
      end = next!.end;
      [next, second] = [second, third];
    }
    let unit: string | undefined;
    if (next?.text === '%' || (next && percentWords.has(next.norm))) unit = '%';
    else if (next && second && percentPhrases.some(([a, b]) => next!.norm === a && second!.norm === b)) unit = '%';
    else if (next && !next.mark && !/^\d/.test(next.norm) && !lexicon.stopWords.has(next.norm)) unit = fold(next.norm);
    out.push({ text: text.slice(m.index, end), value: scaled, ...(unit !== undefined && { unit }), start: m.index, end });
  }
  return out;
}

/** A bare number of four digits that reads as a year (1000–2099 with nothing counted after it). */
export function looksLikeYear(span: NumberSpan): boolean {
  return span.unit === undefined && /^(1\d{3}|20\d{2})$/.test(span.text);
}
