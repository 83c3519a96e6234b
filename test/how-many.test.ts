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

  it('a count of another word is no answer, nor a passage with no count: "Berapa jalan ditutup?" is not answered', () => {
    // The article says a road was closed, not how many: "Tiga rumah" counts houses, the dateline's digits are a date.
    const a = answer(indonesian, { command: 'ask', query: 'Berapa jalan ditutup?', locale: 'id' });
    expect(a.found).toBe(false);
    expect(a.citations).toEqual([]);
  });
});

describe('a number a few words after the asked word tells its amount; a passage without one tells none', () => {
  const indonesian = libraryWith(
    [
      'Pemerintah Naikkan Tarif Retribusi Pasar',
      'LOREM - Pemerintah Kota Lorem menaikkan tarif retribusi pasar dari Rp 3.000 menjadi Rp 5.000 per hari mulai Maret 2025.',
      'Para pedagang mengaku keberatan dengan keputusan itu. Mereka meminta pemerintah menunda kenaikan tarif.',
    ].join('\n\n'),
    'id',
  );
  const english = libraryWith(
    [
      'City raises market fee',
      'The city of Lorem raised the daily market fee from $3 to $5 starting in March 2025.',
      'Traders said they were unhappy with the decision and asked the city to delay the higher fee.',
    ].join('\n\n'),
    'en',
  );

  it('Indonesian: "Berapa tarif retribusi pasar?" cites the sentence with the amounts', () => {
    const a = answer(indonesian, { command: 'ask', query: 'Berapa tarif retribusi pasar yang baru?', locale: 'id' });
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Rp 5.000');
  });

  it('Indonesian: "Berapa jumlah pedagang?" is not answered by a passage that gives no number', () => {
    const a = answer(indonesian, { command: 'ask', query: 'Berapa jumlah pedagang pasar?', locale: 'id' });
    expect(a.found).toBe(false);
  });

  it('English: "How much is the market fee?" cites the amounts; "How many traders?" is not answered', () => {
    const fee = answer(english, { command: 'ask', query: 'How much is the market fee?', locale: 'en' });
    expect(fee.found).toBe(true);
    expect(fee.answer).toContain('$5');
    const traders = answer(english, { command: 'ask', query: 'How many traders complained?', locale: 'en' });
    expect(traders.found).toBe(false);
  });
});
