// A wrong confident answer is worse than "the article does not say": a question about a role in
// one country is not answered with the person who holds that role in another.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { roleContradicts } from '../src/answer/roles.js';
import { readQuery } from '../src/query/query.js';
import { libraryFromFixtures } from './helpers/articles.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const tempo = libraryFromFixtures('tempo-2024-11-02-korut-rusia.txt');

describe('a role asked of another country', () => {
  it.each([
    ['ask', 'Siapa presiden Amerika?'],
    ['ask', 'Who is the president of France?'],
    ['ask', 'Siapa menteri luar negeri Amerika?'],
    ['who', 'presiden Amerika'],
    ['who', 'Presiden Prancis'],
  ] as const)('/%s %s → found:false', (command, query) => {
    const a = answer(tempo, { command, query });
    expect(a.found, a.answer).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it.each([
    ['ask', 'Siapa presiden Rusia?', 'Vladimir Putin'],
    ['ask', 'Siapa pemimpin Korea Utara?', 'Kim Jong Un'],
    ['ask', 'Who is the leader of North Korea?', undefined],
  ] as const)('/%s %s is still answered where the countries agree', (command, query, value) => {
    const a = answer(tempo, { command, query });
    if (value !== undefined) expect(a).toMatchObject({ found: true, value });
    else expect(a.value ?? '').not.toBe('Vladimir Putin');
  });

  it('a place where something happened is not a role\'s country', () => {
    const a = answer(tempo, { command: 'who', query: 'siapa yang bertemu di Moskow' });
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Choe Son Hui');
    expect(a.answer).toContain('Sergei Viktorovich Lavrov');
  });

  it('roleContradicts reads the role as written', () => {
    expect(roleContradicts('Presiden Rusia', readQuery({ command: 'ask', query: 'siapa presiden Amerika' }))).toBe(true);
    expect(roleContradicts('Presiden', readQuery({ command: 'ask', query: 'siapa presiden Amerika' }))).toBe(false);
    expect(roleContradicts('Presiden Amerika Serikat', readQuery({ command: 'ask', query: 'who is the president of the United States' }))).toBe(false);
    expect(roleContradicts('Menteri Luar Negeri Rusia', readQuery({ command: 'ask', query: 'siapa yang bertemu di Moskow' }))).toBe(false);
  });
});

describe('a role the passage does not name', () => {
  const strike = libraryFromFixtures('en-harbour-strike.txt');

  it.each(['Who is the mayor of Felixstowe?', 'Who is the Mayor of Felixstowe?', 'Siapa wali kota Felixstowe?'])('/ask %s → found:false, not a word of the passage', (query) => {
    // "mayor" is also an Indonesian military rank ("Mayor Budi"); asked as an office it must be in the passage.
    expect(answer(strike, { command: 'ask', query }).found).toBe(false);
  });

  it('a rank written before a name is still how the question addresses someone', () => {
    const text = 'Mayor Budi Hartono lahir di Malang pada 12 Mei 1975. Ia kini bertugas di Surabaya.\n';
    const library = libraryOf(entriesOf([parseArticle('rank', text, { language: 'id' })], understand));
    expect(answer(library, { command: 'ask', query: 'Kapan Mayor Budi Hartono lahir?' })).toMatchObject({ found: true, value: '12 Mei 1975' });
  });
});
