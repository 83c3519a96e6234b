// A news lead dates what it reports by the day of the week ("Rabu (4/9)", "on Wednesday") and the
// sentence after it tells what happened then ("Massa membakar …"): the answer in the lead is read
// with that sentence too — unless that sentence names another answer of its own ("Festival dibuka
// oleh Wali Kota …"). Passages and questions are written for these tests (invented places and people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

describe('a news lead is read with the sentence after it', () => {
  const indonesian = libraryFromText(
    [
      'Pelaihari, Warta - Unjuk rasa ratusan petani di depan kantor bupati, Rabu (4/9), berakhir ricuh. Massa membakar dua mobil dinas dan merusak pagar kantor.',
      'Demikian dikatakan Ketua Panitia Sinta Dewi dalam Festival Lembah Hijau di Bogor, Senin (9/9). Festival dibuka oleh Wali Kota Bogor Arief Santoso.',
    ].join('\n\n'),
    'id',
    '2024-09-10',
  );
  const english = libraryFromText(
    'PORTVILLE — Hundreds of farmers protested outside the county office on Wednesday, Sept. 4. The crowd burned two official cars and damaged the fence.',
    'en',
    '2024-09-10',
  );

  it('dates what the sentence after the lead tells by the lead’s day (Indonesian)', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Kapan massa membakar mobil dinas?', locale: 'id' }).value).toBe('4/9');
  });

  it('dates what the sentence after the lead tells by the lead’s day (English)', () => {
    expect(answer(english, { command: 'ask', query: 'When did the crowd burn official cars?', locale: 'en' }).value).toBe('Sept. 4');
  });

  it('gives what the sentence after the lead tells to the one it names, not to the lead’s person', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Siapa yang membuka Festival Lembah Hijau?', locale: 'id' }).value).toBe('Wali Kota Bogor Arief Santoso');
  });
});
