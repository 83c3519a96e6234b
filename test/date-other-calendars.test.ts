// Years of another calendar as encyclopedias write them (sentences written for these tests, invented
// people and places): a Hijri year alone, its era spaced or glued ("tahun 532 H", "pada 283H", "345
// Hijriah", "648 AH"), placed on the years of ours it falls in; followed by the same year of ours
// ("648 H/1250 M", "283H atau 896 M", "648 AH or 1250 AD") the two are one date; and a year with
// another era followed by the same time in brackets ("tahun 294 Saka (16 Maret 372 Masehi)"), where
// the bracket's day answers.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { extractDates } from '../src/extract/dates/index.js';
import { parseArticle } from '../src/load/article.js';
import { formatDate } from '../src/render/dates.js';
import type { Language } from '../src/types.js';
import { libraryFromText } from './helpers/articles.js';

const shown = (text: string, lang: Language): string[] => extractDates(parseArticle('t', `${text}\n`, { language: lang })).map(formatDate);
const ask = (text: string, query: string, lang: Language) => answer(libraryFromText(text, lang, '2024-11-02'), { command: 'ask', query, locale: lang });

describe('a year of the Hijri calendar alone', () => {
  it('is a date, spaced or glued to its era, placed on the years of ours it falls in', () => {
    expect(shown('Syekh Lirang lahir di Seruni tahun 532 H.', 'id')).toEqual(['tahun 532 H (1137-01-01 – 1138-12-31)']);
    expect(shown('Syekh Lirang wafat pada tahun 345H di Kota Lembah.', 'id')).toEqual(['tahun 345H (0956-01-01 – 0957-12-31)']);
    expect(shown('Sheikh Lirang was born in Seruni in 648 AH.', 'en')).toEqual(['648 AH (1250-01-01 – 1251-12-31)']);
  });

  it('with the same year of ours after it is one date of that year; another number after it is not', () => {
    expect(shown('Syekh Lirang lahir di Seruni pada 648 H/1250 M.', 'id')).toEqual(['648 H/1250 M (1250-01-01 – 1250-12-31)']);
    expect(shown('Syekh Lirang lahir pada tahun 283H atau 896 M di Seruni.', 'id')).toEqual(['tahun 283H atau 896 M (0896-01-01 – 0896-12-31)']);
    expect(shown('Sheikh Lirang was born in 648 AH or 1250 AD in Seruni.', 'en')).toEqual(['648 AH or 1250 AD (1250-01-01 – 1250-12-31)']);
    expect(shown('Masjid itu dibangun tahun 1372 H atau 300 tahun setelah kota berdiri.', 'id')).toEqual(['tahun 1372 H (1952-01-01 – 1953-12-31)']);
  });

  it('answers when', () => {
    expect(ask('Syekh Lirang dilahirkan pada tahun 283H di Kota Lembah.', 'Kapan Syekh Lirang lahir?', 'id').value).toBe('283H');
    expect(ask('Sheikh Lirang was born in 648 AH in Seruni.', 'When was Sheikh Lirang born?', 'en').value).toBe('648 AH');
  });
});

describe('a year of another era followed by the same time in brackets', () => {
  it('answers with the more precise date in brackets (Indonesian)', () => {
    const text = 'Prabu Wiraseta dilahirkan tanggal 8 bagian gelap bulan Kartika tahun 294 Saka (16 Maret 372 Masehi) di Kota Lembah.';
    expect(ask(text, 'Kapan Prabu Wiraseta lahir?', 'id').value).toBe('16 Maret 372 Masehi');
  });

  it('answers with the more precise date in brackets (English)', () => {
    const text = 'King Wiraseta was born on the eighth dark day of the month Kartika in the year 294 Saka (16 March 372 AD) in Valetown.';
    expect(ask(text, 'When was King Wiraseta born?', 'en').value).toBe('16 March 372 AD');
  });
});
