// /search: the passages that hold the query's words, best first, a page at a time (5 passages; over
// several articles at most 3 of one article among each article's best).
import { rankPassages, type SearchHit } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import type { Finding } from '../findings.js';
import { bestSentence, citationOf } from './citations.js';
import { beyondTheEnd, bounded, PAGE, pageNumber, pagingOf } from './page.js';
import { termsAsWritten } from './other-language.js';
import { asksGranted, givenFirst, grantedHits, toldAsSought } from './granted.js';

/**
 * `prefer`: of the page's passages, the one it scores highest comes first, told by the sentence it
 * chose (a "how many" question is answered by a passage that gives a number, not by a headline that
 * only repeats its words); where it scores none of them, nothing on the page answers, and the
 * question is not answered. A question of a sentence handed down is told first by a passage that
 * does not tell the one sought (granted.ts).
 */
export function answerSearch(scope: Scope, query: Query, minCoverage?: number, asked?: (hit: SearchHit) => Preference): Finding {
  const page = pageNumber(query);
  const granted = asksGranted(query.terms);
  const prefer = asked === undefined || !granted ? asked : (hit: SearchHit): Preference => {
    const p = asked(hit);
    return toldAsSought(p.hit) ? { ...p, score: p.score / 2 } : p;
  };
  const ranked = rankPassages(scope, termsAsWritten(scope, query.terms, query.language), { page, perPage: PAGE.passages, perArticle: PAGE.perArticle, ...(minCoverage !== undefined && { minCoverage }) });
  const { total } = ranked;
  // Of a question of what was given, the passages telling it by another word too, where a page found any.
  const found = granted && page === 1 && ranked.hits.length > 0 ? grantedHits(query.terms, ranked.hits) : ranked.hits;
  const preferred = prefer === undefined ? undefined : bestOf(found, prefer);
  if (prefer !== undefined && preferred === undefined) return { command: 'search', query: query.text, found: false, citations: [], said: { kind: 'not-found', query: query.text } };
  const hits = preferred !== undefined ? [preferred.hit, ...found.filter((_, i) => i !== preferred.at)] : granted ? givenFirst(found) : found;
  const paging = pagingOf(total, PAGE.passages, page, 'passages', hits.length);
  const top = hits[0];
  if (!top) {
    if (total > 0) return beyondTheEnd('search', query, paging);
    return { command: 'search', query: query.text, found: false, citations: [], said: { kind: 'not-found', query: query.text } };
  }
  return { command: 'search', query: query.text, found: true, citations: hits.map((h) => bounded(citationOf(h))), said: { kind: 'passage', text: bestSentence(top) }, paging };
}

/** How a hit answers the question, and the hit as it answers it (another of its sentences, maybe). */
export interface Preference {
  readonly score: number;
  readonly hit: SearchHit;
}

/** The hit `prefer` scores highest (the first of equals) and its position, or undefined where it scores none above 0. */
function bestOf(hits: readonly SearchHit[], prefer: (hit: SearchHit) => Preference): { at: number; hit: SearchHit } | undefined {
  let best: { at: number; hit: SearchHit } | undefined;
  let top = 0;
  hits.forEach((hit, i) => {
    const p = prefer(hit);
    if (p.score > top) [best, top] = [{ at: i, hit: p.hit }, p.score];
  });
  return best;
}
