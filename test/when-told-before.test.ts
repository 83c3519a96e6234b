// A paragraph opening by pointing back to the event the paragraph before told ("Itu dilangsungkan
// Selasa …", "It was held on Tuesday …") tells that event's date (answer/told-before.ts; sentences
// written for these tests).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const library = (paragraphs: readonly string[], language: 'id' | 'en'): Library =>
  libraryOf(entriesOf([parseArticle('a', `${paragraphs.join('\n\n')}\n`, { language })], understand));
const ask = (lib: Library, query: string, locale: 'id' | 'en') => answer(lib, { command: 'ask', query, locale });

describe('a paragraph pointing back to the event of the paragraph before', () => {
  it('"Itu dilangsungkan Selasa (23/1)" dates the private funeral told before it', () => {
    const lib = library(
      [
        'Penyanyi Budi Santoso meninggal dunia pada Minggu (21/1/2024) di rumahnya di Bandung.',
        'Keluarga menyampaikan bahwa almarhum akan dimakamkan dalam pemakaman tertutup.',
        'Itu dilangsungkan Selasa (23/1) di sebuah tempat pemakaman umum di Jakarta.',
      ],
      'id',
    );
    expect(ask(lib, 'Kapan pemakaman tertutup digelar?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('23/1') });
  });
  it('a paragraph that does not point back does not take the event of the one before', () => {
    const lib = library(
      [
        'Penyanyi Budi Santoso meninggal dunia pada Minggu (21/1/2024) di rumahnya di Bandung.',
        'Keluarga menyampaikan bahwa almarhum akan dimakamkan dalam pemakaman tertutup.',
        'Polisi berjaga di sekitar rumah duka pada Selasa (23/1) sejak pagi.',
      ],
      'id',
    );
    expect(ask(lib, 'Kapan pemakaman tertutup digelar?', 'id').found).toBe(false);
  });
  it('"It was held on Tuesday" dates the private funeral told before it', () => {
    const lib = library(
      [
        'The singer Jane Lorem died on Sunday at her home in Leeds.',
        'Her family said she would be buried in a private funeral.',
        'It was held on Tuesday at a small cemetery outside the city.',
      ],
      'en',
    );
    expect(ask(lib, 'When was the private funeral held?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('Tuesday') });
  });
  it('nor in English', () => {
    const lib = library(
      [
        'The singer Jane Lorem died on Sunday at her home in Leeds.',
        'Her family said she would be buried in a private funeral.',
        'Police guarded the house on Tuesday, and it was held by the court that the road be closed.',
      ],
      'en',
    );
    expect(ask(lib, 'When was the private funeral held?', 'en').found).toBe(false);
  });
});

describe('a pointing paragraph that writes none of the question’s words', () => {
  it('is read after the paragraph the question finds, for when and where (Indonesian)', () => {
    const lib = library(['Keluarga menyampaikan bahwa penyanyi Budi Santoso akan dimakamkan dalam pemakaman tertutup.', 'Itu dilangsungkan Selasa (23/1/2024) di Limerick.'], 'id');
    expect(ask(lib, 'Kapan pemakaman tertutup digelar?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('23/1/2024') });
    expect(ask(lib, 'Di mana pemakaman tertutup digelar?', 'id')).toMatchObject({ found: true, value: 'Limerick' });
  });
  it('and in English; a paragraph that does not point back is not read so', () => {
    const lib = library(['Her family said the singer Jane Lorem would be buried in a private funeral.', 'It was held on 23 January 2024 in Limerick.'], 'en');
    expect(ask(lib, 'When was the private funeral held?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('23 January 2024') });
    const other = library(['Her family said the singer Jane Lorem would be buried in a private funeral.', 'Police closed the road on 23 January 2024 in Limerick.'], 'en');
    expect(ask(other, 'When was the private funeral held?', 'en').found).toBe(false);
  });
});
