// Years written as encyclopedias write the years they are not sure of, or of long ago (sentences
// written for these tests, invented people and places): marks of an approximate year before the
// ends of a life span ("(l.k. 100 – l.k. 153)", "(c. 100 – c. 153)"), a span from a year to a
// month, a three-digit year after "pada", decades of three digits with a year word or an era,
// parts of a century in English, a one-letter era after a cue or a mark; and the amounts that stay
// amounts.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { dateFinds, extractDates } from '../src/extract/dates/index.js';
import { parseArticle } from '../src/load/article.js';
import { formatDate } from '../src/render/dates.js';
import type { Language } from '../src/types.js';
import { libraryFromText } from './helpers/articles.js';

const shown = (text: string, lang: Language): string[] => extractDates(parseArticle('t', `${text}\n`, { language: lang })).map(formatDate);
const shorts = (text: string, lang: Language): string[] => dateFinds(text, lang).map((f) => f.short);
const ask = (text: string, query: string, lang: Language) => answer(libraryFromText(text, lang, '2024-11-02'), { command: 'ask', query, locale: lang });

describe('marks of an approximate year before the ends of a life span in brackets', () => {
  it('make a span of three-digit years; the marks stay in the text, out of the short answer', () => {
    expect(dateFinds('Wirasena (dikenal juga sebagai Wirasana) (l.k. 100 - l.k. 153) adalah seorang pujangga.', 'id')).toEqual([
      { rule: 'year-range', text: 'l.k. 100 - l.k. 153', short: '100 - l.k. 153' },
    ]);
    expect(shown('Wirasena (pujangga; skt. 120 – 181) menulis kitab itu.', 'id')).toEqual(['skt. 120 – 181 (0120-01-01 – 0181-12-31)']);
    expect(dateFinds('Wirasena (also known as Wirasana) (c. 100 – c. 153) was a poet.', 'en')).toEqual([
      { rule: 'year-range', text: 'c. 100 – c. 153', short: '100 – c. 153' },
    ]);
  });
  it('answer when with the end asked', () => {
    const text = 'Wirasena (dikenal juga sebagai Wirasana) (l.k. 100 - l.k. 153) adalah seorang pujangga dari Lirang.';
    expect(ask(text, 'Kapan Wirasena lahir?', 'id').value).toBe('100');
    const en = 'Wirasena (also known as Wirasana) (c. 100 – c. 153) was a poet of Lirang.';
    expect(ask(en, 'When was Wirasena born?', 'en').value).toBe('100');
  });
  it('an amount stays an amount: "sekitar 1000-2000 pengungsi", "sekitar 100 - 150 orang"', () => {
    expect(dateFinds('Sekitar 1000-2000 pengungsi tiba, dan (sekitar 100 - 150 orang) menunggu.', 'id')).toEqual([]);
    expect(dateFinds('About 1000-2000 refugees came (about 100 - 150 of them children).', 'en')).toEqual([]);
  });
});

describe('a span in brackets from a year to a month', () => {
  it('"(c. 1431 – Desember 1476)" is one span, its end the month', () => {
    const [span] = extractDates(parseArticle('t', 'Pangeran Lorem (c. 1431 – Desember 1476) memerintah lembah itu.\n', { language: 'id' }));
    expect(span && formatDate(span)).toBe('1431 – Desember 1476 (1431-01-01 – 1476-12-31)');
    expect(span?.ends?.map((e) => e.text)).toEqual(['1431', 'Desember 1476']);
    expect(shorts('Prince Lorem (c. 1431 – December 1476) ruled the valley.', 'en')).toEqual(['1431 – December 1476']);
  });
});

describe('a three-digit year after "pada"', () => {
  it('is a year where no word in lower case goes on', () => {
    expect(shown('Ia memerintah dari 935 sampai kematiannya pada 946. Putranya naik takhta.', 'id')).toEqual(['946 (0946-01-01 – 0946-12-31)']);
    expect(shorts('Pada 980 Wirasena menyatukan lembah itu.', 'id')).toEqual(['980']);
    expect(ask('Raja Wirasena memerintah Lirang dan wafat pada 946. Putranya menggantikannya.', 'Kapan Raja Wirasena wafat?', 'id').value).toBe('946');
  });
  it('not an amount, a speed, nor a year of ours where another calendar\'s era follows', () => {
    expect(dateFinds('Aturan itu berlaku pada 180 maskapai dan merekam pada 120 fps.', 'id')).toEqual([]);
    // "648 H" is a Hijri year (date-other-calendars.test.ts), placed on the years of ours it falls in, not the year 648.
    expect(shown('Ia lahir pada 648 H di Lirang.', 'id')).toEqual(['648 H (1250-01-01 – 1251-12-31)']);
  });
});

describe('a decade of three digits', () => {
  it('with a year word or an era; "800-an" alone is an amount', () => {
    expect(shown('Candi itu dibangun sekitar tahun 800-an Masehi.', 'id')).toEqual(['tahun 800-an Masehi (0800-01-01 – 0809-12-31)']);
    expect(shorts('The temple was built in the 880s AD.', 'en')).toEqual(['880s AD']);
    expect(dateFinds('Sekitar 800-an peserta hadir.', 'id')).toEqual([]);
  });
});

describe('parts of a century in English, and its era', () => {
  it('"late 19th century", "mid-15th century", "3rd century BC"', () => {
    expect(shorts('The style spread in the late 19th century and faded by the mid-15th century revival.', 'en')).toEqual([
      'late 19th century',
      'mid-15th century',
    ]);
    expect(shown('The wall was raised in the 3rd century BC.', 'en')).toEqual(['3rd century BC (-0299-01-01 – -0200-12-31)']);
  });
});

describe('a one-letter era after a cue or a mark of approximation', () => {
  it('"Pada 220 M", "(sek. 750 M - sek. 1258 M)"', () => {
    expect(shorts('Pada 220 M, putra raja merebut takhta.', 'id')).toEqual(['220 M']);
    expect(shorts('Zaman Lirang (sek. 750 M - sek. 1258 M) adalah masa kejayaan.', 'id')).toEqual(['750 M', '1258 M']);
    expect(dateFinds('Anggaran 500 M disetujui.', 'id')).toEqual([]);
  });
});
