// /search: the passages that hold the query's words, best first.
import { searchPassages } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import type { Finding } from '../types.js';
import { bestSentence, citationOf } from './citations.js';

export function answerSearch(scope: Scope, query: Query, minCoverage?: number): Finding {
  const hits = searchPassages(scope, query.terms, { limit: 5, ...(minCoverage !== undefined && { minCoverage }) });
  const top = hits[0];
  if (!top) return { command: 'search', query: query.text, found: false, citations: [], said: { kind: 'not-found', query: query.text } };
  return { command: 'search', query: query.text, found: true, citations: hits.map(citationOf), said: { kind: 'passage', text: bestSentence(top) } };
}
