// The date words (src/lang/*.ts: months, weekdays, dateWords), compiled once per article language
// into the pieces the rules' patterns are written with, and the look-ups their builders use. Both
// languages' words are read, the article's own first: its language is a guess from its words, and
// "per 1 Oktober" is a date in a passage guessed to be English. The language decides the rest
// (3/4 is 3 April in Indonesian, March 4 in English).
import { allTables, tables } from '../../lang/index.js';
import type { DateWords } from '../../lang/tables.js';
import type { Language } from '../../types.js';

/** Whether a clause tells of what happened or of what will. */
export type Tense = 'past' | 'future';

/** Tense words and phrases by their first word, longest first: "going to", "will". */
export type TenseIndex = ReadonlyMap<string, readonly { readonly parts: readonly string[]; readonly tense: Tense }[]>;

const emptyDateWords: DateWords = {
  dayWords: [], monthWords: [], yearWords: [], centuryWords: [], cues: [], qualifiers: [], rangeWords: [],
  past: [], future: [], thisAfter: [], thisBefore: [], sameYear: [], bcWords: [], adWords: [], relative: {}, units: {}, numbers: {}, centuryOrdinals: {}, quantifiers: [], quantityWords: [], notYearBefore: [],
  futureTense: [], pastTense: [], askDay: [], rangeStartWords: [], rangeEndWords: [], notDayBefore: [], between: [], betweenJoin: [],
  approximateAfter: [], ahead: [], aheadSpan: [], recent: [], seasons: [], seasonLeads: [], vagueBefore: {}, hijriMonths: {}, hijriEra: [],
  approximate: [], shortYearCues: [], restated: [], alternatives: [],
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** An alternation of words, longest first, a space matching any run of spaces; never-matching when empty. */
export const alt = (words: Iterable<string>): string => {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/ /g, '\\s+'));
  return list.length === 0 ? '(?!)' : `(?:${list.join('|')})`;
};

/** The pieces every rule's pattern is written with. */
export interface Pieces {
  /** Any month name or abbreviation (an abbreviation may carry its dot: "Agu.", "Sept."). */
  readonly M: string;
  /** A month written in full. */
  readonly MF: string;
  /** A day name. */
  readonly W: string;
  readonly DW: string;
  readonly MW: string;
  readonly YW: string;
  readonly CW: string;
  /** An ordinal a century is counted by ("pertama", "keempat belas"). */
  readonly ORD: string;
  readonly Q: string;
  readonly CUE: string;
  /** A range word ("hingga", "to"). */
  readonly RW: string;
  /** The words of "between 1945 and 1970". */
  readonly BW: string;
  readonly AND: string;
  /** Between the two ends of a range: a dash, or a range word with spaces around it. */
  readonly TO: string;
  readonly UNIT: string;
  /** A number of units: digits or a number word. */
  readonly NUM: string;
  readonly PAST: string;
  /** After a number of units: after the reference ("lagi", "from now"). */
  readonly AHEAD: string;
  /** After a number of units: the span up to that far after the reference ("ke depan"). */
  readonly SPAN: string;
  /** After a vague number of units: up to the reference ("terakhir"). */
  readonly RECENT: string;
  /** A vague number ("beberapa", "several"). */
  readonly VAGUE: string;
  /** Before a unit: a vague span ("the coming", "recent"). */
  readonly VB: string;
  /** A relative expression ("kemarin", "last week"). */
  readonly REL: string;
  /** A season ("spring", "musim hujan"). */
  readonly SEASON: string;
  /** Before a season: a lead ("the", "this"), a past or future word, a qualifier ("next", "early"). */
  readonly SL: string;
  /** A future word ("depan", "next"). */
  readonly FUT: string;
  /** A relative expression of a year ("tahun lalu", "last year"). */
  readonly RELYEAR: string;
  /** A relative expression of a week ("pekan depan", "next week"). */
  readonly RELWEEK: string;
  /** The year last named ("tahun yang sama", "that year"). */
  readonly SAMEYEAR: string;
  /** An era after a year ("SM", "Masehi", "BC", "AD"). */
  readonly ERA: string;
  /** Day of the month, 1–31. */
  readonly D: string;
  /** A four-digit year. */
  readonly Y: string;
  /** A month of the Hijri calendar ("Rabiul Awal", "Ramadan"). */
  readonly HM: string;
  /** The era after a Hijri year ("H", "Hijriah", "AH"). */
  readonly HE: string;
  /** Between a year of another calendar and the same of ours: a slash, or a word ("atau", "or"). */
  readonly RESTATE: string;
  /** A mark of an approximate year ("skt.", "l.k.", "c."). */
  readonly APPROX: string;
  /** A cue before a year of three digits ("pada"). */
  readonly SYC: string;
  /** Between two years given as alternatives ("atau", "or"). */
  readonly OR: string;
}

