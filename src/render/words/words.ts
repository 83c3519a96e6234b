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
  /** The closest passage (`where`) does not say the question's `missing` words; it says `says` instead, when one stands there. */
  readonly unsupported: (where: string, missing: string, says?: string) => string;
  readonly nearest: (date: string, where: string) => string;
  readonly noQuote: (query: string) => string;
  readonly unquoted: (name: string, where: string) => string;
  readonly speakerUnknown: string;
  readonly via: string;
  readonly source: (fields: { outlet?: string; title?: string; date?: string; url?: string; paragraphs: number; lede: string }) => string;
  readonly helpIntro: string;

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

  // ── Console and `kutip ask` ─────────────────────────────────────────────────────────────────
  readonly badJson: string;
  readonly jsonNeedsCommand: string;
  readonly jsonArticleType: string;
  readonly jsonLocale: string;
  readonly jsonUnknownField: (field: string) => string;
  readonly unknownCommand: (name: string, commands: string) => string;
}
