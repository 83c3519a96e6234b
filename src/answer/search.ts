// /search: the passages that hold the query's words, best first.
import type { LibraryEntry } from '../index/library.js';
import { searchPassages } from '../index/search.js';
import type { Answer } from '../types.js';
import { bestSentence, citationOf } from './citations.js';
import { messages, type Locale } from './messages.js';

export function answerSearch(entries: readonly LibraryEntry[], query: string, locale: Locale, minCoverage?: number): Answer {
  const hits = searchPassages(entries, query, { limit: 5, ...(minCoverage !== undefined && { minCoverage }) });
  const top = hits[0];
  if (!top) return { command: 'search', query, found: false, answer: messages[locale].notFound(query), citations: [] };
  return {
    command: 'search',
    query,
    found: true,
    answer: bestSentence(entries, top),
    citations: hits.map((h) => citationOf(entries, h)),
  };
}
