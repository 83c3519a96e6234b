// A date belongs to the clause it is written in, not to the nearest word: "Pada Maret 1921 … mendirikan
// X, dan pada 2 Mei 1925 X disahkan" dates the founding in 1921, though 1925 stands nearer the name. Passages and questions are written for
// these tests (invented places and bodies).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { clauseAround } from '../src/answer/date-clause.js';
import { paragraphWords } from '../src/text/words.js';

const libraryWith = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, text, { language })], understand));
const ask = (text: string, query: string, language: 'id' | 'en') => answer(libraryWith('bacaan', `${text}\n`, language), { command: 'ask', query, locale: language });

describe('a date of the clause whose verb the question asks', () => {
  it('answers before a date of the next clause (Indonesian)', () => {
    const text = 'Pada bulan Maret 1921 para nelayan mendirikan Koperasi Nelayan Parangsari, dan pada 2 Mei 1925 Koperasi Nelayan Parangsari disahkan gubernur.';
    const a = ask(text, 'Kapan Koperasi Nelayan Parangsari didirikan?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Maret 1921');
  });

  it('answers before a date of the next clause (English)', () => {
    const text =
      'In March 1921 local fishermen founded the Varden Fishermen Cooperative, and on 2 May 1925 the Varden Fishermen Cooperative was recognised by the governor.';
    const a = ask(text, 'When was the Varden Fishermen Cooperative founded?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('March 1921');
  });

  it('still answers the other clause when the question asks its verb', () => {
    const text = 'Koperasi Nelayan Parangsari didirikan oleh Budi Santoso dan Agus Lorem pada bulan Maret 1921 dan diresmikan gubernur pada 2 Mei 1925.';
    const a = ask(text, 'Kapan Koperasi Nelayan Parangsari diresmikan gubernur?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('2 Mei 1925');
  });
});

describe('the clause around a word', () => {
  const text = 'Pasar itu dibuka oleh Budi dan Agus pada 1921 dan ditutup pada 1960.';
  const words = paragraphWords(parseArticle('pasar', `${text}\n`).paragraphs[0]!);
  const at = (w: string): number => words.findIndex((x) => x.text === w);

  it('goes on past a list of names joined by "dan"', () => {
    const [a, b] = clauseAround(words, at('1921'), at('1921'));
    expect(words[a]!.text).toBe('Pasar');
    expect(words[b]!.text).toBe('1921');
  });

  it('ends where a conjunction opens a clause with a verb', () => {
    const [a] = clauseAround(words, at('1960'), at('1960'));
    expect(words[a]!.text).toBe('dan');
  });
});
