// "Abad berapa …?", "In what century …?" asks for a century (answer/when-candidates.ts, `askCentury`
// of the date tables): where the paragraph writes one, a year or a decade beside it is no answer,
// and the unit asked for is a question word, not a word the passage must say again around the
// answer (query/focus.ts). Passages written for these tests (invented places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a century asked', () => {
  it('Indonesian: "Sejak abad berapa …?" is answered by the century, not the decade beside it', () => {
    const text = 'Lembah Lorem telah dikenal sejak awal abad ke-19 atau 1800-an oleh para pedagang Eropa. Pada tahun 1903 sebuah jalan dibangun ke sana.';
    expect(ask(text, 'Sejak abad berapa Lembah Lorem telah dikenal?', 'id')).toMatchObject({ found: true, value: 'awal abad ke-19' });
  });

  it('English: "In what century …?" is answered by the century, not the decade', () => {
    const text = 'Lorem Abbey was founded in the 1190s, early in the 13th century by tradition, and rebuilt in 1540.';
    expect(ask(text, 'In what century was Lorem Abbey founded?', 'en')).toMatchObject({ found: true, value: '13th century' });
  });

  it('a paragraph writing no century still answers with the year it gives', () => {
    const text = 'Lembah Lorem telah dikenal sejak tahun 1820 oleh para pedagang Eropa.';
    expect(ask(text, 'Sejak abad berapa Lembah Lorem telah dikenal?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('1820') });
  });
});
