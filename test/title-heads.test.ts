// English writes what a title heads after "of" ("the mayor of Leeds", "Minister of Finance"): that
// word is a place or a body, never a person, and the title with it is the role of the name set off
// beside it ("the mayor of Leeds, <Name>,", "according to the mayor of Leeds, <Name>"). Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const people = (text: string) => extractPeople(parseArticle('heads', `${text}\n`, { language: 'en' })).map((p) => ({ name: p.name, ...(p.role !== undefined && { role: p.role }) }));

describe('"<title> of <Word>": the word is what the title heads', () => {
  it('is no person, with or without a name beside it', () => {
    expect(people('The mayor of Harwick said the bridge would reopen.')).toEqual([]);
    expect(people('The mayor of Harwick, Ellen Doyle, said the bridge would reopen.')).toEqual([{ name: 'Ellen Doyle', role: 'mayor of Harwick' }]);
  });

  it('gives its role to the name set off after it, as the apposition after a name does', () => {
    expect(people('The bridge will reopen next week, according to the mayor of Harwick, Ellen Doyle.')).toEqual([{ name: 'Ellen Doyle', role: 'mayor of Harwick' }]);
    expect(people('The bridge will reopen, said Ellen Doyle, the mayor of Harwick.')).toEqual([{ name: 'Ellen Doyle', role: 'mayor of Harwick' }]);
  });

  it('a name written right after the title is still the person', () => {
    expect(people('Secretary of State Martin Holloway said the talks went well.')).toEqual([{ name: 'Martin Holloway', role: 'Secretary of State' }]);
  });
});
