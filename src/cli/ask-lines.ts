// `kutip ask`: one typed line → one answer as JSON, marked when it is an error so that scripts can
// tell (the `error` field) and the exit code says so (2 when any line was an error).
import { answer, type Locale } from '../core.js';
import type { Library } from '../index/library.js';
import type { Answer } from '../findings.js';
import { articlesLocale, parseCommandLine, type LineErrorKind } from './command-line.js';

export type AskError = LineErrorKind | 'unknown-article';

/** An answer, or an error line shaped like one (`command: "error"`); `error` is set on both kinds of failure. */
export type AskResult = (Answer | { readonly command: 'error'; readonly query: string; readonly found: false; readonly answer: string; readonly citations: readonly [] }) & {
  readonly error?: AskError;
};

export interface AskDefaults {
  /** Aim every line without an "article" of its own at this article. */
  readonly article?: string;
  /** Language of kutip's own words for lines without a "locale" of their own (`--lang`); default: the line's own language. */
  readonly locale?: Locale;
  /** Page of ranked answers for lines without a "page" of their own (`--page`); default 1. */
  readonly page?: number;
}

export function answerLine(library: Library, line: string, { article, locale, page }: AskDefaults = {}): AskResult {
  const parsed = parseCommandLine(line, locale, articlesLocale(library, article));
  if ('error' in parsed) return { command: 'error', query: line, found: false, answer: parsed.error, citations: [], error: parsed.kind };
  const aimed = article !== undefined && parsed.request.article === undefined ? { ...parsed.request, article } : parsed.request;
  const request = page !== undefined && aimed.page === undefined ? { ...aimed, page } : aimed;
  const result = answer(library, request);
  // The core answers an unknown article with a message naming the loaded ones; here it is also an error.
  const id = request.article?.trim();
  return id !== undefined && id !== '' && library.get(id) === undefined ? { ...result, error: 'unknown-article' } : result;
}
