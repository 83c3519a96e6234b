// Numbers of a device's or a screen's size and of its units are no years: "1440 x 720 piksel",
// "baterai 2000 mAh", "a 1920×1080 display". Sentences written for these tests, in both languages.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { extractDates } from '../src/extract/dates/index.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { formatDate } from '../src/render/dates.js';
import type { Language } from '../src/types.js';

const of = (text: string, language: Language = 'id'): string[] =>
  extractDates(parseArticle('t', text, { publishedAt: '2024-11-02', language })).map(formatDate);

describe('sizes and units are no years', () => {
  it('either side of a size ("1440 x 720", "1080×2016") in Indonesian and English', () => {
    expect(of('Layarnya beresolusi 1440 x 720 piksel dan dirilis tahun 2018.')).toEqual(['tahun 2018 (2018-01-01 – 2018-12-31)']);
    expect(of('Panel itu berukuran 1080×2016 titik.')).toEqual([]);
    expect(of('The phone has a 1920x1080 screen and went on sale in 2019.', 'en')).toEqual(['2019 (2019-01-01 – 2019-12-31)']);
  });
  it('a number before a unit of a device or of data ("2000 mAh", "1024 GB", "1200 pixels")', () => {
    expect(of('Baterainya 2000 mAh dan memorinya 1024 GB.')).toEqual([]);
    expect(of('The sensor reads 1200 pixels per line.', 'en')).toEqual([]);
  });
  it('a year beside such a number is still read: "pada 2017 ... 1280 x 720"', () => {
    expect(of('Ponsel itu diluncurkan pada 2017 dengan layar 1280 x 720.')).toEqual(['2017 (2017-01-01 – 2017-12-31)']);
  });
  it('a when-question about a device is not answered with a screen size', () => {
    const text =
      'Lorem 5X bakal diluncurkan dalam beberapa bulan ke depan di pasar Eropa. Ponsel itu memakai layar 6 inci beresolusi 1440 x 720 piksel dan baterai 3000 mAh.';
    const library = libraryOf(entriesOf([parseArticle('lorem', text, { language: 'id' })], understand));
    const reply = answer(library, { command: 'ask', query: 'Kapan Lorem 5X diluncurkan?', locale: 'id' });
    expect(reply.found ? reply.value : '').not.toMatch(/1440|720|3000/);
  });
});
