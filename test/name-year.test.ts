// A year inside the name of a document or an event ("the 2007 Lorem Treaty", "Piala Lorem 2018")
// says when it was made or held: a when-question about the thing is answered by that year though the
// passage tells no verb of signing or holding. Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a year inside a name', () => {
  it('answers when a treaty was signed, in English', () => {
    const text = 'The 2007 Lorem Treaty changed how the union votes. Critics said the treaty gave too much power to the council.';
    expect(askValue(text, 'When was the Lorem Treaty signed?', 'en')).toBe('2007');
  });
  it('answers when a declaration was signed, in Indonesian', () => {
    const text = 'Deklarasi Lorem 1998 mengubah cara negara-negara anggota bekerja sama. Para pengamat menilai deklarasi itu terlalu lemah.';
    expect(askValue(text, 'Kapan Deklarasi Lorem ditandatangani?', 'id')).toBe('1998');
  });
  it('takes no year for a verb undoing the thing', () => {
    const text = 'The 2007 Lorem Treaty changed how the union votes. Critics said the treaty gave too much power to the council.';
    expect(askValue(text, 'When was the Lorem Treaty rejected?', 'en')).toBeUndefined();
  });
  it('takes no year beside a name of another kind', () => {
    const text = 'The 2007 Lorem Band changed how the town hears music. Critics said the band played too loud.';
    expect(askValue(text, 'When was the Lorem Band formed?', 'en')).toBeUndefined();
  });
});
