import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';
import { fixtureArticle } from './helpers/articles.js';

const split = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('sentence splitting', () => {
  it.each([
    ['Pejabat AS. tiba.', 1],
    ['Dr. Budi datang ke Jl. Sudirman No. 5 kemarin.', 1],
    ['Prof. Ani menerima surat a.n. Rektor.', 1],
    ['TEMPO.CO, Jakarta - Menteri tiba. Ia lalu pergi.', 2],
    ['Berita dari Merdeka.com hari ini. Lainnya besok.', 2],
    ['Inflasi 5,36 persen dan kurs 20.85 poin. Harga naik.', 2],
    ['Penulisnya J. K. Rowling dan George R. R. Martin.', 1],
    ['“Hubungan kita kuat,” kata Putin. Kim setuju.', 2],
    ['"Lebih dari itu, kejurnas juga." ujarnya.', 1],
    ['The U.S. said it. Mr. Smith left at 5 p.m. on Friday.', 2],
  ])('%j has %i sentence(s)', (text, count) => {
    expect(split(text)).toHaveLength(count);
  });

  it('keeps a closing quote with its attribution', () => {
    expect(split('“Sebagai hasil kunjungan, hubungan kita kuat,” kata Putin dikutip dari Antara. Lalu ia pergi.')).toEqual([
      '“Sebagai hasil kunjungan, hubungan kita kuat,” kata Putin dikutip dari Antara.',
      'Lalu ia pergi.',
    ]);
  });

  it('gives offsets that slice the paragraph verbatim', () => {
    for (const name of ['tempo-2024-11-02-korut-rusia.txt', 'cnnindonesia-2017-05-17-tpp-apec.txt', 'en-harbour-strike.txt']) {
      for (const p of fixtureArticle(name).paragraphs) {
        for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('splits the shared articles where a reader would', () => {
    const tempo = fixtureArticle('tempo-2024-11-02-korut-rusia.txt');
    expect(tempo.paragraphs.map((p) => p.sentences.length)).toEqual([1, 2, 2, 1, 1, 2, 2, 1, 1, 1, 1]);
  });
});
