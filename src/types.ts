// The data that crosses module lines. Plain, read-only records: no behaviour, no Discord types.
// Flow: load (file → Article) → extract (Article → Understanding) → index → answer (→ Answer) → render.

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
  /** Longest full name as written ("Sri Mulyani Indrawati"). */
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

export interface DateMention {
  /** As written in the article ("Rabu, 19 Juni 2024", "tahun lalu"). */
  readonly text: string;
  /** Resolved ISO date (YYYY-MM-DD) or the start of a range. */
  readonly start: string;
  /** End of a range (inclusive), ISO; absent for a single day. */
  readonly end?: string;
  /** What kind of expression it was. */
  readonly kind: 'absolute' | 'relative' | 'month' | 'year' | 'range' | 'century' | 'weekday';
  readonly paragraph: number;
  /** Character offset of the mention within its paragraph. */
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
  /** One letter per word from `first` to `runLast` (see WORD_CLASSES in extract/names.ts). */
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
}

export interface Citation {
  readonly article: string;
  /** 1-based paragraph number after cleaning. */
  readonly paragraph: number;
  /** The article's own words: a whole paragraph or a verbatim slice of it. */
  readonly excerpt: string;
  /** Verbatim substrings of `excerpt` that matched the query (for bold in Discord). */
  readonly highlights?: readonly string[];
}

export type CommandName = 'search' | 'source' | 'help' | 'who' | 'when' | 'where' | 'quote' | 'ask';

/** The JSON contract: add fields freely, never rename these. */
export interface Answer {
  readonly command: CommandName | string;
  readonly query: string;
  readonly found: boolean;
  /** The answer itself, as plain text. */
  readonly answer: string;
  /** The short direct answer: a name, a date, a place. */
  readonly value?: string;
  /** Best first. */
  readonly citations: readonly Citation[];
}
