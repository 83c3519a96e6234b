// "Not in the article" cites the closest passage only where it says more of the question than its
// names and places: a match report naming the country asked about is not close to a question about
// a flood there. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const lib = libraryFromText(
  [
    'Klub asal Inggris itu menang dua gol tanpa balas atas tim tamu pada Sabtu (3/4) malam.',
    'Komputer mikro mulai dikembangkan di Inggris pada tahun 1971.',
  ].join('\n\n') + '\n',
  'id',
  '2017-04-04',
);

describe('the closest passage of a refusal', () => {
  it('is not cited where it shares only the place with the question', () => {
    const reply = answer(lib, { command: 'ask', query: 'Kapan ada banjir di Inggris?', locale: 'id' });
    expect(reply.found).toBe(false);
    expect(reply.reason).toBe('not-found');
    expect(reply.citations).toEqual([]);
  });
  it('is cited where it says the rest of the question but one word', () => {
    const reply = answer(lib, { command: 'ask', query: 'Kapan komputer mikro mulai ditinggalkan di Inggris?', locale: 'id' });
    expect(reply.found).toBe(false);
    expect(reply.reason).toBe('unsupported');
    expect(reply.citations.map((c) => c.paragraph)).toEqual([2]);
  });
});
