// The data read from an article that crosses module lines: load (file → Article) → extract (Article →
// Understanding). Plain, read-only records: no behaviour, no Discord types. What the core answers
// with (citations, Said, Finding, Answer) is in findings.ts.

export type Language = 'id' | 'en';

export interface ArticleMeta {
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  /** ISO date (YYYY-MM-DD) or date-time, as given by the sidecar. */
  readonly publishedAt?: string;
  readonly language: Language;
  /** City named in the dateline, if any ("Jakarta" in "TEMPO.CO, Jakarta -"). */
  readonly city?: string;
  /** The paragraph (1-based) the report opens at, past a headline and a byline; absent: ¶1. */
  readonly lede?: number;
}

export interface Sentence {
  /** 1-based paragraph number this sentence belongs to. */
  readonly paragraph: number;
  /** 0-based index of the sentence within its paragraph. */
  readonly index: number;
  /** Verbatim text: paragraph.text.slice(start, end). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Paragraph {
  /** 1-based number after cleaning: what citations call ¶N. */
  readonly n: number;
  /** The article's own words, verbatim (only outer whitespace trimmed). */
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

export interface Article {
  /** File name without extension. */
  readonly id: string;
  readonly meta: ArticleMeta;
  readonly paragraphs: readonly Paragraph[];
  /** sha256 of the raw file (and sidecar), for caches. */
  readonly contentHash: string;
}

/** A person the article names. */
export interface Person {
  /** Longest full name as written ("Siti Aminah Wulandari"). */
  readonly name: string;
  /** Role or title as written ("Menteri Luar Negeri Rusia"), if stated. */
  readonly role?: string;
  /** Other forms the article uses or readers type (surname, first name, hyphenated). */
  readonly aliases: readonly string[];
  /** Paragraphs mentioning the person, ascending. */
  readonly paragraphs: readonly number[];
}

/** An organisation (KCNA, NATO, DPR …). */
export interface Organisation {
  readonly name: string;
  /** Expansion where the article gives one ("North Atlantic Treaty Organization"). */
  readonly expansion?: string;
  readonly aliases: readonly string[];
  readonly paragraphs: readonly number[];
}

/** A place (city, region, country). */
export interface Place {
  readonly name: string;
  /** Other names: English forms readers type ("Moscow" for "Moskow"). */
  readonly aliases: readonly string[];
  readonly paragraphs: readonly number[];
}

export interface Quote {
  /** The quoted words, verbatim, without the quote marks. */
  readonly text: string;
  /** Speaker's name as resolved (full name when linkable), or undefined when unknown. */
  readonly speaker?: string;
  /** First paragraph of the quote. */
  readonly paragraph: number;
  /** All paragraphs the quote spans (usually one). */
  readonly paragraphs: readonly number[];
  /** Relay source where stated ("Antara" in "dikutip dari Antara", "KCNA" in "Menurut KCNA"). */
  readonly via?: string;
  /** The speech verb that attributes the quote, as written ("kata", "ujarnya", "said", "Menurut"). */
  readonly cue?: string;
  /** The attribution clause as written, from the cue to the end of its clause ("kata Kepala Dinas
   * Budi di Jakarta, Senin (3/2)", "Menurut Yudi"); absent when the quote has no cue of its own. */
  readonly attribution?: string;
}

/** Words of a paragraph: their offset in it and the text, verbatim. */
export interface TextSpan {
  readonly offset: number;
  readonly text: string;
}

export interface DateMention {
  /** As written in the article ("Rabu, 19 Juni 2024", "tahun lalu"). */
  readonly text: string;
  /**
   * Resolved ISO date (YYYY-MM-DD) or the start of a range; absent when the article gives nothing
   * to place it by ("on Monday" in an article without a date): shown as written, unresolved.
   */
  readonly start?: string;
  /** End of a range (inclusive), ISO; absent for a single day. */
  readonly end?: string;
  /** What kind of expression it was. */
  readonly kind: 'absolute' | 'relative' | 'month' | 'year' | 'range' | 'century' | 'weekday';
  readonly paragraph: number;
  /** Character offset of the mention within its paragraph. */
  readonly offset: number;
  /** The short answer a reader would quote: without cue words, day name or brackets ("12/4" of "Senin (12/4)"). */
  readonly short: TextSpan;
  /** 0–1: how plainly it is a date (a full day 1, a bare year less, a day name or a relative word least). */
  readonly strength: number;
  /** The two ends of a span of years or days ("1901" and "1968" of "(1901-1968)"): answers to its start or end. */
  readonly ends?: readonly [TextSpan, TextSpan];
  /** The finest unit it names: "Senin (12/4)" a day, "Juni 2024" a month, "1990-an" a decade. */
  readonly precision: 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';
  /** Some units before or after ("beberapa bulan ke depan", "recent years"): it names no day, whatever the article's date. */
  readonly vague?: true;
  /** It stands in the dateline ("JAKARTA, Senin (3/3/2025) - …"): the day of the report, not of an event it tells. */
  readonly dateline?: true;
}

/** A number as the article writes it ("0,2 persen", "7.300 tentara", "2 million pounds"), read once at load. */
export interface NumberMention {
  /** Verbatim, with a multiplier word that follows it ("2 juta", "2 million"). */
  readonly text: string;
  /** Its value, the multiplier applied ("2 juta" → 2000000). */
  readonly value: number;
  /** The folded word that follows it, past the multiplier: what is counted ("persen", "tentara", "pounds"). */
  readonly unit?: string;
  readonly paragraph: number;
  /** Character offset of the number within its paragraph. */
  readonly offset: number;
}

/**
 * A run of capitalised words in a paragraph, each word classed (extract/names.ts): what who-answers
 * are cut from. Word indexes count the words of text/words.ts `paragraphWords`.
 */
export interface NameRun {
  readonly paragraph: number;
  /** First and last word of the run. */
  readonly runFirst: number;
  readonly runLast: number;
  /** Its first word that may name someone (after a common word opening the sentence). */
  readonly first: number;
  /** One letter per word from `first` to `runLast` (see WORD_CLASSES in extract/word-classes.ts). */
  readonly classes: string;
  /** A title or rank stands before the run ("Presiden …", "kata Menteri …"). */
  readonly titled: boolean;
  /** A speech verb or an agent marker stands beside it ("kata X", "X mengatakan", "oleh X"). */
  readonly spoken: boolean;
  /** A locative preposition stands right before it ("di X"). */
  readonly locative: boolean;
  /** Its first word is written with a capital inside a sentence somewhere in the article. */
  readonly capitalisedElsewhere: boolean;
}

/** What the bot understood of one article. */
export interface Understanding {
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly places: readonly Place[];
  readonly quotes: readonly Quote[];
  readonly dates: readonly DateMention[];
  /** Every run of capitalised words, classed: where who-answers come from. */
  readonly names: readonly NameRun[];
  /** Every number (not a date), for /check; absent in an Understanding made before numbers were read. */
  readonly numbers?: readonly NumberMention[];
  /** Sentences reporting what someone said, with the speaker as written; absent in an Understanding made before they were read. */
  readonly statements?: readonly ReportedSpeech[];
  /** Folded short forms the article writes in brackets after an event's name ("Pemilihan Presiden (Pilpres)"): events, never places; absent in an Understanding made before they were read. */
  readonly eventForms?: readonly string[];
}

/** A sentence that says who said something ("X mengatakan, …", "…, kata X"): the speaker's span as written. */
export interface ReportedSpeech {
  readonly paragraph: number;
  /** 0-based sentence of the paragraph. */
  readonly sentence: number;
  /** Offsets of the speaker (with the role written with them) in the paragraph's text. */
  readonly start: number;
  readonly end: number;
}

import type { CommandName } from '../commands/catalog.js';

export type { CommandName };
