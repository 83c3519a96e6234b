// The core as every front end calls it (Discord, the HTTP endpoint, the console, `kutip ask`, the
// eval, tests): read the request once into a Query, find the answer in the library, put it into
// the asker's words. Nothing here knows Discord.
import { find } from './answer/index.js';
import type { Library } from './index/library.js';
import { languageOf, titleLanguageOf } from './query/language.js';
import { readQuery } from './query/query.js';
import { toAnswer } from './render/json.js';
import type { Locale } from './render/words/index.js';
import type { Answer } from './findings.js';
import type { CommandName } from './types.js';

export type { Locale } from './render/words/index.js';

export interface AnswerRequest {
  readonly command: CommandName;
  /** What the user typed, raw. */
  readonly query: string;
  /** Restrict to one article id (matched against the loaded articles, never a path); default: every article. */
  readonly article?: string;
  /** Language of the bot's own words (not the article's); default English. */
  readonly locale?: Locale;
  /** Which page of a ranked answer (1-based; default 1). A page past the last is answered `no-page`. */
  readonly page?: number;
}

export function answer(library: Library, request: AnswerRequest): Answer {
  return toAnswer(find(library, readQuery(request)), request.locale ?? 'en');
}

/**
 * The language to answer a typed question in when no one said: the question's own, by its question
 * and function words, else by its title words ("/who Menlu"), else `fallback`.
 */
export function localeOfText(text: string, fallback: Locale = 'en'): Locale {
  return languageOf(text) ?? titleLanguageOf(text) ?? fallback;
}
