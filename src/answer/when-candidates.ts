// The possible answers to an open when-question in one paragraph: the dates of the paragraph (as
// extract read them) that the question does not itself name, each with the end of a span the
// question asks for ("lahir" the start of a life, "meninggal" its end) and the year alone where the
// question asks for a year. Split from candidates.ts, which scores them with the who-answers.
import type { LibraryEntry } from '../index/library.js';
import type { QuestionFocus } from '../query/focus.js';
import { fold } from '../text/normalize.js';
import { partsOf, type ParagraphWord as Word } from '../text/words.js';
import { allTables } from '../lang/index.js';
import { lifeConcepts } from '../lang/support.js';
import { bracketEnd, cueEnd } from './brackets.js';
import { conceptsOf, exclusionWords, ordinalWords, spanEndOf } from '../query/concepts.js';
import type { Candidate } from './candidate.js';
import { OTHER_SIDE_WEIGHT, otherSideOfChange } from './changes.js';
import { endOfList, FIRST_TIME_WEIGHT, firstTime, isoYear, joinedDate, listEndAsked, pickedOrdinal, placeInList, restatedMorePrecisely, unitWords } from './date-lists.js';
import { ofAnotherName, ofAskedClause, ofLeadingClause, ofRelativeClause } from './date-clause.js';
import type { DateMention } from '../types.js';
import { NAMED_YEAR_WEIGHT, yearOfAskedName } from './dated-names.js';
import { saidDateOnly } from './saying-date.js';
import { ofKinLife } from './kin-dates.js';

const phrases = (pick: (w: NonNullable<(typeof allTables)[number]['dateWords']>) => readonly string[]): string[][] =>
  allTables.flatMap((t) => (t.dateWords ? pick(t.dateWords) : [])).map((p) => p.split(' '));
const eventStartWords = phrases((w) => w.eventStartWords ?? []);
const eventEndWords = phrases((w) => w.eventEndWords ?? []);
const rangeStartWords = [...phrases((w) => w.rangeStartWords), ...eventStartWords];
const rangeEndWords = [...phrases((w) => w.rangeEndWords), ...eventEndWords];
const eventEndOf = (term: string): 'start' | 'end' | undefined =>
  eventStartWords.some((p) => p.length === 1 && p[0] === term) ? 'start' : eventEndWords.some((p) => p.length === 1 && p[0] === term) ? 'end' : undefined;
const askDayWords = phrases((w) => w.askDay);
const askYearWords = phrases((w) => w.askYear ?? []);
const askMonthWords = phrases((w) => w.askMonth ?? []);
const asks = (focus: QuestionFocus, list: readonly (readonly string[])[]): boolean => list.some((p) => p.every((w) => focus.words.has(w)));
const birthWords = new Set(allTables.flatMap((t) => t.answerWords?.birthWords ?? []));
const deathWords = new Set(allTables.flatMap((t) => t.answerWords?.deathWords ?? []));

/** A sentence that tells of a birth and not of a death (or the other way round) does not date the other. */
function tellsOtherEnd(words: readonly Word[], sentence: number, focus: QuestionFocus): boolean {
  if (focus.birth === focus.death) return false;
  const said = words.filter((w) => w.sentence === sentence && !w.mark);
  const birth = said.some((w) => birthWords.has(w.norm));
  const death = said.some((w) => deathWords.has(w.norm));
  return focus.death ? birth && !death : death && !birth;
}

