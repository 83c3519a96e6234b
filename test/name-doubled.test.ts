// A question that writes one word of a name twice in a row ("Lorem Lorem" of a passage's "Lorem
// Dolor") asks of a name the passage does not write, and is refused; a title the passage itself
// writes doubled ("Mira Mira") is answered. Passages and questions are written for these tests
// (invented people, series and places).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const libraryWith = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, text, { language, publishedAt: '2024-08-12' })], understand));
const ask = (library: ReturnType<typeof libraryWith>, query: string, locale: 'id' | 'en') => answer(library, { command: 'ask', query, locale });

describe('a name word doubled by the question (Indonesian)', () => {
  const library = libraryWith(
    'doubled-id',
    [
      'Komik Biru Naga ditulis oleh Sarmin Kelana dan pertama terbit pada tahun 1998.',
      'Serial Mira Mira ditulis oleh Tania Wulandari dan tayang pada tahun 2004.',
    ].join('\n\n'),
    'id',
  );

  it('refuses a name the passage never writes with the word twice', () => {
    expect(ask(library, 'Siapa penulis komik Biru Biru?', 'id').found).toBe(false);
    expect(ask(library, 'Kapan komik Naga Naga pertama terbit?', 'id').found).toBe(false);
  });

  it('answers the name as written, and a title the passage doubles itself', () => {
    expect(ask(library, 'Siapa penulis komik Biru Naga?', 'id').value).toBe('Sarmin Kelana');
    expect(ask(library, 'Siapa penulis serial Mira Mira?', 'id').value).toBe('Tania Wulandari');
  });
});

describe('a name word doubled by the question (English)', () => {
  const library = libraryWith(
    'doubled-en',
    [
      'The comic Blue Dragon was written by Sam Kellan and first published in 1998.',
      'The series Mira Mira was written by Tania Wells and first aired in 2004.',
    ].join('\n\n'),
    'en',
  );

  it('refuses a name the passage never writes with the word twice', () => {
    expect(ask(library, 'Who wrote the comic Blue Blue?', 'en').found).toBe(false);
    expect(ask(library, 'When was Dragon Dragon first published?', 'en').found).toBe(false);
  });

  it('answers the name as written, and a title the passage doubles itself', () => {
    expect(ask(library, 'Who wrote the comic Blue Dragon?', 'en').value).toBe('Sam Kellan');
    expect(ask(library, 'Who wrote the series Mira Mira?', 'en').value).toBe('Tania Wells');
  });
});
