// Dates a paragraph writes side by side, as a reader answers a when-question with them: two dates
// joined by "dan"/"and" ("pada 1957 dan 1975", "on 20 August and 8 September 1975") are one answer,
// whole, unless the question picks one of them by an ordinal or a birth or a death; and a question
// about the first time ("pertama kali", "perdana", "first") takes the earliest of the dates its
// passage gives (a later date tells of a later time, a later version, another release).
import type { DateMention } from '../types.js';
import { allTables } from '../lang/index.js';
import { ordinalNumbers } from '../lang/derivation.js';
import { frameWords, impliedOrdinals, ordinalWords, spanWords, startWords } from '../query/concepts.js';
import { similarity } from './similarity.js';
import type { QuestionFocus } from '../query/focus.js';
import { fold } from '../text/normalize.js';
import type { Candidate } from './candidate.js';
import { joiners } from './clause.js';

/** Unit words a date may be written after ("tahun", "tanggal", "bulan", "abad"): kept out of the date's short form. */
export const unitWords = new Set(
  allTables.flatMap((t) => (t.dateWords ? [...t.dateWords.dayWords, ...t.dateWords.monthWords, ...t.dateWords.yearWords, ...t.dateWords.centuryWords] : [])).map(fold),
);

/** Does the question pick one date of several: by an ordinal ("gempa yang pertama", "the second time")? */
const picksOne = (focus: QuestionFocus): boolean => [...focus.words].some((w) => ordinalWords.has(w));

/**
 * The date written right after a date, joined to it by a conjunction and perhaps a unit word
 * ("1957 dan 1975", "20 Agustus dan tanggal 8 September 1975"): the two answer together. None when
 * the question picks one of them by an ordinal or asks the start or the end of a life (`endAsked`).
 */
export function joinedDate(text: string, stop: number, dates: readonly DateMention[], focus: QuestionFocus, endAsked: boolean): DateMention | undefined {
  if (endAsked || picksOne(focus)) return undefined;
  return dates.find((o) => {
    if (o.short.offset < stop) return false;
    const between = fold(text.slice(stop, o.short.offset)).trim().split(/\s+/);
    return between.length >= 1 && between.length <= 2 && joiners.has(between[0]!) && (between.length === 1 || unitWords.has(between[1]!));
  });
}

/** The year an ISO date begins with ("-0202-01-01" → −202), if any. */
export function isoYear(iso: string | undefined): number | undefined {
  const m = iso === undefined ? null : /^(-?\d+)/.exec(iso);
  return m ? Number(m[1]) : undefined;
}

/** How much more plainly the earliest date answers a question about the first time. */
export const FIRST_TIME_WEIGHT = 2;

/** Does the question ask about the first time ("pertama kali", "perdana", "first")? */
export const asksFirstTime = (focus: QuestionFocus): boolean => [...focus.words].some((w) => impliedOrdinals.has(w));

/** Does the candidate's sentence name what the question asks about: a word of it past the ordinal and the frame words ("kali", "nama")? */
function tellsOf(c: Candidate, focus: QuestionFocus): boolean {
  const sentence = c.words[c.first]!.sentence;
  const about = focus.terms.filter((t) => !ordinalWords.has(t) && !frameWords.has(t));
  return c.words.some((w, i) => w.sentence === sentence && (i < c.first || i > c.last) && about.some((t) => similarity(t, w) > 0));
}

/**
 * The candidates of one paragraph, the earliest weighed up when the question asks about the first
 * time and the paragraph gives more than one year of what the question asks about (`years[k]`: the
 * year of `candidates[k]`; a date in a sentence about something else is no time of it).
 */
export function firstTime(candidates: readonly Candidate[], years: readonly (number | undefined)[], focus: QuestionFocus): Candidate[] {
  if (!asksFirstTime(focus)) return [...candidates];
  const of = candidates.map((c, k) => (tellsOf(c, focus) ? years[k] : undefined));
  const known = of.filter((y): y is number => y !== undefined);
  if (new Set(known).size < 2) return [...candidates];
  const earliest = Math.min(...known);
  return candidates.map((c, k) => (of[k] === earliest ? { ...c, prior: c.prior * FIRST_TIME_WEIGHT } : c));
}

/**
 * The ordinal past the first a question picks one date by ("gempa yang kedua", "the second
 * launch"), with the number it stands for; none for the first, which firstTime weighs.
 */
