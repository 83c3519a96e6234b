// "How many refugees …?" of an Indonesian article writing "pengungsi": the counted word is looked for
// as the article writes it, not by the bare root of its translation ("ungsi") that only the search
// finds inside it, so the number before it is read as the count. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const id = libraryFromText(
  [
    'Kapal Tenggelam di Lepas Pantai Loremia',
    'Sedikitnya 14 pengungsi tewas ketika kapal kayu yang mereka tumpangi tenggelam di lepas pantai Loremia, kata petugas pada Senin (4/3).',
    'Petugas masih mencari penumpang lain yang hilang di perairan itu.',
  ].join('\n\n') + '\n',
  'id',
  '2024-03-05',
);

describe('how many, asked in English of an Indonesian article', () => {
  it('counts the word the article writes for the one asked', () => {
    const reply = answer(id, { command: 'ask', query: 'How many refugees died?', locale: 'en' });
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('14 pengungsi');
  });
});
