// A headline gives no date; the lede tells it again with one ("Floods force thousands from homes" over
// "Thousands of people were forced from their homes on Tuesday …"): the lede's date is the headline's
// event's, where the lede's first sentence writes the headline's words (two of them at least). A
// lede about something else dates nothing of the headline. Passages are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryFromText(text, language, '2025-03-07');

describe('a headline dated by the lede that tells it again', () => {
  const english = libraryWith(
    [
      'Floods force thousands from homes in northern Lorem',
      'Thousands of people were forced from their homes on Tuesday after heavy rain caused rivers to burst their banks across northern Lorem, officials said.',
      'The agency issued 40 severe warnings. Its chief executive, Jane Whitcombe, said the rainfall was unprecedented.',
    ].join('\n\n'),
    'en',
  );
  const indonesian = libraryWith(
    [
      'Banjir Paksa Ribuan Warga Lorem Mengungsi',
      'Ribuan warga Kabupaten Lorem terpaksa mengungsi dari rumah mereka pada Selasa (4/3/2025) setelah hujan deras membuat sungai meluap.',
      'Kepala BPBD Lorem, Ahmad Sutrisno, mengatakan air mulai surut.',
    ].join('\n\n'),
    'id',
  );
  const elsewhere = libraryWith(
    ['Banjir Landa Kabupaten Lorem', 'Harga cabai di pasar Ipsum naik dua kali lipat pada Senin (3/3/2025), kata pedagang.', 'Pedagang berharap harga segera turun.'].join('\n\n'),
    'id',
  );

  it('English: "/when floods" and "When did the floods happen?" give the lede’s Tuesday', () => {
    expect(answer(english, { command: 'when', query: 'floods' }).value).toBe('Tuesday');
    expect(answer(english, { command: 'ask', query: 'When did the floods happen?' }).value).toBe('Tuesday');
  });

  it('Indonesian: "/when banjir" gives the lede’s date', () => {
    expect(answer(indonesian, { command: 'when', query: 'banjir', locale: 'id' }).value).toContain('4/3/2025');
  });

  it('a lede that tells something else dates nothing of the headline', () => {
    expect(answer(elsewhere, { command: 'when', query: 'banjir', locale: 'id' }).found).toBe(false);
  });
});
