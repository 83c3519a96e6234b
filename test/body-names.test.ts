// A body's name is the answer in full: written on past "dan" ("Dinas Perkebunan dan Kehutanan"),
// and with its acronym where the passage writes one after it in brackets. Sentences written for
// these tests; Indonesian (the English readers do not answer these with a body).
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

const ask = (text: string, query: string): string | undefined => askValue(text, query, 'id');

describe("a body's name in full", () => {
  it('past "dan"', () => {
    const text = 'Dalam pinjaman itu, bank tetap meminta jaminan dan yang menjadi penjamin adalah Dinas Perkebunan dan Kehutanan.';
    expect(ask(text, 'Siapa yang bertindak sebagai penjamin pinjaman dari bank?')).toBe('Dinas Perkebunan dan Kehutanan');
  });
  it('with its acronym in brackets, as written', () => {
    const text = 'Karena itu Dinas Perkebunan dan Kehutanan (DPK) bersedia menjadi penjamin bagi para petani kopi untuk memperoleh pinjaman dari bank.';
    expect(ask(text, 'Siapa yang menjadi penjamin bagi para petani kopi?')).toBe('Dinas Perkebunan dan Kehutanan (DPK)');
  });
  it('two bodies joined by "dan" after the asked verb\'s "oleh" guarantee it together: both answer, as written (answer/coordinated.ts)', () => {
    const text = 'Pinjaman itu dijamin bersama oleh Dinas Perkebunan dan Badan Pertanahan Nasional sejak tahun lalu.';
    expect(ask(text, 'Siapa yang menjamin pinjaman itu?')).toBe('Dinas Perkebunan dan Badan Pertanahan Nasional');
  });
});
