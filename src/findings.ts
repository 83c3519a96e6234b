// What the core finds for a request and gives back: citations, what was said (`Said`), the Finding
// answerers return and the Answer of the JSON contract. Plain, read-only records, as in types.ts,
// which holds what is read from an article.
import type { CommandName, DateMention } from './types.js';

export interface Citation {
  readonly article: string;
  /** 1-based paragraph number after cleaning. */
  readonly paragraph: number;
  /** The article's own words: a whole paragraph or a verbatim slice of it. */
  readonly excerpt: string;
  /** Verbatim substrings of `excerpt` that matched the query (for bold in Discord). */
  readonly highlights?: readonly string[];
}

/** A paragraph of an article: what "¶N" names. */
export interface ParagraphRef {
  readonly article: string;
  readonly paragraph: number;
}

/** A date as the article writes it, and where it falls on the calendar (when that is known). */
export type DateText = Pick<DateMention, 'text' | 'start' | 'end' | 'vague'>;

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
  /** A name /who cannot tell as a person, organisation or place, written as typed in these paragraphs: the article names it, it does not say who it is. */
  | { readonly kind: 'written-unknown'; readonly query: string; readonly refs: readonly ParagraphRef[] }
  /** A person's name asked /where: `asked` when it came as a question ("Where is X?"). */
  | { readonly kind: 'is-a-person'; readonly query: string; readonly asked: boolean }
  /** Not said who or where; `whose`: the owner of the thing in `query` ("Aset siapa …?"). */
  | { readonly kind: 'not-said'; readonly asks: 'who' | 'where' | 'whose'; readonly query: string }
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
  /** Which answerer /ask chose: question (a who/when question over the passages), who, when, where, quote or search. */
  readonly answerer?: 'question' | 'who' | 'when' | 'where' | 'quote' | 'search';
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
  /** Which answerer /ask chose: question (a who/when question over the passages), who, when, where, quote or search. */
  readonly answerer?: 'question' | 'who' | 'when' | 'where' | 'quote' | 'search';
  /** Results in all (0 when none): `unit`s of a ranked answer, else 1 for an answer of one result. Always set by the core. */
  readonly total?: number;
  /** The page this answer is (1-based), and how many there are (0 when nothing was found). Always set by the core. */
  readonly page?: number;
  readonly pages?: number;
  /** What `total` counts, on ranked answers: articles, paragraphs, quotes or passages; events of /timeline, people of /people. */
  readonly unit?: PageUnit;
}
