// The date extractor skips work that cannot find anything: rules whose every match holds a digit on
// a paragraph without one, and chrono-node where every month name already stands in a day the rules
// read. These cases pin what the skipped work used to find, so a skip that drops a date fails here.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/extract/dates/index.js';
import { formatDate } from '../src/render/dates.js';
import { parseArticle } from '../src/load/article.js';
import type { Language } from '../src/types.js';

const of = (text: string, language: Language = 'id', publishedAt = '2025-03-12'): string[] =>
  extractDates(parseArticle('t', text, { publishedAt, language })).map(formatDate);

describe('date shortcuts keep every date', () => {
  it('a paragraph without digits still gives its months, weekdays and relative days', () => {
    expect(of('Rapat itu digelar pada bulan Januari dan dilanjutkan pada hari Senin, kata panitia kemarin.')).toEqual([
      expect.stringContaining('bulan Januari'),
      expect.stringContaining('Senin'),
      expect.stringContaining('kemarin'),
    ]);
    expect(of('The talks resumed in February and will end next week, officials said on Monday.', 'en')).toEqual([
      expect.stringContaining('February'),
      expect.stringContaining('next week'),
      expect.stringContaining('Monday'),
    ]);
  });

  it('a day written in a way only chrono reads is found beside a day the rules read', () => {
    const dates = of('The hearing opened on March 3, 2025 and closed on the 19th of March 2025.', 'en');
    expect(dates).toHaveLength(2);
    expect(dates[1]).toContain('2025-03-19');
  });

  it('a month name with a stray letter glued on (an encoding slip) still gives its day', () => {
    const dates = of('Sidang digelar pada 23 Maret 2025 dan 30 Maretâ 2025 di Jakarta.');
    expect(dates.some((d) => d.includes('2025-03-30'))).toBe(true);
  });
});
