// Person names that carry to unseen text (the NERGrit work, issue 11): general rules of what makes a
// capitalised word a person and what makes it none. Every sentence is written for the test, in both
// languages where the language has the shape; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang): string[] => extractPeople(parseArticle('ner7', `${text}\n`, { language })).map((p) => p.name);

describe('a known given name standing alone is a person', () => {
  it('Indonesian: a given name with no capitalised neighbour, mid-sentence or opening it', () => {
    expect(names('Rumah itu kemudian diwariskan kepada Teguh setelah ayahnya wafat.', 'id')).toEqual(['Teguh']);
    expect(names('Pada malam itu orang tua Zahra tidak datang ke pesta.', 'id')).toEqual(['Zahra']);
    expect(names('Rizki walau masih muda sudah sering tampil di panggung.', 'id')).toEqual(['Rizki']);
  });

  it('English: a given name with no capitalised neighbour', () => {
    expect(names('The shop was left to Maggie when the old owner retired.', 'en')).toEqual(['Maggie']);
  });

  it('a word the tables do not know as a given name stays out, and a given name inside a longer name is no mention of its own', () => {
    expect(names('Rumah itu kemudian diwariskan kepada Lorewin setelah ayahnya wafat.', 'id')).toEqual([]);
    expect(names('Ia belajar di Universitas Teguh Mandiri selama empat tahun.', 'id')).toEqual([]);
    expect(names('Film "Zahra" dirilis pada tahun 2010.', 'id')).toEqual([]);
  });
});
