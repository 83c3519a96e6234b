// A title the question writes after its verb ("Siapa yang menunda kunjungan Menteri X?") names the
// one the verb is done to: the holder written after it is no answer, and a government doing the verb
// is. Sentences written for these tests; Indonesian only (the verb is told by its prefix).
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

const ask = (text: string, query: string): string | undefined => askValue(text, query, 'id');

describe('a title the question writes after its verb', () => {
  it('the government doing the verb, not the minister the visit was of', () => {
    const text = 'Pemerintah Malaysia, Rabu (5/3), menunda kunjungan Menteri Pertahanan Filipina Lorem Santos yang semula dijadwalkan pekan depan.';
    expect(ask(text, 'Siapa yang menunda kunjungan Menteri Pertahanan Filipina?')).toBe('Pemerintah Malaysia');
  });
  it('a title after a verb that only says holding a post is still the title asked', () => {
    const text = 'Kepala Dinas Perikanan Lorem Budi Santoso, Senin, mengatakan stok ikan cukup hingga akhir tahun.';
    expect(ask(text, 'Siapa yang menduduki jabatan Kepala Dinas Perikanan Lorem?')).toBe('Budi Santoso');
  });
});
