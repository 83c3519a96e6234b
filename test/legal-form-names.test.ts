// A company's legal form ("Tbk", "Inc.", "Ltd") names no company by itself: a question typing it is
// answered by a passage that writes the company without it.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a legal form after a company name need not be written', () => {
  it('Indonesian: "PT Lorem Niaga, Tbk" of a passage writing "PT Lorem Niaga"', () => {
    const text = 'PT Lorem Niaga didirikan pada 12 Mei 1882 sebagai perusahaan pos di Batavia. Perusahaan ini kini melayani seluruh negeri.';
    expect(askValue(text, 'Kapan PT Lorem Niaga, Tbk didirikan?', 'id')).toBe('12 Mei 1882');
  });
  it('English: "Veltro, Inc." of a passage writing "Veltro"', () => {
    const text = 'Veltro was founded on 12 May 1964 in Portland. The company now sells shoes in every country.';
    expect(askValue(text, 'When was Veltro, Inc. founded?', 'en')).toBe('12 May 1964');
  });
  it('the company itself must still be written', () => {
    const text = 'Veltro was founded on 12 May 1964 in Portland. The company now sells shoes in every country.';
    expect(askValue(text, 'When was Morano, Inc. founded?', 'en')).toBeUndefined();
  });
});
