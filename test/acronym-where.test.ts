// A name typed in capitals is an acronym ("UN", "IMF"): /where and a where-question find it only where
// a paragraph writes it in capitals, never in the last word of a person's name ("Kim Jong Un"), which
// search reads case-blind. Passages are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string) => libraryFromText(text, 'id', '2025-03-07');

describe('an acronym asked where', () => {
  const parade = 'Pemimpin Lorem Utara Kim Jong Un menghadiri parade militer di Pyongyang pada Sabtu.';
  const withSession = `${parade}\n\nSidang Majelis Umum UN digelar di New York pada September.`;

  it('is not found in "Kim Jong Un": English and Indonesian questions and /where are refused', () => {
    const library = libraryWith(parade);
    expect(answer(library, { command: 'ask', query: 'Where is the UN?' }).found).toBe(false);
    expect(answer(library, { command: 'ask', query: 'Di mana UN?', locale: 'id' }).found).toBe(false);
    expect(answer(library, { command: 'where', query: 'UN' }).found).toBe(false);
  });

  it('is found where a paragraph writes it in capitals', () => {
    expect(answer(libraryWith(withSession), { command: 'ask', query: 'Where is the UN?' }).value).toBe('New York');
  });
});
