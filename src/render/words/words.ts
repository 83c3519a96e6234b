// The shape of one language's words: every sentence kutip says in its own voice, in one table per
// language (en.ts, id.ts). Article words are never translated; only these frames are. A frame gets
// command names already written as the asker sees them ("/kutipan" in Indonesian).

import type { PageUnit } from '../../findings.js';

export type Locale = 'id' | 'en';

export interface Words {
  /** BCP 47 tag for dates shown in the asker's language. */
  readonly dateLocale: string;
  /** "and" joining the last two names of a list. */
  readonly and: string;

  // ── Answers ────────────────────────────────────────────────────────────────────────────────
  readonly notFound: (query: string) => string;
  /** `example` is what to type, `command` the command as the asker writes it. */
  readonly emptyQuery: (command: string, example: string) => string;
  readonly unknownArticle: (id: string, loaded: string) => string;
  /** ", and 3 more" after the first loaded ids. */
  readonly andMore: (count: number) => string;
  readonly noneLoaded: string;
  readonly mentioned: (where: string) => string;
  readonly placeMentioned: (place: string, where: string) => string;
  readonly notNamedPerson: (query: string) => string;
  readonly notNamedPlace: (query: string) => string;
  /** A name written in `where` that the article never says is anyone: `who` is the /who command as the asker writes it. */
  readonly writtenUnknown: (query: string, where: string) => string;
  /** `where` is the /where command as the asker writes it. */
  readonly isAPlace: (query: string, where: string) => string;
  readonly isAPerson: (query: string, where: string) => string;
  readonly whereabouts: (person: string) => string;
  readonly nobody: (query: string) => string;
  readonly nowhere: (query: string) => string;
  readonly unowned: (thing: string) => string;
  readonly undated: (where: string) => string;
  /** The closest passage (`where`) does not say the question's `missing` words; it says `says` instead, when one stands there. */
  readonly unsupported: (where: string, missing: string, says?: string) => string;
  readonly nearest: (date: string, where: string) => string;
  /** After a date the article gives nothing to place by: it cannot be put on the calendar. */
  readonly unplaced: string;
  /** After a date that names no day ("beberapa bulan ke depan"), as unplaced. */
  readonly vague: string;
  readonly noQuote: (query: string) => string;
  readonly unquoted: (name: string, where: string) => string;
  readonly speakerUnknown: string;
  readonly via: string;
  readonly source: (fields: { outlet?: string; title?: string; date?: string; url?: string; paragraphs: number; lede: string }) => string;
  readonly helpIntro: string;
  /** Before the library commands in /help: they are Discord's only. */
  readonly helpLibrary: string;

  // ── Lists: /timeline, /people, /check ───────────────────────────────────────────────────────
  /** First line of a timeline. */
  readonly timelineIntro: (events: number) => string;
  /** Beside a date the article gives nothing to place by. */
  readonly notPlaced: string;
  readonly noDates: (about?: string) => string;
  /** First line of a cast. */
  readonly castIntro: (people: number) => string;
  /** After the first articles a person's line names: "and 297 more articles". */
  readonly moreArticles: (count: number) => string;
  readonly castNamedIn: (where: string) => string;
  /** "quoted 2 times (¶7, ¶8)", or "not quoted" for 0. */
  readonly quoted: (count: number, where: string) => string;
  readonly organisation: (names: string) => string;
  readonly noPeople: (about?: string) => string;
  /** First line of a check. */
  readonly checkIntro: (claims: number) => string;
  readonly supported: (where: string) => string;
  readonly contradicted: (differences: string) => string;
  /** One difference: what the article says (and where), what the message says. */
  readonly difference: (article: string, where: string, message: string) => string;
  readonly unconfirmed: (where: string) => string;
  readonly notInArticle: string;
  /** The message has no text (empty, an image, a file) or nothing checkable. */
  readonly nothingToCheck: (empty: boolean) => string;

  // ── Ranked answers over many articles, a page at a time ────────────────────────────────────
  /** `shown` is shownFirst or shownRange ('' when every article is shown); `total` already formatted. */
  readonly namedIn: (total: string, shown: string) => string;
  readonly quotedIn: (total: string, shown: string) => string;
  /** "the 5 most relevant" on the first page … */
  readonly shownFirst: (count: number) => string;
  /** … "6–10 by relevance" on the others. */
  readonly shownRange: (from: number, to: number) => string;
  /** How many of the articles that give a person a role give this one. */
  readonly rolesAgree: (count: string, of: string) => string;
  /** Where the most recent article gives another role. */
  readonly rolesLatest: (role: string, date: string | undefined) => string;
  readonly noPage: (page: number, pages: number) => string;
  readonly pageOf: (page: number, pages: number) => string;
  /** A paged list (/timeline, /people): which of its lines this page shows, after the list's intro. */
  readonly shownBelow: (from: number, to: number) => string;
  /** "1,204 passages": a count of what a ranked answer pages by. */
  readonly results: (total: string, unit: PageUnit) => string;
  /** /source over a library: how many articles, from how many outlets (the biggest named), over which dates. */
  readonly libraryHolds: (articles: string, outlets: string, named: string, dates: string | undefined) => string;
  /** Heading of the list of newest articles (`from` > 1 on later pages). */
  readonly newest: (from: number, to: number) => string;

