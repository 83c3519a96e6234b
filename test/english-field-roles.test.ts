// English writes an office's field before its title: "Finance Minister Ann Lorem", "fire chief Bob
// Ipsum". The role keeps the field, so "Who is the finance minister?" and "Who is the fire chief?"
// find the holder and not another minister or chief. Indonesian writes the field after the title
// ("Menteri Keuangan"), and a capitalised word before an Indonesian title is no field. Texts are
// written for this test.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';
import { openAnswer } from './helpers/answer.js';

const roles = (text: string): Record<string, string | undefined> =>
  Object.fromEntries(understand(parseArticle('passage', `${text}\n`)).people.map((p) => [p.name, p.role]));

describe("an English office's field before its title", () => {
  it('a capitalised field stays with a capitalised title', () => {
    expect(roles('Finance Minister Ann Lorem met the president on Monday. Health Minister Bob Ipsum did not.')).toEqual({
      'Ann Lorem': 'Finance Minister',
      'Bob Ipsum': 'Health Minister',
    });
    expect(openAnswer('Finance Minister Ann Lorem met the president on Monday. Health Minister Bob Ipsum did not.', 'Who is the health minister?', 'who')).toBe('Bob Ipsum');
  });

  it('a lower-case field of the tables stays with a lower-case title', () => {
    const text = 'The mayor met police chief Ann Lorem and fire chief Bob Ipsum on Monday.';
    expect(roles(text)['Bob Ipsum']).toBe('fire chief');
    // /ask trims the list of the two chiefs to the one holding the asked office.
    expect(answer(libraryFromText(text, 'en', '2025-03-03'), { command: 'ask', query: 'Who is the fire chief?' }).value).toBe('Bob Ipsum');
  });

  it('Indonesian: the field after the title, as before', () => {
    expect(roles('Menteri Keuangan Ani Lestari bertemu presiden pada Senin.')['Ani Lestari']).toBe('Menteri Keuangan');
    expect(openAnswer('Finance Minister Ann Lorem met the president on Monday.', 'Siapa menteri keuangan?', 'who')).toBe('Ann Lorem');
  });
});
