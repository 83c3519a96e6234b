// Test helpers for the answer layer: a scope over some entries, a query read as the core reads it,
// and an answerer's Finding put into words as users see it.
import type { Answerer } from '../../src/answer/index.js';
import { answerQuestion } from '../../src/answer/question.js';
import { understand } from '../../src/extract/understand.js';
import { entriesOf, libraryOf, type LibraryEntry } from '../../src/index/library.js';
import { parseArticle } from '../../src/load/article.js';
import { focusOf, type OpenKind } from '../../src/query/focus.js';
import { wholeLibrary, type Scope } from '../../src/index/scope.js';
import { readQuery, type Query } from '../../src/query/query.js';
import { toAnswer } from '../../src/render/json.js';
import type { Locale } from '../../src/render/words/index.js';
import type { Answer } from '../../src/findings.js';
import type { CommandName } from '../../src/types.js';

/** Every article of a library made of these entries. */
export const scopeOf = (entries: readonly LibraryEntry[]): Scope => wholeLibrary(libraryOf(entries));

export const queryOf = (command: CommandName, text: string): Query => readQuery({ command, query: text });

/** One answerer on these entries, its Finding in the words of `locale` (English by default). */
export function run(answerer: Answerer, entries: readonly LibraryEntry[], command: CommandName, text: string, locale: Locale = 'en'): Answer {
  return toAnswer(answerer(scopeOf(entries), queryOf(command, text)), locale);
}

/**
 * The open-question answerer (answer/question.ts) on one passage read as an article, asked as a
 * question of this kind: its answer, or undefined where it refuses.
 */
export function openAnswer(text: string, question: string, kind: OpenKind): string | undefined {
  const entries = entriesOf([parseArticle('passage', text.endsWith('\n') ? text : `${text}\n`)], understand);
  const finding = answerQuestion(scopeOf(entries), queryOf('ask', question), focusOf(question, kind));
  return finding.found ? finding.value : undefined;
}
