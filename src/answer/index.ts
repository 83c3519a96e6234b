// answer: a Query and the library → one Finding with citations, by looking things up in what
// extract understood and in the index. The single entry every front end reaches (through
// src/core.ts, which reads the query and puts the Finding into words).
import type { Library } from '../index/library.js';
import { narrow } from '../index/search.js';
import { oneArticle, wholeLibrary, type Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import type { CommandName } from '../types.js';
import type { Finding } from '../findings.js';
import { answerAsk } from './ask.js';
import { answerCheck } from './check.js';
import { answerPeople } from './people.js';
import { answerQuote } from './quote.js';
import { answerSearch } from './search.js';
import { answerSource } from './source.js';
import { answerTimeline } from './timeline.js';
import { answerWhen } from './when.js';
import { answerWhere } from './where.js';
import { answerWho } from './who.js';

/** Below this many articles, reading every one is cheaper than narrowing. */
export const NARROW_ABOVE = 20;

/** Ids shown when an unknown article is asked for: a few of the loaded ones, not ten thousand. */
const SHOWN_IDS = 10;

export type Answerer = (scope: Scope, query: Query) => Finding;

export const answerers: Readonly<Record<'who' | 'when' | 'where' | 'quote', Answerer>> = {
  who: answerWho,
  when: answerWhen,
  where: answerWhere,
  quote: answerQuote,
};

/**
 * Over a large library, the answerers that read article by article read only the articles that
 * hold enough of the query's words: a name, a place (any of its names), an event's words.
 */
export function relevantScope(scope: Scope, query: Query): Scope {
  if (scope.entries.length <= NARROW_ABOVE) return scope;
  return narrow(scope, query.groups.map((g) => g.terms), 0.5);
}

const nothing = (command: CommandName, query: Query, said: Finding['said']): Finding => ({ command, query: query.text, found: false, citations: [], said });

export function find(library: Library, query: Query): Finding {
  const { command } = query;
  if (command === 'help') return { command, query: query.text, found: true, citations: [], said: { kind: 'help' } };
  const scope = query.article === undefined ? wholeLibrary(library) : oneArticle(library, query.article);
  if (scope === undefined) {
    const loaded = library.entries.slice(0, SHOWN_IDS).map((e) => e.article.id);
    return nothing(command, query, { kind: 'unknown-article', id: query.article!, loaded, total: library.entries.length });
  }
  if (command === 'source') return answerSource(scope, query);
  // The list answers read the whole scope (an empty query asks for all of it); /check reads its claims.
  if (command === 'timeline') return answerTimeline(scope, query);
  if (command === 'people') return answerPeople(scope, query);
  if (command === 'check') return answerCheck(scope, query);
  if (query.text === '') return nothing(command, query, { kind: 'empty-query', command });
  if (command === 'search') return answerSearch(scope, query);
  const relevant = relevantScope(scope, query);
  if (command === 'ask') return answerAsk(relevant, query);
  return answerers[command](relevant, query);
}
