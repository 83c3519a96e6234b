// Dates a paragraph writes side by side, as a reader answers a when-question with them: two dates
// joined by "dan"/"and" ("pada 1957 dan 1975", "on 20 August and 8 September 1975") are one answer,
// whole, unless the question picks one of them by an ordinal or a birth or a death; and a question
// about the first time ("pertama kali", "perdana", "first") takes the earliest of the dates its
// passage gives (a later date tells of a later time, a later version, another release).
import type { DateMention } from '../types.js';
import { allTables } from '../lang/index.js';
import { frameWords, impliedOrdinals, ordinalWords } from '../query/concepts.js';
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
