import { describe, expect, it } from 'vitest';
import { searchPassages } from '../src/index/search.js';
import { wholeLibrary } from '../src/index/scope.js';
import { queryTerms } from '../src/text/terms.js';
import { termSimilarity } from '../src/text/similarity.js';
import { libraryFromFixtures } from './helpers/articles.js';

const tempo = libraryFromFixtures('tempo-2024-11-02-korut-rusia.txt');
const paragraphs = (query: string): number[] => searchPassages(wholeLibrary(tempo), queryTerms(query)).map((h) => h.paragraph);

describe('query normalisation', () => {
  it('drops case, diacritics, punctuation, question words and stop words of both languages', () => {
    expect(queryTerms('Siapa yang bertemu di MOSKOW?')).toEqual(['bertemu', 'moskow']);
    expect(queryTerms('Where did the ministers meet?')).toEqual(['ministers', 'meet']);
    expect(queryTerms('Kühne   "logistics"!')).toEqual(['kuhne', 'logistics']);
    expect(queryTerms('Kim Jong-un')).toEqual(['kim', 'jong', 'un']);
  });

  it('removes fuse.js extended-search operators with the punctuation', () => {
    expect(queryTerms("=Kursk 'Putin !Lavrov ^Kim Moskow$ a|b")).toEqual(['kursk', 'putin', 'lavrov', 'kim', 'moskow', 'b']);
  });

  it('leaves nothing of a blank or punctuation-only query', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('?!… —')).toEqual([]);
  });
});

describe('term matching', () => {
  it.each([
    ['pyonyang', 'pyongyang'],
    ['lavorv', 'lavrov'],
    ['puttin', 'putin'],
    ['bantu', 'bantuan'],
    ['serangan', 'diserang'],
    ['bertemu', 'pertemuan'],
    ['menyerang', 'diserang'],
    ['kirim', 'pengiriman'],
    ['dikirim', 'pengiriman'],
    ['ditandatangani', 'menandatangani'],
    ['pukul', 'memukul'],
  ])('%s finds %s', (term, word) => {
    expect(termSimilarity(term, word)).toBeGreaterThan(0);
  });

  it.each([
    ['sepak', 'sepakat'],
    ['serangan', 'perang'],
    ['sini', 'ini'],
    ['biden', 'bidang'],
    ['kim', 'kita'],
  ])('%s does not find %s', (term, word) => {
    expect(termSimilarity(term, word)).toBe(0);
  });
});

describe('passage search on the Tempo article', () => {
  it('finds the paragraph of a place, with the word to bold', () => {
    const [hit] = searchPassages(wholeLibrary(tempo), queryTerms('Kursk'));
    expect(hit).toMatchObject({ article: 'tempo-2024-11-02-korut-rusia', paragraph: 3, highlights: ['Kursk'] });
  });

  it('tolerates typos', () => {
    expect(paragraphs('Lavorv')).toEqual([2]);
    expect(paragraphs('Pyonyang')).toContain(2);
    expect(searchPassages(wholeLibrary(tempo), queryTerms('Pyonyang'))[0]!.highlights).toEqual(['Pyongyang']);
  });

  it('ranks multi-word queries by the words they share', () => {
    const hits = searchPassages(wholeLibrary(tempo), queryTerms('perjanjian kemitraan strategis'), { limit: 10 });
    expect(hits[0]!.paragraph).toBe(4);
    expect(hits[0]!.coverage).toBe(1);
    for (const h of hits.slice(1)) expect(h.coverage).toBeLessThanOrEqual(1);
    expect(hits[0]!.highlights).toEqual(['perjanjian kemitraan strategis']);
  });

  it('puts the paragraphs holding every word of the query first', () => {
    const hits = searchPassages(wholeLibrary(tempo), queryTerms('bantuan militer'), { limit: 10 });
    expect(hits.slice(0, 3).map((h) => h.paragraph).sort()).toEqual([10, 4, 9].sort());
    expect(hits.every((h) => h.coverage === 1)).toBe(true);
  });

  it('finds nothing for what the article does not cover', () => {
    for (const q of ['Israel', 'sepak bola', 'Biden', 'Lebanon', 'klik di sini', 'Baca berita dengan sedikit iklan', 'Putin Israel']) {
      expect(paragraphs(q), q).toEqual([]);
    }
  });

  it('finds nothing for a blank query or operators alone', () => {
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs('  \t ')).toEqual([]);
    expect(paragraphs("= ' ! ^ $ |")).toEqual([]);
  });

  it('is not changed by extended-search operators around words', () => {
    expect(paragraphs('=Kursk')).toEqual([3]);
    expect(paragraphs('!Kursk')).toEqual([3]);
    expect(paragraphs("'Kursk$")).toEqual([3]);
  });

  it('answers a question by its content words', () => {
    expect(paragraphs('siapa yang bertemu di Moskow')[0]).toBe(2);
  });
});

describe('search across articles', () => {
  const both = libraryFromFixtures('tempo-2024-11-02-korut-rusia.txt', 'antara-2017-08-26-jepang-sanksi-korut.txt');

  it('cites the article each hit comes from', () => {
    const hits = searchPassages(wholeLibrary(both), queryTerms('Guterres'));
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.article))).toEqual(new Set(['antara-2017-08-26-jepang-sanksi-korut']));
    expect(searchPassages(wholeLibrary(both), queryTerms('Kursk')).map((h) => h.article)).toEqual(['tempo-2024-11-02-korut-rusia']);
  });
});

describe('the passage tallies kept between searches', () => {
  const both = libraryFromFixtures('tempo-2024-11-02-korut-rusia.txt', 'antara-2017-08-26-jepang-sanksi-korut.txt');
  const hits = (query: string) => searchPassages(wholeLibrary(both), queryTerms(query), { limit: 10 }).map((h) => [h.article, h.paragraph, h.highlights]);

  it('leave nothing behind: a search answers the same whatever was searched before, in a library of any size', () => {
    const alone = hits('sanksi Korea Utara');
    const tempo = libraryFromFixtures('tempo-2024-11-02-korut-rusia.txt');
    for (const before of ['Kursk', 'bantuan militer Rusia', 'Guterres sanksi', 'perjanjian kemitraan strategis']) {
      hits(before);
      searchPassages(wholeLibrary(tempo), queryTerms(before));
      expect(hits('sanksi Korea Utara')).toEqual(alone);
    }
  });
});