  // ── Discord ────────────────────────────────────────────────────────────────────────────────
  /** Embed title per command (by its English name) when the answer has no short value. */
  readonly titles: Readonly<Record<string, string>>;
  readonly notFoundTitle: string;
  readonly sourceLabel: string;
  readonly sourcesLabel: string;
  /** Footer when citations did not fit: "3 more: ¶7, ¶9, ¶12". */
  readonly more: (count: number, paragraphs: string) => string;
  readonly error: (interactionId: string) => string;
  readonly cooldown: (seconds: number) => string;
  /** `article` is already escaped; `option` is the article option's name as the asker sees it. */
  readonly unknownArticleOption: (article: string, option: string, interactionId: string) => string;
  /** Paging buttons. */
  readonly previous: string;
  readonly next: string;
  /** A paging button that cannot be read, or whose answer no longer matches the message. */
  readonly staleButton: string;
  /** A paging button made for another set of articles than the one loaded now. */
  readonly libraryChanged: string;
  /** The command line's hint under a paged answer. */
  readonly nextPageHint: (page: number) => string;
  /** The button under a private /check that posts the same result to the channel. */
  readonly postToChannel: string;
  /** The post button once pressed, disabled: the check is in the channel. */
  readonly postedToChannel: string;
  /** A "post to channel" button whose checked text or articles no longer match. */
  readonly stalePost: string;

  // ── /article and /articles (managing the library on Discord) ───────────────────────────────
  readonly articles: ArticleWords;

  // ── Console and `kutip ask` ─────────────────────────────────────────────────────────────────
  readonly badJson: string;
  readonly jsonNeedsCommand: string;
  readonly jsonArticleType: string;
  readonly jsonLocale: string;
  readonly jsonPage: (max: number) => string;
  readonly jsonUnknownField: (field: string) => string;
  readonly unknownCommand: (name: string, commands: string) => string;
}

/** Why a link was not added, as /article add says it: plainly, never with an address it resolved to. */
export type AddRefusal =
  | { readonly reason: 'address' }
  | { readonly reason: 'bad-link' }
  | { readonly reason: 'no-article' }
  | { readonly reason: 'too-large'; readonly limitMb: number }
  | { readonly reason: 'timeout'; readonly seconds: number }
  | { readonly reason: 'not-found' }
  | { readonly reason: 'unreachable' }
  | { readonly reason: 'http-status'; readonly status: number }
  | { readonly reason: 'not-a-page' }
  | { readonly reason: 'redirects'; readonly limit: number }
  | { readonly reason: 'duplicate'; readonly id: string };

/** The words of /article add, /article remove and /articles. Ids and titles come already escaped. */
export interface ArticleWords {
  readonly notAllowed: string;
  /** This process cannot change the articles folder (no folder was given to it). */
  readonly cannotChange: string;
  readonly refused: { readonly [R in AddRefusal['reason']]: (refusal: Extract<AddRefusal, { reason: R }>) => string };
  /** The article could not be saved (a write failed): the details are in the log. */
  readonly failed: (interactionId: string) => string;
  readonly added: string;
  readonly removed: (title: string) => string;
  readonly noSuchArticle: (id: string) => string;
  /** Whether the change is served: now, after the next restart (live reload off), or not yet (timed out). */
  readonly servedNow: string;
  readonly servedAfterRestart: string;
  readonly notServedYet: string;
  /** The same for a removal: no longer answered from, after the next restart, or still (timed out). */
  readonly goneNow: string;
  readonly goneAfterRestart: string;
  readonly notGoneYet: string;
  readonly outlet: string;
  readonly published: string;
  readonly paragraphs: string;
  readonly id: string;
  readonly lede: string;
  readonly unknown: string;
  readonly listTitle: (total: number) => string;
  readonly listEmpty: string;
  readonly page: (page: number, pages: number) => string;
  /** "11 ¶" after an article of the list. */
  readonly paragraphCount: (count: number) => string;
}
