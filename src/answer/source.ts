// /source: where an article comes from, and its lede. Over a library (no article named): what the
// library holds — how many articles, from which outlets, over which dates — and its newest
// articles, five a page.
import type { LibraryEntry } from '../index/library.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import type { Finding, SourceSaid } from '../findings.js';
import { beyondTheEnd, bounded, PAGE, pageNumber, pagingOf } from './page.js';

/** Outlets named in a library's description; the rest are counted. */
const OUTLETS_SHOWN = 5;

function sourceSaid({ article }: LibraryEntry): SourceSaid {
  return {
    id: article.id,
    ...(article.meta.outlet !== undefined && { outlet: article.meta.outlet }),
    ...(article.meta.title !== undefined && { title: article.meta.title }),
    ...(article.meta.publishedAt !== undefined && { date: article.meta.publishedAt }),
    ...(article.meta.url !== undefined && { url: article.meta.url }),
    paragraphs: article.paragraphs.length,
    lede: ledeOf(article).text,
  };
}

/** The lede: the paragraph the report opens at, past a headline and a byline. */
function ledeOf(article: LibraryEntry['article']): { n: number; text: string } {
  const lede = article.paragraphs[(article.meta.lede ?? 1) - 1] ?? article.paragraphs[0];
  return { n: lede?.n ?? 1, text: lede?.text ?? '' };
}

const ledeCitation = ({ article }: LibraryEntry) => {
  const lede = ledeOf(article);
  return bounded({ article: article.id, paragraph: lede.n, excerpt: lede.text });
};

function describeLibrary(scope: Scope, query: Query): Finding {
  const { library } = scope;
  const { overview } = library;
  const page = pageNumber(query);
  const shown = overview.newest.slice((page - 1) * PAGE.articles, page * PAGE.articles).map((i) => library.entries[i]!);
  const paging = pagingOf(library.entries.length, PAGE.articles, page, 'articles', shown.length);
  if (shown.length === 0) return beyondTheEnd('source', query, paging);
  return {
    command: 'source',
    query: '',
    found: true,
    citations: shown.map(ledeCitation),
    said: {
      kind: 'library',
      library: {
        articles: library.entries.length,
        outlets: overview.outlets.slice(0, OUTLETS_SHOWN),
        outletCount: overview.outlets.length,
        ...(overview.from !== undefined && { from: overview.from }),
        ...(overview.to !== undefined && { to: overview.to }),
        newest: shown.map(sourceSaid),
      },
    },
    paging,
  };
}

export function answerSource(scope: Scope, query: Query): Finding {
  const { entries } = scope;
  // The whole library of more than one article: describe it rather than list every article.
  if (scope.members === undefined && entries.length > 1) return describeLibrary(scope, query);
  const first = entries[0]?.article;
  return {
    command: 'source',
    query: '',
    found: entries.length > 0,
    ...(first && entries.length === 1 && { value: first.meta.title ?? first.meta.outlet ?? first.id }),
    citations: entries.map(ledeCitation),
    said: { kind: 'source', articles: entries.map(sourceSaid) },
  };
}