export interface DateVocabulary {
  readonly lang: Language;
  readonly words: DateWords;
  readonly months: Readonly<Record<string, number>>;
  readonly weekdays: Readonly<Record<string, number>>;
  /** Month names written in full (the longest name of a month, or five letters and more). */
  readonly fullMonths: ReadonlySet<string>;
  readonly pieces: Pieces;
  /** Words before a day name that make it part of a name, not a date ("Pasar Minggu", "Black Friday"). */
  readonly notDayBefore: ReadonlySet<string>;
  /** Lower-case words that may stand right before a year and still leave it a date (cues, date words, stop words …). */
  readonly dateCueWords: ReadonlySet<string>;
  /** Words and phrases that give a clause its tense: the tense words, and speech verbs (a report tells of the past). */
  readonly tenseWords: TenseIndex;
  /** Past and future markers right after a date ("7 Februari lalu") or right before it ("last Friday"). */
  readonly markers: readonly { readonly tense: 'past' | 'future'; readonly after: RegExp; readonly before: RegExp }[];
  /** A month name of three letters or more, as a whole word, any case. */
  readonly monthName: RegExp;
  /** Global, and whatever follows: every month name of a text, and the start of a word that opens
   * with one ("Maretâ", where an encoding slip glued a letter on: chrono still reads "Maret"). */
  readonly monthNames: RegExp;
}

export const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
export const capitalised = (s: string | undefined): boolean => s !== undefined && /^\p{Lu}/u.test(s);

function fullMonthNames(months: Readonly<Record<string, number>>): Set<string> {
  const longest = new Map<number, string>();
  for (const [name, n] of Object.entries(months)) if (name.length > (longest.get(n)?.length ?? 0)) longest.set(n, name);
  return new Set(Object.keys(months).filter((name) => name.length >= 5 || longest.get(months[name]!) === name));
}

/** Both languages' date words, the article's own first: a passage's language is only a guess, and a date is a date in either. */
function mergedWords(own: DateWords, other: DateWords): DateWords {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(emptyDateWords) as (keyof DateWords)[]) {
    const a = own[key];
    const b = other[key];
    merged[key] = Array.isArray(a) ? [...a, ...(b as readonly string[])] : { ...(b as object), ...(a as object) };
  }
  return merged as unknown as DateWords;
}

function build(lang: Language): DateVocabulary {
  const table = tables[lang];
  const others = allTables.filter((t) => t !== table);
  const ordered = [table, ...others];
  const words = others.reduce((w, t) => mergedWords(w, { ...emptyDateWords, ...t.dateWords }), { ...emptyDateWords, ...table.dateWords });
  const months: Record<string, number> = Object.assign({}, ...[...ordered].reverse().map((t) => t.months));
  const weekdays: Record<string, number> = Object.assign({}, ...[...ordered].reverse().map((t) => t.weekdays));
  const fullMonths = new Set(ordered.flatMap((t) => [...fullMonthNames(t.months)]));
  const abbreviated = Object.keys(months).filter((k) => !fullMonths.has(k));
  const MF = alt(fullMonths);
  const yearPhrases = Object.entries(words.relative).filter(([, r]) => r.unit === 'year').map(([k]) => k);
  const pieces: Pieces = {
    MF,
    // A full name never takes the sentence's full stop; an abbreviation keeps its own dot.
    M: `(?:${MF}|${alt(abbreviated)}\\.?)`,
    W: alt(Object.keys(weekdays)),
    DW: alt(words.dayWords),
    MW: alt(words.monthWords),
    YW: alt(words.yearWords),
    CW: alt(words.centuryWords),
    ORD: alt(Object.keys(words.centuryOrdinals ?? {})),
    Q: alt(words.qualifiers),
    CUE: alt(words.cues),
    RW: alt(words.rangeWords),
    BW: alt(words.between ?? []),
    AND: alt(words.betweenJoin ?? []),
    TO: `(?:\\s*[-–—]\\s*|\\s+${alt(words.rangeWords)}\\s+)`,
    UNIT: alt(Object.keys(words.units)),
    NUM: `(?:\\d{1,3}|${alt(Object.keys(words.numbers))})`,
    PAST: alt(words.past),
    AHEAD: alt(words.ahead ?? []),
    SPAN: alt(words.aheadSpan ?? []),
    RECENT: alt(words.recent ?? []),
    VAGUE: alt(words.quantifiers),
    VB: alt(Object.keys(words.vagueBefore ?? {})),
    REL: alt(Object.keys(words.relative)),
    SEASON: alt(words.seasons ?? []),
    SL: alt([...(words.seasonLeads ?? []), ...words.past, ...words.future, ...words.qualifiers]),
    FUT: alt(words.future),
    RELYEAR: alt(yearPhrases),
    RELWEEK: alt(Object.entries(words.relative).filter(([, r]) => r.unit === 'week').map(([k]) => k)),
    SAMEYEAR: alt(words.sameYear),
    ERA: alt([...words.bcWords, ...words.adWords]),
    D: '(?:3[01]|[12]\\d|0?[1-9])',
    Y: '\\d{4}',
    HM: alt(Object.keys(words.hijriMonths ?? {})),
    HE: alt(words.hijriEra ?? []),
    RESTATE: `(?:\\s*/\\s*|\\s+${alt(words.restated ?? [])}\\s+)`,
    APPROX: alt(words.approximate ?? []),
    SYC: alt(words.shortYearCues ?? []),
    OR: alt(words.alternatives ?? []),
  };
  const all = <T>(pick: (t: (typeof ordered)[number]) => readonly T[] | undefined): T[] => ordered.flatMap((t) => [...(pick(t) ?? [])]);
  const dateCueWords = new Set(
    [
      ...words.cues, ...words.dayWords, ...words.monthWords, ...words.yearWords, ...words.rangeWords, ...words.qualifiers,
      ...Object.keys(months), ...Object.keys(weekdays), ...all((t) => t.stopWords), ...all((t) => t.nameWords?.leadWords),
    ].map(lower),
  );
  return {
    lang,
    words,
    months,
    weekdays,
    fullMonths,
    pieces,
    notDayBefore: new Set([...words.notDayBefore, ...all((t) => t.nameWords?.placeWords)].map(lower)),
    dateCueWords,
    markers: (['past', 'future'] as const).map((tense) => ({
      tense,
      after: new RegExp(`^\\s+${alt(words[tense])}(?![\\p{L}\\p{N}])`, 'iu'),
      before: new RegExp(`(?<![\\p{L}\\p{N}])${alt(words[tense])}\\s+$`, 'iu'),
    })),
    monthName: new RegExp(`(?<!\\p{L})${alt(Object.keys(months).filter((n) => n.length >= 3))}(?!\\p{L})`, 'iu'),
    monthNames: new RegExp(`(?<!\\p{L})${alt(Object.keys(months).filter((n) => n.length >= 3))}`, 'giu'),
    tenseWords: tenseIndex([
      ...[...all((t) => t.speechVerbs), ...all((t) => t.pronounSpeechVerbs), ...words.pastTense].map((w) => [w, 'past'] as const),
      ...words.futureTense.map((w) => [w, 'future'] as const),
    ]),
  };
}

