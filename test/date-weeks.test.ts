// A day name with its week ("Senin pekan depan", "Monday next week") is one date: that day of that
// week, counted from the week of the day the article is dated (or the last day it states).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { extractDates } from '../src/extract/dates/index.js';
import { libraryOf } from '../src/index/library.js';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';
import type { Language } from '../src/types.js';

const dates = (text: string, language: Language, publishedAt?: string) =>
  extractDates(parseArticle('t', text, { language, ...(publishedAt !== undefined && { publishedAt }) })).map((d) => ({ text: d.text, start: d.start }));

describe('a day name with its week', () => {
  // 2025-03-12 is a Wednesday.
  it('reads "Senin pekan depan" and "Rabu minggu depan" as one date each, in the next week (Indonesian)', () => {
    expect(dates('Sidang dilanjutkan Senin pekan depan, lalu putusan dibacakan Rabu minggu depan.', 'id', '2025-03-12')).toEqual([
      { text: 'Senin pekan depan', start: '2025-03-17' },
      { text: 'Rabu minggu depan', start: '2025-03-19' },
    ]);
  });

  it('reads "Jumat pekan lalu" as the Friday of the week before', () => {
    expect(dates('Tersangka ditangkap Jumat pekan lalu di rumahnya.', 'id', '2025-03-12')).toEqual([{ text: 'Jumat pekan lalu', start: '2025-03-07' }]);
  });

  it('reads "Monday next week" and "Thursday last week" the same way (English)', () => {
    expect(dates('The strike ends on Monday next week; it began on Thursday last week.', 'en', '2025-03-12')).toEqual([
      { text: 'Monday next week', start: '2025-03-17' },
      { text: 'Thursday last week', start: '2025-03-06' },
    ]);
  });

  it('keeps a day name alone, and a week phrase alone, as before', () => {
    expect(dates('Rapat digelar Senin. Hasilnya diumumkan pekan depan.', 'id', '2025-03-12').map((d) => d.text)).toEqual(['Senin', 'pekan depan']);
    expect(dates('Warga Pasar Minggu pekan depan pindah.', 'id', '2025-03-12').map((d) => d.text)).toEqual(['pekan depan']);
  });

  it('shows it as written, unplaced, in an article without a date', () => {
    expect(dates('The vote is on Tuesday next week.', 'en')).toEqual([{ text: 'Tuesday next week', start: undefined }]);
  });

  it('answers /when with the whole phrase and its day', () => {
    const article = parseArticle('rapat', 'JAKARTA — Dewan akan memutuskan anggaran kota pada Selasa pekan depan, kata ketua dewan.', { language: 'id', publishedAt: '2025-03-12' });
    const library = libraryOf([{ article, understanding: understand(article) }]);
    const a = answer(library, { command: 'ask', query: 'Kapan dewan memutuskan anggaran kota?' });
    expect(JSON.stringify(a)).toContain('Selasa pekan depan');
    expect(JSON.stringify(a)).toContain('2025-03-18');
  });
});
