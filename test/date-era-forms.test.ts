// Dates of long ago as encyclopedias write them (sentences written for these tests, invented people
// and places): a day or a month with a short year and its era ("8 Juni 632 M", "Desember 260 SM"),
// a life span in brackets opened by a year with a one-letter era ("(lahir 570 M – wafat 632 M)"),
// eras glued to their years in a span ("86SM – 38SM"); and what stays no date.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { dateFinds, extractDates } from '../src/extract/dates/index.js';
import { parseArticle } from '../src/load/article.js';
import { formatDate } from '../src/render/dates.js';
import type { Language } from '../src/types.js';
import { libraryFromText } from './helpers/articles.js';

const shown = (text: string, lang: Language): string[] => extractDates(parseArticle('t', `${text}\n`, { language: lang })).map(formatDate);
const ask = (text: string, query: string, lang: Language) => answer(libraryFromText(text, lang, '2024-11-02'), { command: 'ask', query, locale: lang });

describe('a day or a month with a short year and its era', () => {
  it('is read whole, placed in its year, the era in the short answer', () => {
    expect(shown('Sang pertapa wafat pada 8 Juni 632 M di Lembah Lirang.', 'id')).toEqual(['8 Juni 632 M (0632-06-08)']);
    expect(shown('The hermit died on 8 June 632 AD in the valley.', 'en')).toEqual(['8 June 632 AD (0632-06-08)']);
    expect(shown('Raja Wirasena lahir pada Desember 260 SM di Seruni.', 'id')).toEqual(['Desember 260 SM (-0259-12-01 – -0259-12-31)']);
    expect(shown('King Wirasena was born in December 260 BC at Seruni.', 'en')).toEqual(['December 260 BC (-0259-12-01 – -0259-12-31)']);
  });
  it('a year of one digit with its era is that year, not one of our century', () => {
    expect(shown('Kalender itu dimulai dari tanggal 1 Januari 1 M.', 'id')).toEqual(['tanggal 1 Januari 1 M (0001-01-01)']);
  });
  it('a month opening a span in brackets takes a year of three digits: "(Oktober 844 – 870)"', () => {
    expect(dateFinds('Putri Larasati (Oktober 844 – 870) adalah putri raja Seruni.', 'id').map((f) => f.short)).toEqual(['Oktober 844']);
    expect(dateFinds('Princess Larasati (October 844 – 870) was the daughter of the king.', 'en').map((f) => f.short)).toEqual(['October 844']);
  });
  it('answers when with the date as written', () => {
    const text = 'Wirasena (lahir di Seruni, 570 M – wafat di Lirang, 8 Juni 632 M) adalah pendiri kota Lirang.';
    expect(ask(text, 'Kapan Wirasena lahir?', 'id').value).toBe('570 M');
    expect(ask(text, 'Kapan Wirasena wafat?', 'id').value).toBe('8 Juni 632 M');
    const en = 'Wirasena (born at Seruni, 570 AD – died at Lirang, 8 June 632 AD) founded the town of Lirang.';
    expect(ask(en, 'When did Wirasena die?', 'en').value).toBe('8 June 632 AD');
  });
});

describe('a one-letter era opening a span in brackets', () => {
  it('"(lahir di Seruni, 570 M – …)" is a year; "570 M" elsewhere stays no date', () => {
    expect(dateFinds('Wirasena (lahir di Seruni, 570 M – wafat di Lirang, 8 Juni 632 M) adalah pendiri kota.', 'id').map((f) => f.short)).toEqual([
      '570 M',
      '8 Juni 632 M',
    ]);
    expect(dateFinds('Anggaran 570 M – angka itu naik.', 'id')).toEqual([]);
  });
});

describe('eras glued to the years of a span', () => {
  it('"86SM – 38SM" is one span; money glued to "M" is none', () => {
    expect(dateFinds('Raja itu (skt. 86SM – 38SM) memerintah Seruni.', 'id').map((f) => f.text)).toEqual(['86SM – 38SM']);
    expect(shown('Raja itu (86SM – 38SM) memerintah Seruni.', 'id')).toEqual(['86SM – 38SM (-0085-01-01 – -0037-12-31)']);
    expect(dateFinds('The king (86BC – 38BC) ruled Seruni.', 'en').map((f) => f.text)).toEqual(['86BC – 38BC']);
    expect(dateFinds('Dana Rp 500M-600M disiapkan.', 'id')).toEqual([]);
  });
});

describe('what stays no date', () => {
  it('a lower-case "m" after a year is no era, a word going on after "SM" no era', () => {
    expect(dateFinds('Pada 5 Juni 2000 m kemudian ia pindah.', 'id').map((f) => f.text)).toEqual(['5 Juni 2000']);
    expect(dateFinds('Ia lulus Juli 2005 SMA Negeri 1.', 'id').map((f) => f.text)).toEqual(['Juli 2005']);
    expect(dateFinds('Harga bulan Mei 500 - 600 ribu.', 'id').map((f) => f.text)).toEqual(['bulan Mei']);
  });
});