/** Which end of a span the question asks for: 0 its start ("lahir", "pertama kali"), 1 its end ("meninggal", "sampai"), else none. */
function rangeEndAsked(focus: QuestionFocus): 0 | 1 | undefined {
  const start = focus.birth || asks(focus, rangeStartWords);
  const end = focus.death || asks(focus, rangeEndWords);
  return start === end ? undefined : start ? 0 : 1;
}
const betweenWords = new Set(allTables.flatMap((t) => t.dateWords?.between ?? []).map(fold));
/** A span of days within a year or two ("22-26 Agustus 2005", "6-14 Agustus"): the time of one event, not a life. */
function daysOfOneEvent(d: DateMention): boolean {
  if (d.kind !== 'range' || d.precision !== 'day') return false;
  const from = isoYear(d.start);
  const to = isoYear(d.end);
  return from === undefined || to === undefined || to - from <= 1;
}
/** Does the question ask a beginning or an end of an event ("dimulai", "dibuka", "berakhir", "ditutup")? */
const asksEventEnd = (focus: QuestionFocus): boolean =>
  focus.terms.some((t) => eventEndOf(t) !== undefined || conceptsOf(t).some((k) => k === 'began' || k === 'ended'));
/** Concepts of a thing made or born: what is made in a span of days ("dibentuk" in a congress of "7-10 November") was made over it. */
const making = new Set(['born', 'founded', 'built', 'created']);
/**
 * "antara 1717 dan 1721", "between 1717 and 1721": the two years bound when something happened, not
 * its start and its end; only a question about a beginning or an end of an event takes one of them,
 * any other ("dibangun", "lahir", "muncul") the two. A span of days ("7-10 November 1921") is when
 * one event took place: a question of a thing made in it ("dibentuk", "didirikan") takes it whole.
 */
const boundsOnly = (d: DateMention, focus: QuestionFocus): boolean =>
  !asksEventEnd(focus) &&
  (betweenWords.has(fold(d.short.text).split(/\s+/)[0]!) || (daysOfOneEvent(d) && focus.terms.some((t) => conceptsOf(t).some((k) => making.has(k)))));
/** Words, at most, between a range of days and the name of the event it dates ("Kongres Lorem yang berlangsung 22-26 Agustus"). */
const EVENT_REACH = 6;
/**
 * Is the name written nearest before the date, in its sentence, one the question names? "Kongres
 * Lorem yang berlangsung 22-26 Agustus" dates the congress; "Partai Lorem, sesuai hasil Kongres Ipsum
 * di Roma pada 7-10 November" does not date the party.
 */
function ofAskedName(words: readonly Word[], first: number, focus: QuestionFocus): boolean {
  const sentence = words[first]!.sentence;
  for (let k = first - 1; k >= 0 && first - k <= EVENT_REACH && words[k]!.sentence === sentence; k--) {
    const w = words[k]!;
    if (w.mark) {
      if (w.text !== '-') return false;
    } else if (w.cap) return focus.names.has(w.norm);
  }
  return false;
}
/** A question word a range of dates answers by itself: a beginning or an end of an event ("dimulai", "berakhir"). */
const ofLife = (term: string): boolean => conceptsOf(term).some((k) => lifeConcepts.includes(k));
const tellsOfSpan = (term: string): boolean => conceptsOf(term).some((k) => k === 'began' || k === 'ended' || k === 'happened');

/** The year a date writes last ("8 November 1974" → "1974"), with where it stands in it. */
function yearIn(text: string): { at: number; text: string } | undefined {
  const found = [...text.matchAll(/(?<![\p{L}\p{N}])\d{3,4}(?![\p{L}\p{N}])/gu)].pop();
  return found?.index === undefined || found[0] === text ? undefined : { at: found.index, text: found[0] };
}

