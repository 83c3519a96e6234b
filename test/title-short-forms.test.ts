// A title the question spells out that the passage writes by its one-word short form, or the other way
// round ("Menteri Kesehatan" ~ "Menkes", "Kepala Kejaksaan Tinggi" ~ "Kajati"): the paragraph is found
// by the other form, the answer is the name alone (the question knows the title), and another
// portfolio's short form is no answer.
import { describe, expect, it } from 'vitest';
import { find } from '../src/answer/index.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { readQuery } from '../src/query/query.js';
import type { Language } from '../src/types.js';

const answerOf = (text: string, query: string, language: Language = 'id') =>
  find(libraryOf(entriesOf([parseArticle('title', `${text}\n`, { language })], understand)), readQuery({ command: 'ask', query }));

describe('a title found by its other form', () => {
  it.each([
    ['Menkes Budi Santoso meninjau rumah sakit darurat itu pada Rabu sore.', 'Siapa Menteri Kesehatan?', 'Budi Santoso'],
    ['Menteri Kesehatan Budi Santoso meninjau rumah sakit darurat itu pada Rabu sore.', 'Siapa Menkes?', 'Budi Santoso'],
    ['Kajati Budi Santoso menahan tersangka itu pada Rabu sore.', 'Siapa Kepala Kejaksaan Tinggi?', 'Budi Santoso'],
    ['Kepala Kejaksaan Tinggi Budi Santoso menahan tersangka itu pada Rabu sore.', 'Siapa Kajati?', 'Budi Santoso'],
    ['Mendiknas Budi Santoso membuka ujian nasional itu pada Rabu pagi.', 'Siapa Menteri Pendidikan Nasional?', 'Budi Santoso'],
    ['Kepala Staf Angkatan Darat Jenderal Budi Santoso melantik perwira itu pada Rabu pagi.', 'Siapa KSAD?', 'Jenderal Budi Santoso'],
    ['Mendagri Budi Santoso meresmikan kantor camat itu pada Rabu pagi.', 'siapa menteri dalam negeri?', 'Budi Santoso'],
  ])('%s — %s → %s', (text, query, value) => {
    expect(answerOf(text, query)).toMatchObject({ found: true, value });
  });

  it.each([
    ['Menkeu Budi Santoso meninjau kantor pajak itu pada Rabu sore.', 'Siapa Menteri Kesehatan?'],
    ['Menteri Keuangan Budi Santoso meninjau kantor pajak itu pada Rabu sore.', 'Siapa Menkes?'],
  ])('another portfolio is no answer: %s — %s', (text, query) => {
    expect(answerOf(text, query).found).toBe(false);
  });

  it('in English, "PM" of a question asking for the prime minister', () => {
    const found = answerOf('PM Lorem Ipsum opened the new bridge on Wednesday afternoon.', 'Who is the prime minister?', 'en');
    expect(found).toMatchObject({ found: true, value: 'Lorem Ipsum' });
  });

  it('in English, a police chief is no prime minister', () => {
    expect(answerOf('Police chief Lorem Ipsum opened the new bridge on Wednesday afternoon.', 'Who is the prime minister?', 'en').found).toBe(false);
  });
});
