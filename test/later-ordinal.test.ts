// "Pertama" / "first" need not be written for a passage to answer (what happened is mostly told the
// first time), but a passage that tells the latest one ("terakhir", "last") in the answer's own
// sentence does not answer a question about the first: kutip says so and names the word it found.
// Passages and questions are written for these tests (invented places and bodies).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const libraryWith = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, text, { language, publishedAt: '2024-08-12' })], understand));

describe('an ordinal past the first in the answer’s sentence contradicts "pertama" / "first"', () => {
  const indonesian = libraryWith(
    'banjir',
    [
      'SEMARANG, KOMPAS — Banjir merendam ratusan rumah di Kelurahan Tanjung Mas, Senin (12/8/2024).',
      'Dinas Sosial Kota Semarang mencatat banjir serupa terakhir terjadi pada Februari 2020.',
      'Jembatan Kali Gede pertama kali dibuka pada Maret 1998.',
    ].join('\n\n'),
    'id',
  );
  const english = libraryWith(
    'flood',
    [
      'Floods covered hundreds of homes in the Riverside district on Monday.',
      'The city council said a similar flood last struck the district in February 2020.',
      'The Kingsway bridge was opened in March 1998.',
    ].join('\n\n'),
    'en',
  );

  it('refuses the first where the passage tells the last, naming the word it says instead (Indonesian)', () => {
    const a = answer(indonesian, { command: 'ask', query: 'Kapan banjir serupa pertama terjadi?', locale: 'id' });
    expect(a.found).toBe(false);
    expect(a.answer).toContain('“terakhir”, bukan “pertama”');
    expect(answer(indonesian, { command: 'ask', query: 'Kapan banjir serupa terakhir terjadi?', locale: 'id' }).value).toBe('Februari 2020');
  });

  it('still answers the first where the passage writes no other ordinal, or writes the first itself', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Kapan jembatan Kali Gede pertama kali dibuka?', locale: 'id' }).value).toBe('Maret 1998');
    expect(answer(english, { command: 'ask', query: 'When was the Kingsway bridge first opened?', locale: 'en' }).value).toBe('March 1998');
  });

  it('refuses "first" where the passage tells the last (English)', () => {
    const a = answer(english, { command: 'ask', query: 'When did a similar flood first strike the district?', locale: 'en' });
    expect(a.found).toBe(false);
    expect(a.answer).toContain('“last”');
  });
});
