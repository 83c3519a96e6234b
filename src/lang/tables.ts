// The shape of one language's word lists. Each language fills one table (id.ts, en.ts);
// the code that reads them never names a word of its own.

export type QuestionKind = 'who' | 'when' | 'where' | 'what' | 'why' | 'how' | 'howmany';

export interface LanguageTable {
  /** Question words and phrases, lower case, mapped to what they ask. Longest phrases win. */
  readonly questionWords: Readonly<Record<string, QuestionKind>>;
  /** Words that carry no content in a query, lower case. */
  readonly stopWords: readonly string[];
  /** Speech verbs that attribute a quote ("kata", "said"), lower case. */
  readonly speechVerbs: readonly string[];
  /** Speech verbs with a pronoun suffix that point back to the last named speaker ("ujarnya"). */
  readonly pronounSpeechVerbs: readonly string[];
  /** Phrases that introduce a relay source ("dikutip dari", "according to"). */
  readonly relayPhrases: readonly string[];
  /** Title and role words that precede a name ("Presiden", "Menteri", "Foreign Minister"). */
  readonly titles: readonly string[];
  /** Month names and abbreviations, lower case, to month number 1–12. */
  readonly months: Readonly<Record<string, number>>;
  /** Day names, lower case, to ISO weekday 1 (Monday) – 7 (Sunday). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Abbreviations that end with a dot but not a sentence ("Dr", "Jl", "a.n"), as written, without the final dot. */
  readonly abbreviations: readonly string[];
  /** Line starts of promo and trailer lines of news sites ("Baca juga:"), lower case. */
  readonly promoLineStarts: readonly string[];
  /** Prefixes and suffixes a word may carry and still be the same word for search ("di|serang", "bantu|an"). */
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  /** Words that mark a language, for guessing it from the text. */
  readonly markerWords: readonly string[];
}
