// /source: where the article comes from, and its lede.
import type { LibraryEntry } from '../index/library.js';
import type { Answer } from '../types.js';
import { messages, type Locale } from './messages.js';

export function answerSource(entries: readonly LibraryEntry[], locale: Locale): Answer {
  const parts = entries.map(({ article }) => {
    const lede = article.paragraphs[0]?.text ?? '';
    return messages[locale].source({
      ...(article.meta.outlet !== undefined && { outlet: article.meta.outlet }),
      ...(article.meta.title !== undefined && { title: article.meta.title }),
      ...(article.meta.publishedAt !== undefined && { date: article.meta.publishedAt }),
      ...(article.meta.url !== undefined && { url: article.meta.url }),
      paragraphs: article.paragraphs.length,
      lede,
    });
  });
  const first = entries[0]?.article;
  return {
    command: 'source',
    query: '',
    found: entries.length > 0,
    answer: entries.length > 1 ? entries.map((e, i) => `[${e.article.id}]\n${parts[i]}`).join('\n\n') : (parts[0] ?? ''),
    ...(first && entries.length === 1 && { value: first.meta.title ?? first.meta.outlet ?? first.id }),
    citations: entries.map(({ article }) => ({ article: article.id, paragraph: 1, excerpt: article.paragraphs[0]?.text ?? '' })),
  };
}