/** Does `o` write, with its date, the day `d` says: "Rabu (7/9)", "hari Rabu, 7 September", "Tuesday, May 14" of "Rabu", "Tuesday"? */
function namesDay(o: DateMention, d: DateMention): boolean {
  if (fold(o.text).startsWith(`${fold(d.text)} `)) return true;
  if (d.kind !== 'weekday' || o.precision !== 'day') return false;
  const words = fold(o.text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return words.slice(0, 2).includes(fold(d.short.text)) && words.length > 2;
}

/** How much less a date answers when a bracket right after it says the same time more precisely. */
const RESTATED_WEIGHT = 0.5;

/** When: the dates of the paragraph (as extract read them) that the question does not itself name. */
export function whenCandidates(entry: LibraryEntry, paragraph: number, words: readonly Word[], focus: QuestionFocus): Candidate[] {
  const out: Candidate[] = [];
  const endAsked = rangeEndAsked(focus);
  const text = entry.article.paragraphs[paragraph - 1]!.text;
  // "Tanggal berapa …?", "What day …?": a year or a month does not say it.
  const day = asks(focus, askDayWords);
  const yearAsked = !day && asks(focus, askYearWords);
  // "Bulan berapa …?", "In what month …?": a year or a century does not say it ("Terang Bulan" is a name, no month asked).
  const month = !day && askMonthWords.some((p) => p.every((w) => focus.words.has(w) && !focus.names.has(w)));
  const here = entry.understanding.dates.filter((d) => d.paragraph === paragraph);
  // "Abad berapa …?", "In what century …?": where the paragraph writes a century, a year or a decade does not say it.
  const century = !day && !month && !yearAsked && focus.century === true && here.some((d) => d.precision === 'century');
  const picked = pickedOrdinal(focus);
  const listEnd = listEndAsked(focus);
  // The year of each candidate, and the dates said together with one before them.
  const years: (number | undefined)[] = [];
  const joined = new Set<DateMention>();
  // "kata X, Senin (17/4)" of an event X names inside the quote alone: when X spoke, not when it happens.
  const spokenOnly = saidDateOnly(entry, paragraph, words, focus.terms.filter((t) => !focus.names.has(t)));
  for (const d of here) {
    if (joined.has(d) || spokenOnly(d.short.offset)) continue;
    if (day && d.precision !== 'day') continue;
    if (month && d.precision !== 'day' && d.precision !== 'week' && d.precision !== 'month') continue;
    if (century && d.precision !== 'century') continue;
    // "Rabu" where the paragraph writes "Rabu (7/9)", "Tuesday, May 14": the same day, said in full there. The dateline's
    // is no more than that one; a day name of another sentence ("…, kata dia, Rabu.") stands where it is and answers with the date.
    const fuller = here.find((o) => o.strength > d.strength && o.text.length > d.text.length && namesDay(o, d));
    if (fuller && (d.dateline || d.kind !== 'weekday')) continue;
    const span = { start: d.short.offset, end: d.short.offset + d.short.text.length };
    const first = words.findIndex((w) => w.end > span.start);
    let last = first;
    while (last + 1 < words.length && words[last + 1]!.start < span.end) last++;
    if (first < 0) continue;
    // "1000–1946 terkecuali 1918–1920", "except in 1918": the years set aside are no time of it.
    const before = words[first - 1]?.mark ? undefined : words[first - 1];
    if (before && (exclusionWords.has(before.norm) || (unitWords.has(before.norm) && exclusionWords.has(words[first - 2]?.norm ?? '')))) continue;
    // "kebakaran kedua tahun ini", "the second fire this year": the period the ordinal counts in, not when the event was.
    if (d.kind === 'relative' && [words[first - 1], words[first - 2]].some((w) => w !== undefined && !w.mark && ordinalWords.has(w.norm) && w.sentence === words[first]!.sentence)) continue;
    const digits = words.slice(first, last + 1).filter((w) => !w.mark && /\p{N}/u.test(w.norm));
    if (digits.length > 0 && digits.every((w) => partsOf(w.norm).every((p) => focus.words.has(p) || !/\p{N}/u.test(p)))) continue;
    // "(1901-1968)", "1801–1817": a question about a start or an end takes that end alone.
    const ends = d.ends && !boundsOnly(d, focus) ? d.ends : undefined;
    const asked = endAsked ?? (focus.spanEnd === 'start' ? 0 : focus.spanEnd === 'end' ? 1 : undefined);
    const chosen = ends && asked !== undefined ? ends[asked] : (fuller?.short ?? d.short);
    // "Kapan X meninggal?" is not answered by "X lahir tahun 1930".
    if (!d.ends && tellsOtherEnd(words, words[first]!.sentence, focus)) continue;
    // "Tahun berapa …?", "In what year …?": a date with its day or month answers with its year.
    const year = yearAsked && !ends && (d.precision === 'day' || d.precision === 'week' || d.precision === 'month') ? yearIn(chosen.text) : undefined;
    // "Tahun berapa …?" is not answered by "13 Juli", which writes no year.
    if (yearAsked && !ends && year === undefined && (d.precision === 'day' || d.precision === 'week' || d.precision === 'month')) continue;
    const start = chosen.offset + (year?.at ?? 0);
    let stop = year ? start + year.text.length : chosen.offset + chosen.text.length;
    // "pada 1957 dan 1975": the two dates answer together, the second no answer alone.
    const next = year || ends || fuller ? undefined : joinedDate(text, stop, here, focus, endAsked !== undefined);
    if (next) {
      joined.add(next);
      stop = next.short.offset + next.short.text.length;
      while (last + 1 < words.length && words[last + 1]!.start < stop) last++;
    }
    // A date in brackets after a name says which end of a life or a reign it is; the other end is no answer.
    const bracket = bracketEnd(text, start, stop);
    const side = ends && asked !== undefined ? (asked === 0 ? 'start' : 'end') : (bracket ?? cueEnd(text, start));
    const wrongSide = side !== undefined && focus.spanEnd !== undefined && side !== focus.spanEnd;
    // A range ("6-14 Agustus") says when something began and when it ended.
    const range = side === undefined && /\d\s*[-–]\s*\d/.test(text.slice(start, stop));
    // A range says when an event began and ended, not when a thing was founded or a person born; only
    // a bracket after a name ("Budi (1901–1968)") says a birth and a death without the words.
    // The ends of a range of days say when the event opened and closed ("berlangsung 22-26 Agustus" of "Kapan X ditutup?").
    const saysEnd =
      side !== undefined
        ? (term: string): boolean => (spanEndOf(term) === side && (bracket !== undefined || !ofLife(term))) || (ends !== undefined && daysOfOneEvent(d) && eventEndOf(term) === side && ofAskedName(words, first, focus))
        : range
          ? tellsOfSpan
          : undefined;
    // The second of two dates listed in the order of time is the second time ("Kapan … yang kedua?").
    const nth = picked !== undefined && placeInList(text, d, here) === picked.n ? picked.term : undefined;
    const implies = nth === undefined ? saysEnd : (term: string): boolean => term === nth || (saysEnd?.(term) ?? false);
    // "dari A pada 2001 menjadi B pada 2005" asked "… menjadi B?": 2001 is the date of A.
    const otherSide = otherSideOfChange(words, first, focus) ? OTHER_SIDE_WEIGHT : 1;
    // "Kapan wahana pertama diluncurkan?" of "pada 20 Agustus dan 8 September 1975 diluncurkan dua wahana": the first of the list.
    // Days or months only: "sekitar 1920-an dan 1930-an" is one period, not two times.
    const dated = d.precision === 'day' || d.precision === 'month';
    const listed = listEnd !== undefined && dated && !next && endOfList(text, d, here, listEnd) ? FIRST_TIME_WEIGHT : 1;
    // "tahun 294 Saka (16 Maret 372 Masehi)": the day in brackets says the same time more precisely.
    const restated = restatedMorePrecisely(text, d, here) ? RESTATED_WEIGHT : 1;
    // "mendapat Kennedy Award 2001" of "… mendapat Kennedy Award?": the year of the asked name.
    const named = yearOfAskedName(words, first, last, focus) ? NAMED_YEAR_WEIGHT : 1;
    out.push({ entry, paragraph, words, first, last, start, end: stop, prior: d.strength * (wrongSide ? 0.3 : 1) * otherSide * listed * restated * named, ...(implies && { implies }) });
    years.push(isoYear(d.start));
  }
  // A date of the clause whose verb the question asks ("didirikan … pada 1994 dan dibentuk 1995").
  return firstTime(ofKinLife(ofRelativeClause(ofAnotherName(ofLeadingClause(ofAskedClause(out, focus), focus), focus), focus), focus), years, focus);
}
