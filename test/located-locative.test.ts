// "Di mana letak X?" of a paragraph that never writes "letak" or "terletak": a place after a locative
// ("… kota terbesar ketiga di Lorania") in a sentence naming X says where it lies, and is scored as if
// the question's "letak" stood at it. Not where the question adds a kind of X the passage does not say.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

const id = [
  "Pemandangan Veranza (bahasa Latin: Verantia, dari bahasa Yunani Kuno: Beranteia, 'kota baru') merupakan kota terbesar ketiga di Lorania setelah Castel dan Morino.",
  'Veranza didirikan pada sekitar abad ke-7 SM dan kini berpenduduk satu juta jiwa.',
].join(' ');

const en = [
  "A view of Veranza (Latin: Verantia, from the Ancient Greek Beranteia, 'new city') is the third largest city in Lorania after Castel and Morino.",
  'Veranza was founded around the 7th century BC and now has a million people.',
].join(' ');

describe('a place after a locative says where a thing lies', () => {
  it('Indonesian: "Di mana letak X?"', () => {
    expect(askValue(id, 'Di mana letak Veranza?', 'id')).toBe('Lorania');
  });
  it('English: "Where is X located?"', () => {
    expect(askValue(en, 'Where is Veranza located?', 'en')).toBe('Lorania');
  });
  it('a paragraph writing "terletak" is read as written', () => {
    const text = 'Veranza terletak di pesisir timur Lorania. Veranza merupakan kota terbesar ketiga di Castel setelah Morino.';
    expect(askValue(text, 'Di mana letak Veranza?', 'id')).toBe('pesisir timur Lorania');
  });
});
