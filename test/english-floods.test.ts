// An English floods story written for these tests (test/fixtures/en-floods-2025-01-08-north-england.txt:
// counties, market towns, a minister on a radio programme, a court date), asked what a new reader
// would ask. Invented people; real counties and towns.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromFixtures } from './helpers/articles.js';

const library = libraryFromFixtures('en-floods-2025-01-08-north-england.txt');
const ask = (command: 'where' | 'who' | 'quote' | 'ask' | 'people' | 'timeline', query: string) => answer(library, { command, query });

describe('an English floods story', () => {
  it('reads both towns of "the market towns of Keswick and Cockermouth" as places', () => {
    expect(ask('where', 'Keswick')).toMatchObject({ found: true, value: 'Keswick' });
    expect(ask('where', 'Cockermouth')).toMatchObject({ found: true, value: 'Cockermouth' });
  });

  it('names the minister and the people quoted, and no programme, in its cast', () => {
    const people = ask('people', '').answer;
    expect(people).toMatch(/^3 people/);
    expect(people).toContain('Helen Marsh — Environment Secretary');
    expect(people).not.toContain('Morning Edition');
  });

  it('puts no "Today" of "Radio 4\'s Today programme" on the timeline', () => {
    expect(ask('timeline', '').answer).not.toMatch(/^Today/m);
    expect(ask('ask', 'When did Marsh visit Carlisle?').value).toBe('Wednesday');
  });

  it('relays the minister\'s quote by the whole programme', () => {
    expect(ask('quote', 'Marsh').answer).toContain("Helen Marsh (¶5, via BBC Radio 4's Today programme)");
    expect(ask('quote', 'Riley').answer).toContain("via NPR's Morning Edition");
  });
});
