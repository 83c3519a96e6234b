// A year written after a slash right after another ("berlangsung antara tahun 1859-1905/1906", "from
// 1859-1905/1906") is that year read otherwise by another source, no date of its own: a when-question
// is answered by the span, not by the lone "1906". Passages are written for these tests (an invented
// war and sultanate).
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/extract/dates/index.js';
import { parseArticle } from '../src/load/article.js';
import type { Language } from '../src/types.js';

const of = (text: string, language: Language = 'id'): string[] =>
  extractDates(parseArticle('t', text, { publishedAt: '2024-11-02', language })).map((d) => d.text);

describe('a year after a slash is no date of its own', () => {
  it('reads the span alone (Indonesian)', () => {
    expect(of('Perang Lembah adalah perang perlawanan yang berlangsung antara tahun 1859-1905/1906 di Kesultanan Lorem.')).toEqual(['antara tahun 1859-1905']);
  });

  it('reads the span alone (English)', () => {
    expect(of('The Lembah War was a war of resistance that lasted from 1859-1905/1906 in the Sultanate of Lorem.', 'en')).toEqual(['1859-1905']);
  });
});
