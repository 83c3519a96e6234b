// An event told as the worst or the first since a date ("the worst floods since December 2015",
// "banjir terparah sejak tahun 2014") is compared with an earlier one: that date is not its own, so
// it never answers when the event happened. It answers a question about the earlier one, named
// after the date, or one asking since when. Passages are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryFromText(text, language, '2025-03-04');

describe('a date after "since" that a record compares with', () => {
  const indonesian = libraryWith(
    'Banjir merendam ribuan rumah di Kabupaten Lorem pada Selasa (4/3/2025) setelah hujan deras.\n\nBanjir kali ini merupakan yang terparah sejak tahun 2014, ketika Sungai Ipsum meluap dan merendam tujuh kecamatan.',
    'id',
  );
  const english = libraryWith(
    'Thousands of people were forced from their homes on Tuesday after heavy rain across the north.\n\nThe floods are the worst to hit the region since December 2015, when Storm Dolor caused damage estimated at £500m.',
    'en',
  );
  const onlyRecord = libraryWith('Banjir itu merupakan yang terparah sejak 2014, kata Kepala BPBD Lorem Ahmad Sutrisno.', 'id');

  it('Indonesian: "Kapan banjir terjadi?" is answered by the flood’s own day, not by "terparah sejak tahun 2014"', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Kapan banjir terjadi?', locale: 'id' }).value).toContain('4/3/2025');
    expect(answer(onlyRecord, { command: 'ask', query: 'Kapan banjir terjadi?', locale: 'id' }).found).toBe(false);
  });

  it('English: "When did the floods happen?" is not answered by "the worst since December 2015"', () => {
    for (const query of ['When did the floods happen?', 'When did the floods start?']) expect(answer(english, { command: 'ask', query }).value).not.toBe('December 2015');
  });

  it('the earlier event named after the date, or a question asking since when, is answered by it', () => {
    expect(answer(english, { command: 'ask', query: 'When did Storm Dolor hit?' }).value).toBe('December 2015');
    expect(answer(indonesian, { command: 'ask', query: 'Kapan Sungai Ipsum meluap?', locale: 'id' }).value).toContain('2014');
    expect(answer(onlyRecord, { command: 'ask', query: 'Sejak kapan banjir terparah?', locale: 'id' }).value).toBe('2014');
  });

  it('/when: the event is not dated by the earlier one; the earlier one, named after the date, is', () => {
    const floods = answer(english, { command: 'when', query: 'floods' });
    expect(floods.value).not.toBe('December 2015');
    expect(answer(english, { command: 'when', query: 'Storm Dolor' }).value).toBe('December 2015');
    expect(answer(indonesian, { command: 'when', query: 'banjir', locale: 'id' }).value).toContain('4/3/2025');
  });
});

