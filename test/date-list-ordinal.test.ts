// Dates listed in the order of time ("dilanda banjir pada 3 Maret 2019 dan 14 Januari 2021", "on 20
// August and 8 September 1975") are the times of what the sentence tells, one after another: the
// second of them answers "… yang kedua?" / "the second …?" though the passage never writes the
// ordinal, and another ordinal beside the same noun ("putaran pertama") tells of another date of the
// list, not that this one is no second. The two ends of a span ("antara 1801 dan 1805", "between
// 1801 and 1805") are one time, not two. Passages and questions are written for these tests
// (invented places and people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

describe('the n-th date of a list in the order of time answers an ordinal', () => {
  const indonesian = libraryFromText(
    'Kota Lembah dilanda banjir bandang pada 3 Maret 2019 dan 14 Januari 2021. Antara 1801 dan 1805 pedagang Kasim membangun gudang garam di tepi Sungai Mera.',
    'id',
    '2024-09-10',
  );
  const english = libraryFromText(
    'The agency launched weather probes from Port Ardent on 20 August and 8 September 1975. Between 1801 and 1805 the merchant Kasim built a salt store on the Mera river.',
    'en',
    '2024-09-10',
  );

  it('answers "yang kedua" with the second date of the list (Indonesian)', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Kapan Kota Lembah dilanda banjir bandang yang kedua?', locale: 'id' }).value).toBe('14 Januari 2021');
  });

  it('answers "the second" with the second date, which lends its year to the first (English)', () => {
    expect(answer(english, { command: 'ask', query: 'When was the second weather probe launched?', locale: 'en' }).value).toBe('8 September 1975');
  });

  it('is not told otherwise by the other date’s ordinal written after the list ("putaran pertama", "the first round")', () => {
    const rounds = libraryFromText(
      'Dinas Kesehatan Kota Lembah menggelar vaksinasi campak dalam dua putaran, 3 Maret 2024 dan 7 April 2024. Dana untuk putaran pertama mencapai Rp 5 miliar.',
      'id',
      '2024-09-10',
    );
    expect(answer(rounds, { command: 'ask', query: 'Kapan vaksinasi campak putaran kedua digelar?', locale: 'id' }).value).toBe('7 April 2024');
    const english = libraryFromText(
      'The health office ran the measles vaccination in two rounds, on 3 March 2024 and 7 April 2024. The first round cost 5 billion rupiah.',
      'en',
      '2024-09-10',
    );
    expect(answer(english, { command: 'ask', query: 'When was the second round of the measles vaccination held?', locale: 'en' }).value).toBe('7 April 2024');
  });

  it('answers "pertama" / "the first" with the first date of the list, a day or a month', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Kapan Kota Lembah dilanda banjir bandang yang pertama?', locale: 'id' }).value).toBe('3 Maret 2019');
    expect(answer(english, { command: 'ask', query: 'When was the first weather probe launched?', locale: 'en' }).value).toBe('20 August');
  });

  it('reads no ordinal into the two ends of a span, nor a third time into a list of two', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Kapan gudang garam kedua dibangun?', locale: 'id' }).found).toBe(false);
    expect(answer(indonesian, { command: 'ask', query: 'Kapan banjir bandang ketiga melanda Kota Lembah?', locale: 'id' }).found).toBe(false);
    expect(answer(english, { command: 'ask', query: 'When was the second salt store built?', locale: 'en' }).found).toBe(false);
  });
});
