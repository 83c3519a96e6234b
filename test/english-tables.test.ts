// The English tables (src/lang/en.ts) as the readers use them: derived forms of a word count as the
// word, and a capitalised word that opens a clause is no part of the name after it.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';
import { termSimilarity } from '../src/text/similarity.js';
import { answer } from '../src/core.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { understand } from '../src/extract/understand.js';

describe('English derivations: a verb and its noun are one word to a question', () => {
  it.each([
    ['executed', 'execution'],
    ['assassinate', 'assassination'],
    ['elected', 'election'],
    ['governed', 'government'],
    ['create', 'creation'],
  ])('%s finds %s', (term, word) => {
    expect(termSimilarity(term, word)).toBeGreaterThan(0);
    expect(termSimilarity(word, term)).toBeGreaterThan(0);
  });

  it.each([
    ['nation', 'national'],
    ['station', 'statement'],
    ['mention', 'men'],
  ])('%s does not find %s', (term, word) => {
    expect(termSimilarity(term, word)).toBe(0);
  });
});

describe('a word opening a clause is no part of the name after it', () => {
  const read = (text: string) => {
    const article = parseArticle('written', `${text}\n`, { language: 'en' });
    return { people: extractPeople(article).map((p) => p.name), library: libraryOf(entriesOf([article], understand)) };
  };

  it.each([
    ['Like Hartley Moss before him, the new envoy favoured talks with the rebels.', 'Who favoured talks with the rebels?', 'Hartley Moss'],
    ['Though Omar Reyes won the vote, the party lost seats.', 'Who won the vote?', 'Omar Reyes'],
    ['Unlike Greta Vale, who founded a shipping firm, the mayor stayed in office.', 'Who founded a shipping firm?', 'Greta Vale'],
  ])('%s', (text, question, name) => {
    const { people, library } = read(text);
    expect(people.filter((p) => p.includes(name) && p !== name)).toEqual([]);
    expect(answer(library, { command: 'ask', query: question, locale: 'en' }).value).toBe(name);
  });
});