export function pickedOrdinal(focus: QuestionFocus): { readonly term: string; readonly n: number } | undefined {
  const term = focus.terms.find((t) => (ordinalNumbers[t] ?? 0) >= 2);
  return term === undefined ? undefined : { term, n: ordinalNumbers[term]! };
}

/** The date written right before `d`, joined to it in a list ("6 Februari 2004 dan 26 November 2004", "A, B dan C"), if any. */
function listedBefore(text: string, d: DateMention, dates: readonly DateMention[]): DateMention | undefined {
  return dates.find((o) => {
    const stop = o.short.offset + o.short.text.length;
    if (stop > d.short.offset) return false;
    const between = fold(text.slice(stop, d.short.offset)).replace(/,/g, ' , ').trim().split(/\s+/);
    const comma = between[0] === ',';
    const words = between.filter((w) => w !== ',');
    return (comma || joiners.has(words[0] ?? '')) && words.length <= 2 && words.every((w) => joiners.has(w) || unitWords.has(w));
  });
}

/** Is `a` before `b` in time, as far as they say? A date written without its year ("20 August and 8 September 1975") shares the next one's. */
function inOrder(a: DateMention, b: DateMention): boolean {
  if (a.start === undefined || b.start === undefined) return true;
  const ownYear = (m: DateMention): boolean => /\d{3,4}/.test(m.short.text);
  return ownYear(a) && ownYear(b) ? a.start < b.start : a.start.slice(5) < b.start.slice(5);
}

/**
 * Where `d` stands in the list of dates that ends with it, counting from 1, when the list is written
 * in the order of time ("pada 20 Agustus dan 8 September 1975 diluncurkan dua wahana": 8 September is
 * the second launch); 1 for a date listed with none before it. None for a list out of order, or for
 * the two ends of a span ("antara 1717 dan 1721", "between 1717 and 1721": one time, not two).
 */
export function placeInList(text: string, d: DateMention, dates: readonly DateMention[]): number | undefined {
  let place = 1;
  let at = d;
  for (let prev = listedBefore(text, at, dates); prev !== undefined; prev = listedBefore(text, at, dates)) {
    if (!inOrder(prev, at)) return undefined;
    place++;
    at = prev;
  }
  const before = fold(text.slice(0, at.short.offset)).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !unitWords.has(w)).pop();
  return place > 1 && before !== undefined && (spanWords.has(before) || startWords.has(before)) ? undefined : place;
}

const lastWords = new Set(allTables.flatMap((t) => t.dateWords?.lastWords ?? []).map(fold));

/** Which end of a list of dates the question asks for: the first ("pertama", "first") or the last ("terakhir", "last"), if either. */
export function listEndAsked(focus: QuestionFocus): 'first' | 'last' | undefined {
  const first = asksFirstTime(focus);
  const last = [...focus.words].some((w) => lastWords.has(w));
  return first === last ? undefined : first ? 'first' : 'last';
}

/**
 * Is `d` the end of a list of two dates or more, written in the order of time, that the question
 * asks for ("pada 20 Agustus dan 8 September 1975 diluncurkan dua wahana" for "Kapan wahana pertama
 * diluncurkan?": 20 Agustus; "… yang terakhir?": 8 September)?
 */
export function endOfList(text: string, d: DateMention, dates: readonly DateMention[], end: 'first' | 'last'): boolean {
  const place = placeInList(text, d, dates);
  if (place === undefined) return false;
  const next = dates.find((o) => o !== d && listedBefore(text, o, dates) === d);
  const ordered = next !== undefined && placeInList(text, next, dates) === place + 1;
  return end === 'first' ? place === 1 && ordered : place >= 2 && !ordered;
}

const precisionRank: Readonly<Record<DateMention['precision'], number>> = { day: 0, week: 1, month: 2, year: 3, decade: 4, century: 5 };

/**
 * Does a date in brackets right after `d` say the same time more precisely: "tahun 294 Saka (16 Maret
 * 372 Masehi)", a year of another calendar with its era, then the day in ours? Then it answers, not `d`.
 */
export function restatedMorePrecisely(text: string, d: DateMention, dates: readonly DateMention[]): boolean {
  const stop = d.short.offset + d.short.text.length;
  return dates.some((o) => {
    if (o.offset <= stop || !/^\s*(?:\p{Lu}\p{L}*\s*)?\(\s*$/u.test(text.slice(stop, o.offset))) return false;
    return precisionRank[o.precision] < precisionRank[d.precision];
  });
}
