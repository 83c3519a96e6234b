// A day of the Hijri calendar is a date: "13 Shafar 303 Hijriah", "12 Rabiul Awal", "13 Safar 303
// AH" answer a when-question, placed on the calendar by the tabular Hijri count where a year is
// written, shown as written where none is. Passages and questions are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/extract/dates/index.js';
import { parseArticle } from '../src/load/article.js';
import { askText as ask } from './helpers/articles.js';

const datesOf = (text: string, language: 'id' | 'en') => extractDates(parseArticle('t', `${text}\n`, { language, publishedAt: '2024-05-01' }));

describe('a day of the Hijri calendar', () => {
  it('answers when a death was (Indonesian)', () => {
    const text = 'Abu Lorem dilahirkan pada tahun 215 Hijriah di Parangsari dan meninggal dunia pada hari Senin tanggal 13 Shafar 303 Hijriah di Damaskus.';
    const a = ask(text, 'Kapan Abu Lorem meninggal?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('13 Shafar 303 Hijriah');
  });

  it('answers when a death was (English)', () => {
    const text = 'Abu Lorem was born in Kestrel in 215 AH and died in Damascus on Monday, 13 Safar 303 AH, aged eighty-eight.';
    const a = ask(text, 'When did Abu Lorem die?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('13 Safar 303 AH');
  });

  it('without its year answers as written (Indonesian)', () => {
    const a = ask('Perayaan maulid di Parangsari jatuh pada setiap tanggal 12 Rabiul Awal dalam penanggalan Hijriah.', 'Kapan perayaan maulid di Parangsari?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('12 Rabiul Awal');
  });

  it('is placed on the calendar where its year is written, and left unplaced where it is not', () => {
    const [withYear] = datesOf('Ia wafat pada 12 rabiul akhir 1372 H di Parangsari.', 'id');
    expect(withYear?.text).toBe('12 rabiul akhir 1372 H');
    expect(withYear?.start).toBe('1952-12-30');
    const [recurring] = datesOf('The festival falls on 12 Rabi al-Awwal every year.', 'en');
    expect(recurring?.text).toBe('12 Rabi al-Awwal');
    expect(recurring?.start).toBeUndefined();
    // No date where the month's word carries on a name and no year follows.
    expect(datesOf('Sebanyak 2 Ramadhan Pohan hadir di sana.', 'id').map((d) => d.text)).toEqual([]);
  });
});
