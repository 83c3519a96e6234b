import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { NARROW_ABOVE, relevantScope } from '../src/answer/index.js';
import { wholeLibrary } from '../src/index/scope.js';
import { readQuery } from '../src/query/query.js';
import type { Library } from '../src/index/library.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { fixtureArticle, TEMPO } from './helpers/articles.js';

/** The Tempo article among enough other articles that answerers read only the relevant ones. */
function bigLibrary() {
  const filler = Array.from({ length: NARROW_ABOVE + 5 }, (_, i) =>
    parseArticle(`filler-${i}`, `Jakarta, Kompas - Warga kota ${i} membahas harga beras dan jalan rusak pada rapat desa.\nKepala desa Budi Santoso${i} mengatakan rapat berlangsung lancar.`),
  );
  const articles = [fixtureArticle('tempo-2024-11-02-korut-rusia.txt'), fixtureArticle('en-council-vote.txt'), ...filler];
  return libraryOf(entriesOf(articles, understand));
}

/** The articles an answerer reads for this query over the whole library. */
const relevantEntries = (library: Library, text: string) => relevantScope(wholeLibrary(library), readQuery({ command: 'who', query: text })).entries;

describe('answering over a large library', () => {
  const library = bigLibrary();
  const small = libraryOf(entriesOf([fixtureArticle('tempo-2024-11-02-korut-rusia.txt')], understand));

  it('reads only the articles that hold a word of the query', () => {
    expect(relevantEntries(library, 'Lavrov').map((e) => e.article.id)).toEqual([TEMPO]);
    expect(relevantEntries(library, 'Biden')).toEqual([]);
    const ids = relevantEntries(library, 'rapat desa').map((e) => e.article.id);
    for (let i = 0; i < NARROW_ABOVE + 5; i++) expect(ids).toContain(`filler-${i}`);
    expect(ids).not.toContain('en-council-vote');
  });

  it('finds a place by its English name in an article that writes it in Indonesian', () => {
    expect(relevantEntries(library, 'Moscow').map((e) => e.article.id)).toEqual([TEMPO]);
    expect(answer(library, { command: 'where', query: 'Moscow' })).toMatchObject({ found: true, value: 'Moskow' });
  });

  it.each([
    ['who', 'Lavrov'],
    ['who', 'vladimir puttin'],
    ['who', 'Biden'],
    ['quote', 'Kim'],
    ['quote', 'Lavrov'],
    ['where', 'Kursk'],
    ['when', 'Putin menyatakan dokumen fundamental'],
    ['ask', 'Siapa yang bertemu di Moskow?'],
    ['ask', 'Kapan Putin menyatakan dokumen fundamental?'],
  ] as const)('/%s %s gives the same answer as over the article alone', (command, query) => {
    const big = answer(library, { command, query });
    const alone = answer(small, { command, query });
    expect({ found: big.found, value: big.value, paragraphs: big.citations.map((c) => [c.article, c.paragraph]) }).toEqual({
      found: alone.found,
      value: alone.value,
      paragraphs: alone.citations.map((c) => [c.article, c.paragraph]),
    });
  });

  it('still searches a one-article scope of the large library', () => {
    expect(answer(library, { command: 'who', query: 'Lavrov', article: TEMPO }).found).toBe(true);
    expect(answer(library, { command: 'who', query: 'Lavrov', article: 'filler-1' }).found).toBe(false);
  });
});

describe('an unknown article over a large library', () => {
  it('names a few of the loaded articles, not all of them', () => {
    const library = bigLibrary();
    const a = answer(library, { command: 'who', query: 'x', article: 'nope' });
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/Loaded: .+ and \d+ more\.$/);
    expect(a.answer.split(', ').length).toBeLessThanOrEqual(10);
  });
});
