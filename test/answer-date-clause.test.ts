// A date belongs to the clause it is written in, not to the nearest word: "Pada Maret 1921 … mendirikan
// X, dan pada 2 Mei 1925 X disahkan" dates the founding in 1921, though 1925 stands nearer the name. Passages and questions are written for
// these tests (invented places and bodies). A date of a clause naming another of the kind asked ("Partai Karya Rakyat" for
// "Partai Karya Nasional") or of a leading "Setelah …," clause gives way to one of the asked event.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { parseArticle } from '../src/load/article.js';
import { clauseAround } from '../src/answer/date-clause.js';
import { paragraphWords } from '../src/text/words.js';
import { askText as ask } from './helpers/articles.js';

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

describe('a date of a clause naming another of the kind asked', () => {
  it('gives way to the date of the one asked (Indonesian)', () => {
    const text =
      'Sebelum PKN, partai pertama yang dibangun Budi Lorem adalah Partai Karya Rakyat (PKR), yang didirikan tahun 1951. Setelah kekalahan dalam pemilihan umum 1955, partai ini berganti nama menjadi Partai Karya Nasional, sesuai hasil kongres partai di Parangsari pada tanggal 3 Mei 1957.';
    const a = ask(text, 'Kapan Partai Karya Nasional dibentuk?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('3 Mei 1957');
  });

  it('gives way to the date of the one asked (English)', () => {
    const text =
      'Before the VNP, the first party John Lorem set up was the Varden Labour Party (VLP), which was founded in 1951. The party was renamed the Varden National Party when a party congress in Kestrel decided so on 3 May 1957.';
    const a = ask(text, 'When was the Varden National Party formed?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('3 May 1957');
  });
});

describe('a date of a leading "Setelah …," clause', () => {
  it('dates the event before, not the one the main clause tells', () => {
    const text = 'Setelah banjir besar pada tahun 1955, Pasar Parangsari dipindahkan ke tepi Sungai Parang pada 3 Mei 1957.';
    const a = ask(text, 'Kapan Pasar Parangsari dipindahkan?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('3 Mei 1957');
  });

  it('still answers a question about its own event', () => {
    const text = 'Setelah banjir besar pada tahun 1955, Pasar Parangsari dipindahkan ke tepi Sungai Parang pada 3 Mei 1957.';
    const a = ask(text, 'Kapan banjir besar di Parangsari?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1955');
  });
});
