// A place written possessive in an English question ("North Korea's foreign minister") is that place,
// as "the foreign minister of North Korea" is: found by its other names in an Indonesian article
// ("Korea Utara") and checked against the country of the role; so is a people's adjective ("the Russian
// foreign minister"). Invented people, and the seed article.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromFixtures, libraryFromText, TEMPO } from './helpers/articles.js';

describe('a possessive place in an English question', () => {
  const indonesian = libraryFromText(
    'Menteri Luar Negeri Korea Utara Lorem Son Hui bertemu Menteri Luar Negeri Rusia Ipsum Dolorov di Moskow pada Jumat.',
    'id',
    '2025-03-07',
  );
  const english = libraryFromText("North Korea's foreign minister Lorem Son Hui met Russia's foreign minister Ipsum Dolorov in Moscow on Friday.", 'en', '2025-03-07');

  it('"Who is North Korea\'s foreign minister?" of "Menteri Luar Negeri Korea Utara X" is X, not the other minister', () => {
    expect(answer(indonesian, { command: 'ask', query: "Who is North Korea's foreign minister?" }).value).toBe('Lorem Son Hui');
    expect(answer(indonesian, { command: 'ask', query: "Who is Russia's foreign minister?" }).value).toBe('Ipsum Dolorov');
  });

  it('a country the article does not name stays refused, in either language', () => {
    expect(answer(indonesian, { command: 'ask', query: "Who is South Korea's foreign minister?" }).found).toBe(false);
    expect(answer(english, { command: 'ask', query: "Who is South Korea's foreign minister?" }).found).toBe(false);
    expect(answer(english, { command: 'ask', query: "Who is North Korea's foreign minister?" }).value).toBe('Lorem Son Hui');
  });

  it('a people\'s adjective names its place: "the Russian foreign minister" is Russia\'s, not the other one', () => {
    // The seed article names both foreign ministers, North Korea's most often.
    expect(answer(libraryFromFixtures(`${TEMPO}.txt`), { command: 'ask', query: 'Who is the Russian foreign minister?' }).value).toContain('Lavrov');
    expect(answer(indonesian, { command: 'ask', query: 'Who is the Russian foreign minister?' }).value).toBe('Ipsum Dolorov');
    expect(answer(english, { command: 'ask', query: 'Who is the Russian foreign minister?' }).value).toBe('Ipsum Dolorov');
  });
});

