// The colony "Hindia Belanda" is a gazetteer place in all its spellings, the spaced hyphen included
// ("Gubernur Jenderal Hindia - Belanda"): the title heads a place, not a person named "Hindia".
// Sentences written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const names = (text: string, language: 'id' | 'en'): string[] => extractPeople(parseArticle('ner23c', `Judul\n${text}\n`, { language })).map((p) => p.name);

describe('Hindia Belanda is a place', () => {
  it('Indonesian: after a governor’s title, with a spaced hyphen', () => {
    expect(names('Keputusan itu disahkan Gubernur Jenderal Hindia - Belanda pada 1864, kata Budi Santoso.', 'id')).toEqual(['Budi Santoso']);
  });

  it('English: the Dutch East Indies after a governor’s title (held before, kept)', () => {
    expect(names('The decree was signed by the Governor General of the Dutch East Indies in 1864, Helen Ward wrote.', 'en')).toEqual(['Helen Ward']);
  });
});
