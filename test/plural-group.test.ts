// After a plural word ("para"), a capitalised run is a group of people, never one person's name:
// "di hadapan para Perwira Menengah". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';
import type { Language } from '../src/types.js';

const people = (text: string, language: Language = 'id'): string[] => extractPeople(parseArticle('a', `${text}\n`, { language })).map((p) => p.name);

describe('a plural group is no person', () => {
  it('"para Perwira Menengah", "para Pendekar Muda"', () => {
    expect(people('Penghargaan itu diberikan Budi Santoso di hadapan para Perwira Menengah.')).toEqual(['Budi Santoso']);
    expect(people('Lomba itu diikuti para Pendekar Muda dari tiga provinsi, kata Joko Wiranto.')).toEqual(['Joko Wiranto']);
  });
  it('a name after other words stays a name (Indonesian and English)', () => {
    expect(people('Penghargaan itu diberikan kepada Budi Santoso.')).toEqual(['Budi Santoso']);
    expect(people('The award was given to Mary Quinlan by the officers.', 'en')).toEqual(['Mary Quinlan']);
  });
});
