// A question in one language about an article in the other shares no word with it: "Who is the
// police chief?" of an article that writes "Kapolres", "Siapa menteri keuangan?" of one that writes
// "finance minister". The passages are found by the roles' words in the other language, and the
// answer is still checked against the passage: a role the article does not give is refused.
import { describe, expect, it } from 'vitest';
import { find } from '../src/answer/index.js';
import { readQuery } from '../src/query/query.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const libraryOfText = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, `${text}\n`, { language })], understand));
const ask = (library: ReturnType<typeof libraryOfText>, query: string) => find(library, readQuery({ command: 'ask', query }));

describe('a role asked in the other language of the article', () => {
  const indonesian = libraryOfText(
    'banjir',
    'Bogor - Kapolres Bogor AKBP Hendra Wijaya mengatakan dua jembatan putus akibat banjir pada Selasa.\n\nWarga mengungsi ke balai desa.',
    'id',
  );
  const english = libraryOfText(
    'budget',
    'LONDON - Finance minister Clara Hughes said on Monday the budget would be cut.\n\nThe opposition called the plan reckless.',
    'en',
  );

  it('an English question finds the Indonesian short form of the role', () => {
    expect(ask(indonesian, 'Who is the police chief?')).toMatchObject({ found: true, value: expect.stringContaining('Hendra Wijaya') });
  });

  it('every short form of a police chief is one ("Kapolrestabes", a big city\'s)', () => {
    const city = libraryOfText('kota', 'Surabaya - Kapolrestabes Surabaya, Kombes Pol Rudi Lorem, mengatakan tersangka telah diperiksa.', 'id');
    expect(ask(city, 'Who is the Surabaya police chief?')).toMatchObject({ found: true, value: expect.stringContaining('Rudi Lorem') });
  });

  it('an Indonesian question finds the English role', () => {
    expect(ask(english, 'Siapa menteri keuangan?')).toMatchObject({ found: true, value: 'Clara Hughes' });
  });

  it('a role of two words is said by the one word of the other language ("wali kota" ~ "mayor")', () => {
    const mayor = libraryOfText('harbour', 'HARWICK - The mayor of Harwick, Ellen Doyle, said the harbour would reopen in May.', 'en');
    expect(ask(mayor, 'Siapa wali kota Harwick?')).toMatchObject({ found: true, value: 'Ellen Doyle' });
    expect(ask(mayor, 'Siapa wali kota Lorton?')).toMatchObject({ found: false });
    expect(ask(mayor, 'Siapa duta besar Harwick?')).toMatchObject({ found: false });
  });

  it('a role the article does not give is still refused, in either language', () => {
    expect(ask(indonesian, 'Who is the finance minister?')).toMatchObject({ found: false });
    expect(ask(english, 'Siapa kepala polisi?')).toMatchObject({ found: false });
  });
});