/** Phrases by their first word, longest first (the first listing of a phrase wins). */
function tenseIndex(entries: readonly (readonly [string, Tense])[]): TenseIndex {
  const index = new Map<string, { parts: string[]; tense: Tense }[]>();
  const seen = new Set<string>();
  for (const [phrase, tense] of entries) {
    const parts = lower(phrase).split(' ');
    if (seen.has(parts.join(' '))) continue;
    seen.add(parts.join(' '));
    const list = index.get(parts[0]!) ?? [];
    list.push({ parts, tense });
    list.sort((a, b) => b.parts.length - a.parts.length);
    index.set(parts[0]!, list);
  }
  return index;
}

const built = new Map<Language, DateVocabulary>();

/** The date vocabulary of a language, compiled on first use. */
export function vocabularyOf(lang: Language): DateVocabulary {
  let v = built.get(lang);
  if (!v) {
    v = build(lang);
    built.set(lang, v);
  }
  return v;
}

export function monthNo(v: DateVocabulary, s: string | undefined): number {
  return v.months[lower(s).replace(/\.$/, '')] ?? 0;
}

/** The number of a Hijri month ("Rabiul Awal" → 3), or 0. */
export function hijriMonthNo(v: DateVocabulary, s: string | undefined): number {
  return v.words.hijriMonths?.[lower(s)] ?? 0;
}

export function weekdayNo(v: DateVocabulary, s: string | undefined): number | undefined {
  return s === undefined ? undefined : v.weekdays[lower(s)];
}

/** A month name as a date writes it: a known month, capitalised unless a year is written with it ("15 oktober 2003"). */
export function isMonth(v: DateVocabulary, s: string | undefined, withYear = false): boolean {
  return (withYear || capitalised(s)) && monthNo(v, s) > 0;
}

export function isFullMonth(v: DateVocabulary, s: string | undefined): boolean {
  return v.fullMonths.has(lower(s).replace(/\.$/, ''));
}

/** A number written in digits or as a word ("dua", "two"), or undefined. */
export function numberOf(v: DateVocabulary, s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return /^\d+$/.test(s) ? Number(s) : v.words.numbers[lower(s)];
}

/**
 * The era of a year as written after it: 'bc', 'ad', or undefined when the word is not one. A short
 * one is written in capitals ("SM", "AD": "500 m" is metres), and one letter counts only when `sure`
 * ("tahun 575 M", a span); a longer one in any case ("820 sebelum masehi").
 */
export function eraOf(v: DateVocabulary, s: string | undefined, sure: boolean): 'bc' | 'ad' | undefined {
  if (s === undefined || (s.length <= 2 && !/^\p{Lu}+$/u.test(s)) || (s.length === 1 && !sure)) return undefined;
  const w = lower(s);
  return v.words.bcWords.includes(w) ? 'bc' : v.words.adWords.includes(w) ? 'ad' : undefined;
}
