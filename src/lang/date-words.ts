// The date words of a language table (lang/tables.ts): what the date rules (extract/dates) are written with.

export type DateUnit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'century';

export interface RelativeDate {
  readonly unit: DateUnit;
  /** 0 this, -1 last, +1 next. */
  readonly offset: number;
}

export interface DateWords {
  /** Words written before a day name or a date and kept in its text ("hari", "tanggal"). */
  readonly dayWords: readonly string[];
  /** Word for month before a month name ("bulan"). */
  readonly monthWords: readonly string[];
  /** Word for year before a year ("tahun", "year"). */
  readonly yearWords: readonly string[];
  /** Word for century ("abad", "century"). */
  readonly centuryWords: readonly string[];
  /** Words before a bare year or month that make it a date ("pada", "sejak", "in", "since"). */
  readonly cues: readonly string[];
  /** Qualifiers kept in the text of a year or month ("awal", "akhir", "early", "late"). */
  readonly qualifiers: readonly string[];
  /** Words between the two ends of a range ("hingga", "to"); dashes always count. */
  readonly rangeWords: readonly string[];
  /** Words next to a date that put it before the reference ("lalu", "silam", "last", "ago"). */
  readonly past: readonly string[];
  /** Words next to a date that put it after the reference ("depan", "nanti", "next", "coming"). */
  readonly future: readonly string[];
  /** Words after a month alone that name the month of the reference's year ("Oktober ini"). */
  readonly thisAfter?: readonly string[];
  /** Words before a month alone that name the month of the reference's year ("this October"). */
  readonly thisBefore?: readonly string[];
  /** Words after a year that put it before the common era ("sm", "sebelum masehi", "bc"), lower case (short ones are written in capitals). */
  readonly bcWords: readonly string[];
  /** Words after a year that put it in the common era ("m", "masehi", "ad"), lower case (short ones are written in capitals). A
   * one-letter word ("M") counts only after a year word ("tahun 575 M") or in a span: "Rp 500 M" is money. */
  readonly adWords: readonly string[];
  /** Phrases after a month or a day that give it the year last named ("September tahun yang sama", "May of that year"). */
  readonly sameYear: readonly string[];
  /** Relative expressions, lower case, to a unit and an offset from the reference. */
  readonly relative: Readonly<Record<string, RelativeDate>>;
  /** Units for "N <unit> lalu" / "N <unit>s ago", lower case. */
  readonly units: Readonly<Record<string, DateUnit>>;
  /** Small numbers written out ("dua", "two"). */
  readonly numbers: Readonly<Record<string, number>>;
  /** Ordinal words a century is counted by after its word ("abad pertama", "abad keempat belas"), lower case, to their number. */
  readonly centuryOrdinals?: Readonly<Record<string, number>>;
  /** Words after a number of units that put it that far after the reference ("dua pekan lagi", "two weeks from now"). */
  readonly ahead?: readonly string[];
  /** Words after a number of units that make the span up to that far after the reference ("lima tahun ke depan"): no day named. */
  readonly aheadSpan?: readonly string[];
  /** Words after a vague number of units that reach back to the reference ("beberapa tahun terakhir"). */
  readonly recent?: readonly string[];
  /** Words before a unit that make a vague span before (-1) or after (1) the reference ("the coming months", "recent years"). */
  readonly vagueBefore?: Readonly<Record<string, -1 | 1>>;
  /** Seasons ("spring", "musim hujan"): no day to place them on, shown as written. A season of one word is one only after a lead
   * (seasonLeads, a past or future word, a qualifier: "next summer", "the spring") or a cue ("in spring"), and in lower case. */
  readonly seasons?: readonly string[];
  /** Words before a season kept in its text ("the", "this", "the coming"), lower case. */
  readonly seasonLeads?: readonly string[];
  /** Words for large or vague numbers before a unit ("seribu tahun lalu", "beberapa tahun lalu", "several years ago"). */
  readonly quantifiers: readonly string[];
  /** Words that count one of the noun right after them ("seorang pilot", "a pilot"): a count of one only beside it. */
  readonly oneOf?: readonly string[];
  /** Words after a four-digit number that make it a quantity, not a year ("orang", "persen", "people"). */
  readonly quantityWords: readonly string[];
  /** Words before a four-digit number that make it a quantity or a code ("rp", "nomor", "no"). */
  readonly notYearBefore: readonly string[];
  /** Words before a date in its clause that put it after the reference ("akan", "will", "would"), lower case. */
  readonly futureTense: readonly string[];
  /** Words before a date in its clause that put it before the reference ("telah", "sudah", "had"), lower case. */
  readonly pastTense: readonly string[];
  /** Question words that ask for a day ("tanggal berapa", "hari apa", "what date"): a year or a month does not answer them. */
  readonly askDay: readonly string[];
  /** Question words that ask for a year ("tahun berapa", "what year"): a date with its day answers with its year. */
  readonly askYear?: readonly string[];
  /** Question words that ask how long something lasts ("berapa lama", "how long"): a number of days, months or years answers them. */
  readonly askDuration?: readonly string[];
  /** Question words that ask for a month ("bulan berapa", "what month"): a year, a decade or a century does not answer them. */
  readonly askMonth?: readonly string[];
  /** Question words that ask for a century ("abad berapa", "what century"): where the paragraph writes a century, a year or a decade does not answer them. */
  readonly askCentury?: readonly string[];
  /** Question words that ask for the start of a span ("lahir", "didirikan", "founded"): "1801–1817" answers "1801". */
  readonly rangeStartWords: readonly string[];
  /** Question words that ask for its end ("meninggal", "berakhir", "until"): "1801–1817" answers "1817". */
  readonly rangeEndWords: readonly string[];
  /** Question words about the start or the end of an event, not of a life or a body ("dimulai", "dibuka", "ditutup", "began",
   * "closed"): a span of days, the time of one event ("22-26 Agustus"), answers them with that end, and only them, whole. */
  readonly eventStartWords?: readonly string[];
  readonly eventEndWords?: readonly string[];
  /** Words before a capitalised day name that make it part of a name ("salat Jumat", "Black Friday"), lower case.
   * Kinds of place (nameWords.placeWords: "Pasar Minggu") count too. */
  readonly notDayBefore: readonly string[];
  /** A span of years written "between 1945 and 1970": the word before its first year and the one joining the two, lower case. */
  readonly between?: readonly string[];
  readonly betweenJoin?: readonly string[];
  /** Cues after which a word of notYearBefore ("about") still leaves a year a year: "in about 1300", "since around 1990". */
  readonly approximateAfter?: readonly string[];
  /** A change from one figure to another ("naik dari A pada 2001 menjadi B pada 2005", "from A in 2001 to B in 2005"):
   * the word before the first figure and the one before the second, lower case. Each date goes with the figure before it. */
  readonly changeFrom?: readonly string[];
  /** The months of the Hijri calendar by their number, lower case ("rabiul awal": 3), read only after a day ("12 Rabiul Awal"). */
  readonly hijriMonths?: Readonly<Record<string, number>>;
  /** The era written after a Hijri year ("H", "Hijriah", "AH"). */
  readonly hijriEra?: readonly string[];
  /** Words between a year of another calendar and the same year of ours ("283 H atau 895 M", "648 AH or 1250 AD"); a slash always. */
  readonly restated?: readonly string[];
  /** Words between two years a source gives as alternatives, one year apart ("sekitar 160 atau 161", "1890 or 1891"): one date, both written. */
  readonly alternatives?: readonly string[];
  /** Marks of an approximate year written before it ("skt. 1190", "l.k. 100", "c. 1979", "~ 280"), lower case. They stay out of
   * the short answer; before the ends of a span of years in brackets ("(l.k. 100 – l.k. 153)") they make it a life or a reign. */
  readonly approximate?: readonly string[];
  /** Cues after which a year of three digits is a year ("pada 946"), unless a word in lower case follows it ("pada 180 maskapai"). */
  readonly shortYearCues?: readonly string[];
  readonly changeTo?: readonly string[];
  /** Question words asking for the last of several times ("terakhir", "last"): the last date of a list written in the order of time answers. */
  readonly lastWords?: readonly string[];
  /** Words opening a relative clause ("yang", "which"): a date inside one tells of what that clause says, not of the main clause. */
  readonly relativeOpeners?: readonly string[];
  /** Words closing a relative clause before the main verb ("Konsol yang diumumkan pada 2013 ini dirilis …"), lower case. */
  readonly relativeClosers?: readonly string[];
}
