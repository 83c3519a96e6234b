// /source: where the article comes from, and its lede.
import type { Scope } from '../index/scope.js';
import type { Finding } from '../types.js';

export function answerSource(scope: Scope): Finding {
  const { entries } = scope;
  const first = entries[0]?.article;
  return {
    command: 'source',
    query: '',
    found: entries.length > 0,
    ...(first && entries.length === 1 && { value: first.meta.title ?? first.meta.outlet ?? first.id }),
    citations: entries.map(({ article }) => ({ article: article.id, paragraph: 1, excerpt: article.paragraphs[0]?.text ?? '' })),
    said: {
      kind: 'source',
      articles: entries.map(({ article }) => ({
        id: article.id,
        ...(article.meta.outlet !== undefined && { outlet: article.meta.outlet }),
        ...(article.meta.title !== undefined && { title: article.meta.title }),
        ...(article.meta.publishedAt !== undefined && { date: article.meta.publishedAt }),
        ...(article.meta.url !== undefined && { url: article.meta.url }),
        paragraphs: article.paragraphs.length,
        lede: article.paragraphs[0]?.text ?? '',
      })),
    },
  };
}
