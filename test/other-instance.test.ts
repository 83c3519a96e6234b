// An event written as another of its kind ("banjir serupa terakhir terjadi pada Januari 2020", "a
// previous offer was rejected in February") does not tell when the one asked about happened: the
// question is refused, naming the words as written, unless it asks about that other one itself.
// "serupa dengan" / "similar to" compares, and marks no other. Passages are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryFromText(text, language, '2025-03-04');

describe('another of the asked event’s kind', () => {
  const indonesian = libraryWith('Menurut warga, banjir serupa terakhir terjadi pada Januari 2020. Saat itu air setinggi dua meter.\n\nTanggul serupa dengan tanggul di hulu dibangun pada 2015.', 'id');
  const english = libraryWith('Members will vote on the deal on Friday. A previous offer was rejected in February by 82% of members.\n\nA levee similar to the one upstream was built in 2015.', 'en');

  it('Indonesian: "Kapan banjir terjadi?" is not answered by "banjir serupa … Januari 2020"', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Kapan banjir terjadi?', locale: 'id' }).found).toBe(false);
    expect(answer(indonesian, { command: 'ask', query: 'Kapan banjir serupa terjadi?', locale: 'id' }).value).toBe('Januari 2020');
  });

  it('English: "When was the offer rejected?" is refused, naming "previous offer"', () => {
    const refused = answer(english, { command: 'ask', query: 'When was the offer rejected?' });
    expect(refused.found).toBe(false);
    expect(refused.answer).toContain('previous offer');
    expect(answer(english, { command: 'ask', query: 'When was the previous offer rejected?' }).value).toBe('February');
  });

  it('"serupa dengan" and "similar to" compare: no other one', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Kapan tanggul dibangun?', locale: 'id' }).value).toBe('2015');
    expect(answer(english, { command: 'ask', query: 'When was the levee built?' }).value).toBe('2015');
  });
});
