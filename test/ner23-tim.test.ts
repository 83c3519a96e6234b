// "Tim" is a given name in English text ("Tim Cook said …") though Indonesian "tim" is a team: read as a name
// word only in an English article (lang/given-names.ts givenNamesOnlyIn). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const names = (text: string, language: 'id' | 'en'): string[] => extractPeople(parseArticle('ner23tim', `Judul\n${text}\n`, { language })).map((p) => p.name);

describe('"Tim" before a surname', () => {
  it('English: a given name, kept whole with the surname', () => {
    expect(names('Tim Lorem said the company would hire forty workers.', 'en')).toEqual(['Tim Lorem']);
    expect(names('The plan was backed by Tim Lorem-Ipsum and Helen Ward.', 'en')).toEqual(['Tim Lorem-Ipsum', 'Helen Ward']);
    expect(names('Apple chief Tim Lorem spoke on Monday.', 'en')).toEqual(['Tim Lorem']);
  });

  it('Indonesian: still a team, no name (held before, kept)', () => {
    expect(names('Tim Gabungan dipimpin Budi Santoso sejak Senin.', 'id')).toEqual(['Budi Santoso']);
  });
});
