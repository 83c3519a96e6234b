// The eval's one door into the engine. Every call the eval makes to kutip goes through this file:
// when the engine's modules move, only the imports and the three methods below change.
//
// A text is read exactly as a file holding it (the text, then a newline) would be read by the bot:
// parsed as a one-paragraph article and understood with the bot's own extraction. The library of a
// passage is built once and reused for every question on it.
import { answer } from '../core.js';
import { entriesOf, libraryOf, type Library } from '../index/library.js';
import { parseArticle } from '../load/article.js';
import { understand } from '../extract/understand.js';
import { mentionNames } from './mentions.js';
import { readQuery } from '../query/query.js';
import { wholeLibrary } from '../index/scope.js';
import { refusalCause, type RefusalCause } from '../answer/refusal-cause.js';

export type EvalLocale = 'id' | 'en';

export interface EngineReply {
  /** The bot answered (found: true). */
  readonly found: boolean;
  /** The reply's short `value`, else its `answer`; absent when not found. */
  readonly given?: string;
  /** Why it refused (answer/refusal-cause.ts); absent when it answered. */
  readonly refusal?: RefusalCause;
}

export interface FoundQuote {
  /** The quoted words as the bot extracted them. */
  readonly text: string;
  /** The speaker the bot attributes them to, if any. */
  readonly speaker?: string;
}

export interface EvalEngine {
  /** `/ask <question>` against the passage read as an article of its own. */
  ask(passage: string, question: string, locale: EvalLocale): EngineReply;
  /** The names of the people the bot finds in the text, and each short form of one written as a mention of its own (mentions.ts). */
  people(text: string): string[];
  /** The direct quotes the bot finds in the text, with their speakers. */
  quotes(text: string): FoundQuote[];
}

/** An engine adapter with its own cache of one-passage libraries (one per distinct text). */
export function createEngine(): EvalEngine {
  const libraries = new Map<string, Library>();
  const libraryOfText = (text: string): Library => {
    let library = libraries.get(text);
    if (library === undefined) {
      // The id names no date: a date in an article id would be taken as its publication date.
      const article = parseArticle(`passage-${libraries.size + 1}`, `${text}\n`);
      library = libraryOf(entriesOf([article], understand));
      libraries.set(text, library);
    }
    return library;
  };
  const understandingOf = (text: string) => libraryOfText(text).entries[0]?.understanding;
  return {
    ask(passage, question, locale) {
      const library = libraryOfText(passage);
      const request = { command: 'ask', query: question, locale } as const;
      const reply = answer(library, request);
      if (reply.found) return { found: true, given: reply.value ?? reply.answer };
      return { found: false, refusal: refusalCause(wholeLibrary(library), readQuery(request), reply.answerer, reply.reason) };
    },
    people(text) {
      return mentionNames(text, understandingOf(text)?.people ?? []);
    },
    quotes(text) {
      return (understandingOf(text)?.quotes ?? []).map((q) => ({ text: q.text, ...(q.speaker !== undefined && { speaker: q.speaker }) }));
    },
  };
}
