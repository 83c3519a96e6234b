// A programme named after its station's possessive ("BBC Radio 4's Today programme", "NPR's Morning
// Edition", "BBC One's Breakfast") is a programme (text/programme-titles.ts): its title is no date and
// no person, and a quote told to it is relayed by the whole of it; a presenter after a station's
// possessive is still a person. English only: Indonesian writes no possessive "'s". Passages are
// written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const text = [
  'Flood defences along the river will be rebuilt by next winter, the regional council said on Monday.',
  '"We cannot keep asking families to start again every few years," Lena Ortiz told BBC Radio 4\'s Today programme.',
  'Councillor Ben Harrow said on BBC One\'s Breakfast that the money had been set aside. "The work starts in spring," he told NPR\'s Morning Edition.',
  'Speaking to CNN\'s Dana Whitcombe, Ortiz said the repairs would take a year.',
].join('\n\n');
const library = libraryFromText(text, 'en', '2025-03-10');

describe('a programme after its station\'s possessive', () => {
  it('is no date: "Today" of "Radio 4\'s Today programme" is not on the timeline', () => {
    const timeline = answer(library, { command: 'timeline', query: '' });
    expect(timeline.answer).not.toMatch(/^Today/m);
    expect(timeline.answer).toMatch(/^Monday/m);
  });

  it('is no person; a presenter after a station\'s possessive is one', () => {
    const people = answer(library, { command: 'people', query: '' }).answer;
    expect(people).not.toMatch(/Morning Edition|Breakfast/);
    expect(people).toMatch(/Lena Ortiz/);
    expect(people).toMatch(/Dana Whitcombe/);
  });

  it('relays the quote whole; its speaker is the one who told it', () => {
    const quote = answer(library, { command: 'quote', query: 'Ortiz' });
    expect(quote.answer).toContain("via BBC Radio 4's Today programme");
    expect(answer(library, { command: 'ask', query: "Who told BBC Radio 4's Today programme?" }).value).toMatch(/Ortiz/);
  });
});

describe('a claim that names a programme', () => {
  it('is checked without reading the programme as a person: the quote told to it is supported', () => {
    const checked = answer(library, { command: 'check', query: '"The work starts in spring," he told NPR\'s Morning Edition.' });
    expect(checked.answer).toMatch(/supported by ¶3/);
  });
});
