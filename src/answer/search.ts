// /search: the passages that hold the query's words, best first, a page at a time (5 passages; over
// several articles at most 3 of one article among each article's best).
import { rankPassages, type SearchHit } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import type { Finding } from '../findings.js';
import { bestSentence, citationOf } from './citations.js';
import { beyondTheEnd, bounded, PAGE, pageNumber, pagingOf } from './page.js';

/**
 * `prefer`: of the page's passages, the first whose best sentence it accepts comes first (a "how
 * many" question is answered by a passage that gives a number, not by a headline that only repeats
 * its words).
 */
export function answerSearch(scope: Scope, query: Query, minCoverage?: number, prefer?: (hit: SearchHit) => boolean): Finding {
  const page = pageNumber(query);
  const ranked = rankPassages(scope, query.terms, { page, perPage: PAGE.passages, perArticle: PAGE.perArticle, ...(minCoverage !== undefined && { minCoverage }) });
  const { total } = ranked;
  const preferred = prefer === undefined ? -1 : ranked.hits.findIndex(prefer);
  const hits = preferred > 0 ? [ranked.hits[preferred]!, ...ranked.hits.filter((_, i) => i !== preferred)] : ranked.hits;
  const paging = pagingOf(total, PAGE.passages, page, 'passages', hits.length);
  const top = hits[0];
  if (!top) {
    if (total > 0) return beyondTheEnd('search', query, paging);
    return { command: 'search', query: query.text, found: false, citations: [], said: { kind: 'not-found', query: query.text } };
  }
  return { command: 'search', query: query.text, found: true, citations: hits.map((h) => bounded(citationOf(h))), said: { kind: 'passage', text: bestSentence(top) }, paging };
}
