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
  /** The attribution clause as written after the quote ("bunyi pasal itu, seperti dilaporkan Xinhua"), where it opens with a speech verb. */
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

import type { CommandName } from '../commands/catalog.js';

export type { CommandName };

/** A paragraph of an article: what "¶N" names. */
export interface ParagraphRef {
  readonly article: string;
  readonly paragraph: number;
}

/** A date as the article writes it, and where it falls on the calendar (when that is known). */
export type DateText = Pick<DateMention, 'text' | 'start' | 'end'>;

/** One quote of a /quote answer. */
export interface QuoteSaid {
  /** The speaker's name, else the attribution clause as written, else nothing known. */
  readonly speaker?: string;
  readonly text: string;
  readonly refs: readonly ParagraphRef[];
  readonly via?: string;
}

/** An article as /source describes it. */
export interface SourceSaid {
  readonly id: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly paragraphs: number;
  readonly lede: string;
}

/**
 * What an answer says, as data: render/ words it in the asker's language (the article's own words
 * are never translated). `multi`: the answer was read from several articles, so a paragraph is
 * named with its article.
 */
export type Said =
  | { readonly kind: 'passage'; readonly text: string }
  | { readonly kind: 'not-found'; readonly query: string }
  | { readonly kind: 'empty-query'; readonly command: CommandName }
  | { readonly kind: 'unknown-article'; readonly id: string; readonly loaded: readonly string[]; readonly total: number }
  | { readonly kind: 'profile'; readonly name: string; readonly detail?: string; readonly refs: readonly ParagraphRef[] }
  | { readonly kind: 'place-profile'; readonly place: string; readonly refs: readonly ParagraphRef[] }
  | { readonly kind: 'people'; readonly people: readonly { readonly name: string; readonly role?: string }[]; readonly paragraph: number }
  | { readonly kind: 'answer'; readonly value: string; readonly role?: string; readonly date?: DateText; readonly paragraph: number }
  | { readonly kind: 'date'; readonly date: DateText; readonly ref: ParagraphRef; readonly multi: boolean }
  | { readonly kind: 'undated'; readonly ref: ParagraphRef; readonly multi: boolean; readonly nearest?: { readonly date: DateText; readonly ref: ParagraphRef } }
  | { readonly kind: 'place'; readonly place: string; readonly paragraph: number }
  | { readonly kind: 'not-named'; readonly what: 'person' | 'place'; readonly query: string }
  | { readonly kind: 'is-a-place'; readonly query: string }
  | { readonly kind: 'not-said'; readonly asks: 'who' | 'where'; readonly query: string }
  /**
   * A near miss: the passage closest to the question does not say all of it. `missing`: the
   * question's words it does not say, as typed; `says`: the word it writes in their stead, verbatim,
   * when one plainly stands there ("dikembangkan" where the question asks "ditinggalkan").
   */
  | { readonly kind: 'unsupported'; readonly ref: ParagraphRef; readonly missing: readonly string[]; readonly says?: string; readonly multi: boolean }
  | { readonly kind: 'quotes'; readonly quotes: readonly QuoteSaid[]; readonly multi: boolean }
  | { readonly kind: 'unquoted'; readonly name: string; readonly refs: readonly ParagraphRef[]; readonly multi: boolean }
  | { readonly kind: 'no-quote'; readonly query: string }
  | { readonly kind: 'source'; readonly articles: readonly SourceSaid[] }
  | { readonly kind: 'help' };

/** What the core found for one request: the answer as data, before it is put into words. */
export interface Finding {
  readonly command: CommandName;
  readonly query: string;
  readonly found: boolean;
  /** The short direct answer: a name, a date, a place. */
  readonly value?: string;
  /** Best first. */
  readonly citations: readonly Citation[];
  readonly said: Said;
  /** /ask: what the question asked for. */
  readonly asks?: string;
  /** /who: the person's role as written. */
  readonly role?: string;
  /** Which answerer /ask chose: question (a who/when question over the passages), who, when, where or search. */
  readonly answerer?: 'question' | 'who' | 'when' | 'where' | 'search';
}

/** The JSON contract: add fields freely, never rename these. */
export interface Answer {
  readonly command: CommandName | string;
  readonly query: string;
  readonly found: boolean;
  /** The answer itself, as plain text in the asker's language. */
  readonly answer: string;
  /** The short direct answer: a name, a date, a place. */
  readonly value?: string;
  /** Best first. */
  readonly citations: readonly Citation[];
  /** Why the answer is what it is: `answered`, `not-found`, `empty-query`, `unknown-article`, `undated` … */
  readonly reason?: string;
  /** Which answerer /ask chose: question (a who/when question over the passages), who, when, where or search. */
  readonly answerer?: 'question' | 'who' | 'when' | 'where' | 'search';
}
