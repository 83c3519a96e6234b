// "Berapa …?" / "How many …?" is answered by the passage that gives the count of the word asked for
// ("sedikitnya 900 warga"), not by a headline that only repeats the question's words, and not by a
// date's digits. Passages and questions are written for this test (invented places and people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryFromText(text, language, '2025-02-11');

describe('a how-many question is answered by the passage with the count', () => {
  const indonesian = libraryWith(
    [
      'Longsor Tutup Jalan di Lorem, Warga Mengungsi',
      'LOREM, KOMPAS — Longsor menutup jalan provinsi di Kecamatan Ipsum, Selasa (11/2/2025). Hujan deras turun sejak Senin malam.',
      'Camat Ipsum Rudi Hartawan mengatakan, sedikitnya 900 warga mengungsi ke balai desa. Tiga rumah rusak berat.',
    ].join('\n\n'),
    'id',
  );
  const english = libraryWith(
    [
      'Storm closes port, ferries wait',
      'DOLOR, Feb 11 - A storm closed the port of Dolor on Tuesday, 11 February 2025, and ferries were told to wait at sea.',
      'Harbour master Ann Price said about 40 ferries were waiting outside the port. Two cranes were damaged.',
    ].join('\n\n'),
    'en',
  );

  it('Indonesian: "Berapa warga mengungsi?" cites the sentence with "900 warga", not the headline', () => {
    const a = answer(indonesian, { command: 'ask', query: 'Berapa warga mengungsi?', locale: 'id' });
    expect(a.found).toBe(true);
    expect(a.citations[0]!.paragraph).toBe(3);
    expect(a.answer).toContain('900 warga');
  });

  it('a date’s digits are no count: "Berapa rumah rusak?" is not answered by the dateline', () => {
    const a = answer(indonesian, { command: 'ask', query: 'Berapa rumah rusak?', locale: 'id' });
    expect(a.answer).toContain('Tiga rumah');
  });

  it('English: "How many ferries are waiting?" cites "about 40 ferries", not the headline', () => {
    const a = answer(english, { command: 'ask', query: 'How many ferries are waiting?', locale: 'en' });
    expect(a.citations[0]!.paragraph).toBe(3);
    expect(a.answer).toContain('40 ferries');
  });

  it('a count of another word is no answer: "Berapa jalan ditutup?" does not cite "Tiga rumah" first', () => {
    const a = answer(indonesian, { command: 'ask', query: 'Berapa jalan ditutup?', locale: 'id' });
    expect(a.found).toBe(true);
    expect(a.answer).not.toContain('Tiga rumah');
    expect(a.answer).toMatch(/jalan/i);
  });
});
