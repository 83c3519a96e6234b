// Words for a kind of body written inside its name ("<Name> Dojo", "<Name> Sinema", "Universiteit <Name>"; English
// "<Name> Dojo", "<Name> Cinema") make the run an organisation's name, no person's. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const names = (text: string, language: 'id' | 'en'): string[] => extractPeople(parseArticle('ner23k', `Judul\n${text}\n`, { language })).map((p) => p.name);

describe('a body named with its kind word is no person', () => {
  it('Indonesian: a dojo and a film company', () => {
    expect(names('Pada 1980 Honbu Lorem Dojo selesai dibangun, kata Budi Santoso.', 'id')).toEqual(['Budi Santoso']);
    expect(names('Film itu diproduksi Lorem Ipsum Sinema bersama Budi Santoso.', 'id')).toEqual(['Budi Santoso']);
  });

  it('English: a dojo, and a cinema (held before, kept)', () => {
    expect(names('He trained at the Honbu Lorem Dojo under Helen Ward.', 'en')).toEqual(['Helen Ward']);
    expect(names('The film opened at Lorem Ipsum Cinema, director Helen Ward said.', 'en')).toEqual(['Helen Ward']);
  });
});
