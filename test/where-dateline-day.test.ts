// A where-answer takes the places written after it with commas ("Tanjung Mas, Semarang"), but not the
// day of the dateline that follows them ("…, Senin (12/8/2024)"): a weekday or a month is no place;
// nor is a place that only says which body is meant ("Badan … (BPBD) Lorem mencatat …").
// Passages and questions are written for this test (invented places).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryFromText(text, language, '2024-08-12');

describe('a place list stops before the day or month after it', () => {
  it('Indonesian: "di kawasan Tanjung Mas, Semarang Utara, Senin (12/8/2024)"', () => {
    const library = libraryWith('SEMARANG, KOMPAS — Banjir merendam ratusan rumah di kawasan Tanjung Mas, Semarang Utara, Senin (12/8/2024). Air setinggi satu meter.', 'id');
    expect(answer(library, { command: 'ask', query: 'Di mana banjir merendam rumah?', locale: 'id' }).value).toBe('Tanjung Mas, Semarang Utara');
  });

  it('a place right after a body’s name or its acronym is the body’s, not where something happened', () => {
    const library = libraryWith(
      [
        'JAKARTA, KOMPAS — Banjir merendam ratusan rumah di kawasan Pasar Minggu, Jakarta Selatan, Senin (12/8/2024). Ketinggian air mencapai satu meter.',
        '”Kami sudah mengevakuasi 150 warga ke masjid terdekat,” kata Kepala Polres Jakarta Selatan Komisaris Besar Budi Hartono.',
        'Menurut dia, air mulai naik sejak Minggu malam setelah hujan deras selama lima jam.',
        'Badan Penanggulangan Bencana Daerah (BPBD) DKI mencatat banjir serupa terakhir terjadi pada Februari 2020.',
      ].join('\n\n'),
      'id',
    );
    expect(answer(library, { command: 'ask', query: 'Di mana banjir terjadi?', locale: 'id' }).value).toBe('Pasar Minggu, Jakarta Selatan');
  });

  it('English: "in Riverside, Eastham, Monday"', () => {
    const library = libraryWith('Floods covered hundreds of homes in Riverside, Eastham, Monday, after a night of rain.', 'en');
    expect(answer(library, { command: 'ask', query: 'Where did floods cover homes?', locale: 'en' }).value).toBe('Riverside, Eastham');
  });
});
