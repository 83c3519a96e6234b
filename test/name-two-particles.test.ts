// Names with two particles ("Willem van de Velde", "Johannes van den Bosch") are one name, and a
// given name that is also a short month ("Jan van <Name>") opens it. Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const people = (text: string, language: 'id' | 'en') => extractPeople(parseArticle('t', `${text}\n`, { language, publishedAt: '2024-05-01' })).map((p) => p.name);

describe('two particles inside a name', () => {
  it('Indonesian', () => {
    const names = people('Pameran itu memajang lukisan karya Jan van Loremen, Willem van de Ipsum dan Michiel van Dolor.\n\nGubernur Jenderal Pieter van den Amet memperkenalkan aturan itu pada 1830.', 'id');
    expect(names).toEqual(expect.arrayContaining(['Jan van Loremen', 'Willem van de Ipsum', 'Michiel van Dolor', 'Pieter van den Amet']));
  });
  it('English', () => {
    const names = people('The exhibition shows paintings by Jan van Loremen and Willem van de Ipsum, lent by the museum.', 'en');
    expect(names).toEqual(expect.arrayContaining(['Jan van Loremen', 'Willem van de Ipsum']));
  });
  it('a month before a particle and a number is still a date', () => {
    expect(people('Pameran dibuka pada 5 Jan dan ditutup pada 20 Feb.', 'id')).toEqual([]);
  });
});
