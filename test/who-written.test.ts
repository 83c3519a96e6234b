// /who of a name the article writes, though not as anyone /who can tell (a person, an organisation
// or a place: here a travel agency's name inside a run of job titles): the answer says where it is
// written, in the asker's language, and never that the article does not name it. Sentences written
// for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const lib = libraryFromText(
  [
    'Hal itu diakui GM Operation Officer LRM Travel Loremus Kurnia yang ditemui usai konferensi pers di Jakarta, Jumat (16/9).',
    'Menurut dia, jumlah wisatawan terus naik setiap tahun.',
  ].join('\n\n') + '\n',
  'id',
  '2016-09-16',
);

describe('/who of a name written but not told', () => {
  it('cites where it is written, in English and in Indonesian', () => {
    const en = answer(lib, { command: 'who', query: 'LRM Travel', locale: 'en' });
    expect(en.found).toBe(false);
    expect(en.reason).toBe('written-unknown');
    expect(en.answer).toBe('“LRM Travel” is written in ¶1, but the article does not say who or what it is.');
    expect(en.citations.map((c) => [c.paragraph, c.highlights])).toEqual([[1, ['LRM Travel']]]);
    const id = answer(lib, { command: 'who', query: 'lrm travel', locale: 'id' });
    expect(id.answer).toBe('“lrm travel” tertulis di ¶1, tetapi artikel tidak menyebut siapa atau apa itu.');
  });
  it('a name the article does not write is still not named', () => {
    const reply = answer(lib, { command: 'who', query: 'Dolor Sitamet', locale: 'en' });
    expect(reply.reason).toBe('not-named');
  });
});
