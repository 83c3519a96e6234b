// How the quote eval judges a speaker (src/eval/quotes.ts, speakerAgrees): the same person as a reader
// would take them, and nobody else. Our own names and sentences.
import { describe, expect, it } from 'vitest';
import { matchQuote, speakerAgrees } from '../src/eval/quotes.js';
import { quoteRowOf } from '../src/eval/sets.js';

describe('speakerAgrees', () => {
  it('a shared word of three letters or more, as before', () => {
    expect(speakerAgrees('Rudi Hartanto', ['Hartanto'])).toBe(true);
    expect(speakerAgrees('Nina Lestari', ['Rudi Hartanto'])).toBe(false);
    expect(speakerAgrees(undefined, ['Rudi'])).toBe(false);
  });

  it('a short name or one with an apostrophe is itself ("Uu", "Ma’ruf", "JK")', () => {
    expect(speakerAgrees('Uu', ['Uu'])).toBe(true);
    expect(speakerAgrees('Uu Sutrisna', ['Uu'])).toBe(true);
    expect(speakerAgrees('Ma’ruf', ['Ma’ruf'])).toBe(true);
    expect(speakerAgrees('Abdul Ma’ruf', ['Ma’ruf'])).toBe(true);
    expect(speakerAgrees('JK', ['JK'])).toBe(true);
    // Not another short name, nor one initial.
    expect(speakerAgrees('Uu', ['Ii'])).toBe(false);
    expect(speakerAgrees('M Arifin', ['M'])).toBe(false);
    expect(speakerAgrees('Bu Ani', ['Bu Sri'])).toBe(false);
  });

  it('a gold role written right before the extracted name in the context is that person', () => {
    const context = 'Presiden Sutrisno meninjau pasar. ”Harga harus turun,” kata Presiden.';
    expect(speakerAgrees('Sutrisno', ['Presiden'], context)).toBe(true);
    // The role stands before another name, or the name is written apart from it: not judged the same.
    expect(speakerAgrees('Hartono', ['Presiden'], context)).toBe(false);
    expect(speakerAgrees('Sutrisno', ['Presiden'], 'Sutrisno meninjau pasar. ”Harga harus turun,” kata Presiden.')).toBe(false);
    expect(speakerAgrees('Sutrisno', ['Presiden'])).toBe(false);
  });

  it('matchQuote reads the context for it', () => {
    const context = 'Wakil Gubernur Hendra Jaya meninjau gudang. ”Stok beras cukup sampai Maret,” ujar Wagub di Sukamaju.';
    const row2 = quoteRowOf({ id: 'q2', statement: '”Stok beras cukup sampai Maret,”', context, speaker: { text: 'Wakil Gubernur' } });
    expect(matchQuote(row2, [{ text: 'Stok beras cukup sampai Maret', speaker: 'Hendra Jaya' }])).toMatchObject({ speakerJudged: true, speakerRight: true });
    expect(matchQuote(row2, [{ text: 'Stok beras cukup sampai Maret', speaker: 'Rudi' }])).toMatchObject({ speakerJudged: true, speakerRight: false });
  });
});
