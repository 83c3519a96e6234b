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
  /** Every number (not a date), for /check; absent in an Understanding made before numbers were read. */
  readonly numbers?: readonly NumberMention[];
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

/** What a ranked answer pages by: articles when its results span several, else what one article holds. */
export type PageUnit = 'articles' | 'paragraphs' | 'quotes' | 'passages' | 'events' | 'people';

/** Which page of a ranked answer a Finding holds (answer/page.ts). */
export interface Paging {
  /** Results in all, counted in `unit`. */
  readonly total: number;
  readonly unit: PageUnit;
  /** 1-based. */
  readonly page: number;
  readonly pages: number;
  /** 1-based ranks of the first and last result on this page (0 and 0 beyond the end). */
  readonly from: number;
  readonly to: number;
}

/** How the articles that give a person a role give it: the role shown and how many agree. */
export interface RoleCount {
  /** Articles giving the role shown, of those that give one. */
  readonly count: number;
  readonly of: number;
  /** The most recent article's role, when it differs from the one shown. */
  readonly latest?: { readonly role: string; readonly date?: string };
}

/** A whole library as /source describes it. */
export interface LibrarySaid {
  readonly articles: number;
  /** The outlets with the most articles, most first, and how many outlets there are in all. */
  readonly outlets: readonly { readonly name: string; readonly articles: number }[];
  readonly outletCount: number;
  /** Earliest and latest publication date given. */
  readonly from?: string;
  readonly to?: string;
  /** This page of the articles, newest first. */
  readonly newest: readonly SourceSaid[];
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

/** One dated event of a /timeline answer. */
export interface TimelineEvent {
  /** The date as written, and where it falls (no `start`: the article gives nothing to place it by). */
  readonly date: DateText;
  readonly ref: ParagraphRef;
  /** The event in the article's words: the sentence around the date, or a verbatim stretch of it. */
  readonly event: string;
  /** The sentence goes on before or after `event` (shown as "…"). */
  readonly cut?: { readonly before: boolean; readonly after: boolean };
}

/** One person of a /people answer. */
export interface CastMember {
  readonly name: string;
  /** Roles as the article writes them (one per article that gives one). */
  readonly roles: readonly string[];
  /** Organisations of the article that a role names ("PBB" in "Sekretaris Jenderal PBB"). */
  readonly organisations: readonly string[];
  /** The paragraphs that name the person. */
  readonly refs: readonly ParagraphRef[];
  /** The paragraphs of the person's quotes, one per quote. */
  readonly quotes: readonly ParagraphRef[];
}

/** What a /check verdict rests on: a fact the message and the article give differently. */
export interface Difference {
  readonly what: 'date' | 'number' | 'name' | 'place' | 'role' | 'quote';
  /** As the article writes it. */
  readonly article: string;
  /** As the message writes it. */
  readonly message: string;
  readonly ref: ParagraphRef;
  /** For a date: where the article's date falls. */
  readonly date?: DateText;
}

/** One claim of a /check answer and its verdict. */
export interface ClaimSaid {
  /** The claim as the message writes it. */
  readonly claim: string;
  /**
   * supported: the passage says it, every date, number, name, place and quoted word as the message has it;
   * contradicted: the passage gives one of those differently; unconfirmed: a passage is about it but does
   * not say it; not-in-article: nothing in the article bears on it.
   */
  readonly verdict: 'supported' | 'contradicted' | 'unconfirmed' | 'not-in-article';
  /** The passage that bears on it. */
  readonly ref?: ParagraphRef;
  /** For contradicted: what differs. */
  readonly differences?: readonly Difference[];
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
  | { readonly kind: 'profile'; readonly name: string; readonly detail?: string; readonly refs: readonly ParagraphRef[]; readonly roles?: RoleCount }
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
  | { readonly kind: 'timeline'; readonly events: readonly TimelineEvent[]; readonly multi: boolean }
  | { readonly kind: 'no-dates'; readonly about?: string }
  | { readonly kind: 'cast'; readonly people: readonly CastMember[]; readonly multi: boolean }
  | { readonly kind: 'no-people'; readonly about?: string }
  | { readonly kind: 'check'; readonly claims: readonly ClaimSaid[]; readonly multi: boolean }
  | { readonly kind: 'nothing-to-check'; readonly empty: boolean }
  | { readonly kind: 'library'; readonly library: LibrarySaid }
  | { readonly kind: 'no-page'; readonly page: number; readonly pages: number }
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
  /** Which page of a ranked answer this is; absent when the answer is one result (a date, a name). */
  readonly paging?: Paging;
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
  /** Results in all (0 when none): `unit`s of a ranked answer, else 1 for an answer of one result. Always set by the core. */
  readonly total?: number;
  /** The page this answer is (1-based), and how many there are (0 when nothing was found). Always set by the core. */
  readonly page?: number;
  readonly pages?: number;
  /** What `total` counts, on ranked answers: articles, paragraphs, quotes or passages; events of /timeline, people of /people. */
  readonly unit?: PageUnit;
}
