// The shape of one language's words: every sentence kutip says in its own voice, in one table per
// language (en.ts, id.ts). Article words are never translated; only these frames are. A frame gets
// command names already written as the asker sees them ("/kutipan" in Indonesian).

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
  /** `where` is the /where command as the asker writes it. */
  readonly isAPlace: (query: string, where: string) => string;
  readonly nobody: (query: string) => string;
  readonly nowhere: (query: string) => string;
  readonly undated: (where: string) => string;
  readonly nearest: (date: string, where: string) => string;
  readonly noQuote: (query: string) => string;
  readonly unquoted: (name: string, where: string) => string;
  readonly speakerUnknown: string;
  readonly via: string;
  readonly source: (fields: { outlet?: string; title?: string; date?: string; url?: string; paragraphs: number; lede: string }) => string;
  readonly helpIntro: string;

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
  /** "1,204 passages": a count of what a ranked answer pages by. */
  readonly results: (total: string, unit: 'articles' | 'paragraphs' | 'quotes' | 'passages') => string;
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

  // ── Console and `kutip ask` ─────────────────────────────────────────────────────────────────
  readonly badJson: string;
  readonly jsonNeedsCommand: string;
  readonly jsonArticleType: string;
  readonly jsonLocale: string;
  readonly jsonPage: (max: number) => string;
  readonly jsonUnknownField: (field: string) => string;
  readonly unknownCommand: (name: string, commands: string) => string;
}
