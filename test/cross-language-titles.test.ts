// A role asked alone, in the other language of the article ("Who is the mayor?" of an article that
// writes "Wali Kota Bogor"; "Siapa ketua serikat?" of one that writes "chair of the dockers' union"):
// the title's words in the article's language find the passage, a word of several ("wali kota") by
// its first word, and a title word the article does write ("minister") keeps its own place. A refusal
// names no verb for a title word or a noun ("¶3 says “said”, not “finance”" told nothing).
// Passages and questions are written for this test (invented places and people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryFromText(text, language, '2025-03-04');

describe('a role asked alone in the other language', () => {
  const indonesian = libraryWith(
    [
      'BOGOR, KOMPAS — Banjir merendam ratusan rumah di Kecamatan Ipsum, Selasa (4/3/2025).',
      'Wali Kota Bogor Budi Santosa meninjau lokasi pengungsian pada Selasa pagi.',
      'Menteri Luar Negeri Malaysia Sari Wulandari tidak hadir.',
    ].join('\n\n'),
    'id',
  );
  const english = libraryWith(
    [
      'HARWICK, March 4 - Dockers at Harwick returned to work on Tuesday after a pay deal, said Ellen Doyle, chair of the dockers’ union.',
      'Economy minister Tom Reyes welcomed the deal.',
    ].join('\n\n'),
    'en',
  );

  it('"Who is the mayor?" of an article writing "Wali Kota Bogor" names the mayor', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Who is the mayor?' })).toMatchObject({ found: true, value: 'Budi Santosa' });
  });

  it('"Who is the deputy mayor?" is still refused: the article names no deputy', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Who is the deputy mayor?' }).found).toBe(false);
  });

  it('"Who is the foreign minister?" finds "Menteri Luar Negeri" though "minister" matched nothing written', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Who is the foreign minister?' })).toMatchObject({ found: true, value: 'Sari Wulandari' });
  });

  it('"Siapa ketua serikat?" of "chair of the dockers’ union" and "Siapa menteri ekonomi?" of "Economy minister"', () => {
    expect(answer(english, { command: 'ask', query: 'Siapa ketua serikat?', locale: 'id' })).toMatchObject({ found: true, value: 'Ellen Doyle' });
    expect(answer(english, { command: 'ask', query: 'Siapa menteri ekonomi?', locale: 'id' })).toMatchObject({ found: true, value: 'Tom Reyes' });
  });

  it('a refusal of another title names no verb in its stead', () => {
    const refused = answer(english, { command: 'ask', query: 'Who is the finance minister?' });
    expect(refused.found).toBe(false);
    expect(refused.answer).not.toMatch(/says “welcomed”/);
    expect(refused.answer).toContain('finance');
  });
});
