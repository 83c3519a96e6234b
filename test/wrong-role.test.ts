// A wrong confident answer is worse than "the article does not say": a question about a role in
// one country is not answered with the person who holds that role in another.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { roleContradicts } from '../src/answer/roles.js';
import { readQuery } from '../src/query/query.js';
import { libraryFromFixtures } from './helpers/articles.js';

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
