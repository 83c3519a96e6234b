// answer: one request (command + what the user typed) → one Answer with citations.
// The single entry point every front end calls: console, `kutip ask`, Discord, tests.
import type { Library, LibraryEntry } from '../library.js';
import type { Answer, CommandName } from '../types.js';
import { classifyQuestion } from './ask.js';
import { describeAnswer, roleOf } from './describe.js';
import { answerQuestion, isOpenQuestion } from './question.js';
import { answerQuote } from './quote.js';
import { relevantEntries, roleContradicts } from './narrow.js';
import { answerSearch } from './search.js';
import { answerWhen } from './when.js';
import { answerWhere } from './where.js';
import { answerWho } from './who.js';
import { answerSource } from './source.js';
import { messages, type Locale } from './messages.js';
import { scopeOf } from './scope.js';

export type { Locale } from './messages.js';

export interface AnswerRequest {
  readonly command: CommandName;
  /** What the user typed, raw. */
  readonly query: string;
  /** Restrict to one article id (matched against library.entries); default: every article. */
  readonly article?: string;
  /** Language of the bot's own words (not the article's); default English. */
  readonly locale?: Locale;
}

export const commandNames: readonly CommandName[] = ['who', 'when', 'where', 'quote', 'ask', 'search', 'source', 'help'];

type Answerer = (entries: readonly LibraryEntry[], query: string, locale: Locale) => Answer;

const answerers: Record<'who' | 'when' | 'where' | 'quote', Answerer> = {
  who: answerWho,
  when: answerWhen,
  where: answerWhere,
  quote: answerQuote,
};

function answerAsk(entries: readonly LibraryEntry[], query: string, locale: Locale): Answer {
  const kind = classifyQuestion(query);
  // A who/when question about a passage ("Siapa menteri yang bertemu X?") is answered with the
  // name or date of the passage; one that only names a person or an event goes to /who or /when.
  // A miss stays a miss: no fallback that could trade "no answer" for a wrong one.
  if ((kind === 'who' || kind === 'when') && isOpenQuestion(query, entries)) {
    const found = answerQuestion(entries, query, kind, locale);
    // "Siapa presiden Amerika?" is not answered by the article's "Presiden Rusia".
    if (kind === 'who' && found.found && roleContradicts(roleOf(entries, found), query)) {
      return { command: 'ask', query, found: false, answer: messages[locale].notFound(query), citations: [], answerer: 'question' };
    }
    return { ...describeAnswer(entries, found, kind), command: 'ask', query, answerer: 'question' };
  }
  const routed =
    kind === 'who' || kind === 'when' || kind === 'where'
      ? answerers[kind](entries, query, locale)
      : // What, why, how: the passages that hold the question's words; a question often has one
        // word the article does not use ("isi", "content"), so half of its words are enough.
        answerSearch(entries, query, locale, kind === undefined ? undefined : 0.5);
  const answerer = kind === 'who' || kind === 'when' || kind === 'where' ? kind : 'search';
  return { ...routed, command: 'ask', query, ...(kind && { asks: kind }), answerer };
}

export function answer(library: Library, request: AnswerRequest): Answer {
  const locale = request.locale ?? 'en';
  const { command } = request;
  const query = request.query.trim();
  if (command === 'help') return { command, query, found: true, answer: messages[locale].help, citations: [] };
  const scope = scopeOf(library, request.article);
  if ('unknownArticle' in scope) {
    const loaded = library.entries.map((e) => e.article.id);
    return { command, query, found: false, answer: messages[locale].unknownArticle(scope.unknownArticle, loaded), citations: [] };
  }
  if (command === 'source') return answerSource(scope.entries, locale);
  if (query === '') return { command, query, found: false, answer: messages[locale].emptyQuery, citations: [] };
  if (command === 'search') return { ...answerSearch(scope.entries, query, locale), command, query };
  const entries = relevantEntries(scope.entries, query);
  if (command === 'ask') return answerAsk(entries, query, locale);
  return { ...answerers[command](entries, query, locale), command, query };
}
