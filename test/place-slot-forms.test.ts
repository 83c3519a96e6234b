// A place in a role's slot written by another of its names, of several words: "Gubernur Sumut" is the
// passage's "Gubernur Sumatera Utara" (whose first word alone, "Sumatera", is another place, the island);
// another province in the slot still says another office.
import { describe, expect, it } from 'vitest';
import { find } from '../src/answer/index.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { readQuery } from '../src/query/query.js';

const answerOf = (text: string, query: string) =>
  find(libraryOf(entriesOf([parseArticle('slot', `${text}\n`, { language: 'id' })], understand)), readQuery({ command: 'ask', query }));

describe('a place of several words in the slot of its short form', () => {
  it.each([
    ['Gubernur Sumatera Utara Budi Santoso meresmikan jembatan itu pada Kamis siang.', 'Siapa Gubernur Sumut?', 'Budi Santoso'],
    ['Ketua DPRD Sumatera Utara Budi Santoso membuka rapat itu pada Kamis siang.', 'Siapa Ketua DPRD Sumut?', 'Budi Santoso'],
    ['Kapolda Sumatera Utara Irjen Budi Santoso meninjau lokasi itu pada Kamis siang.', 'Siapa Kapolda Sumut?', 'Irjen Budi Santoso'],
  ])('%s — %s → %s', (text, query, value) => {
    expect(answerOf(text, query)).toMatchObject({ found: true, value });
  });

  it.each([
    ['Gubernur Sumatera Barat Budi Santoso meresmikan jembatan itu pada Kamis siang.', 'Siapa Gubernur Sumut?'],
    ['Ketua DPRD Sumatera Selatan Budi Santoso membuka rapat itu pada Kamis siang.', 'Siapa Ketua DPRD Sumut?'],
  ])('another province is no answer: %s — %s', (text, query) => {
    expect(answerOf(text, query).found).toBe(false);
  });
});
