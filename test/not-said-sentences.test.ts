// The sentences that say the article does not tell who or where read as sentences whatever the
// question's subject is: a name, a noun phrase or an event ("the UN", "the head of the Water Board",
// "chairs the Water Board"). Texts written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { askText, libraryFromText } from './helpers/articles.js';

const english = 'Water prices will rise next year, council leader Mary Hollis said on Thursday.\n\nThe Water Board did not comment.\n';
const indonesian = 'Tarif air bersih akan naik tahun depan, kata Ketua Dewan Kota Budi Santosa, Kamis.\n\nBadan Air belum berkomentar.\n';

describe('not said, in a sentence', () => {
  it('where of a body, who of a noun phrase and of an event; Indonesian as it was', () => {
    expect(askText(english, 'Where is the Water Board?', 'en').answer).toBe('The article names no place for “the Water Board”.');
    const lib = libraryFromText(english, 'en', '2024-05-01');
    expect(answer(lib, { command: 'who', query: 'Who is the head of the Water Board?' }).answer).toBe('The article names no one for “the head of the Water Board”.');
    expect(answer(lib, { command: 'who', query: 'who chairs the Water Board' }).answer).toBe('The article names no one for “chairs the Water Board”.');
    // Indonesian needs no verb: "di mana Badan Air" is a sentence as it stands.
    expect(askText(indonesian, 'Di mana Badan Air?', 'id').answer).toBe('Artikel tidak menyebut di mana Badan Air.');
  });
});
