// /where of a person's name is no event to place: the places written near the name are where others
// are ("/where Tom Webb" of "… Tom Webb … a similar scheme in Cardiff" is not Cardiff). The command
// says the name is a person's; a question ("Where is X?") is told the article does not say where X is.
// Texts are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const english = libraryFromText('Cycling campaigner Tom Webb welcomed the vote. "It is a good day," he said, adding that a similar scheme in Cardiff had cut traffic.', 'en', '2025-02-20');
const indonesian = libraryFromText('Pegiat sepeda Budi Santosa menyambut keputusan itu. ”Ini hari baik,” katanya, seraya menyebut jalur serupa di Surabaya telah mengurangi kemacetan.', 'id', '2025-02-20');

describe('a person asked where', () => {
  it('English: /where Tom Webb is no place; "Where is Tom Webb?" is not said', () => {
    expect(answer(english, { command: 'where', query: 'Tom Webb' })).toMatchObject({ found: false, reason: 'is-a-person' });
    const asked = answer(english, { command: 'ask', query: 'Where is Tom Webb?' });
    expect(asked.found).toBe(false);
    expect(asked.answer).toBe('The article does not say where Tom Webb is.');
  });

  it('Indonesian: /di-mana Budi Santosa, "Di mana Budi Santosa?"', () => {
    expect(answer(indonesian, { command: 'where', query: 'Budi Santosa', locale: 'id' }).answer).toContain('adalah orang dalam artikel ini');
    expect(answer(indonesian, { command: 'ask', query: 'Di mana Budi Santosa?', locale: 'id' }).answer).toBe('Artikel tidak menyebut di mana Budi Santosa berada.');
  });

  it('an event with the name still has its place', () => {
    expect(answer(english, { command: 'where', query: 'similar scheme cut traffic' }).value).toBe('Cardiff');
  });
});
