// "Kapan X didirikan?" asks when X was founded: a passage saying that something else "dimulai"
// (began) does not say it; and a passive verb is the active one of the same root (sentences written
// for these tests).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const library = (paragraphs: readonly string[]): Library =>
  libraryOf(entriesOf([parseArticle('a', `${paragraphs.join('\n\n')}\n`, { language: 'id' })], understand));
const founded = (lib: Library, name: string) => answer(lib, { command: 'ask', query: `Kapan ${name} didirikan?`, locale: 'id' });

describe('founded is not started', () => {
  it('the start of an offer is no founding date of the company', () => {
    const lib = library([
      'Loremindo, perusahaan pembayaran digital, mengumumkan rencana melantai di Bursa Efek Indonesia dalam paparan publik hari ini, Kamis (7/9).',
      'Sesuai jadwal, manajemen mengungkapkan Loremindo akan secara resmi melantai pada 3 Oktober 2017 mendatang. Adapun per hari ini hingga 11 September 2017, sudah dimulai masa penawaran awal.',
      'Harga yang ditawarkan mulai dari Rp 280 sampai Rp 300 per lembar saham.',
      'Perusahaan menunjuk sebuah sekuritas menjadi penjamin emisi.',
      'Dana hasil penawaran akan digunakan untuk membeli saham perusahaan distribusi.',
      'Perusahaan itu menjual voucher digital kepada ribuan toko.',
      'Penjualan bersih tahun lalu mencapai Rp 25 miliar.',
    ]);
    expect(founded(lib, 'Loremindo').found).toBe(false);
  });
  it('a founding is', () => {
    const lib = library(['Perusahaan Ipsumjaya didirikan pada 12 Mei 2009 di Bandung.', 'Kini Ipsumjaya mempekerjakan 300 orang.']);
    expect(founded(lib, 'Ipsumjaya')).toMatchObject({ found: true, value: '12 Mei 2009' });
  });
});

describe('a passive verb of four letters\' root is the active one ("dibuka" ~ "membuka")', () => {
  it('"Kapan pelabuhan baru dibuka?" of "akan membuka pelabuhan baru pada …"', () => {
    const lib = library(['Kementerian akan membuka pelabuhan baru pada 3 Juni 2025, kata juru bicaranya.', 'Pelabuhan itu dibangun sejak 2021.']);
    expect(answer(lib, { command: 'ask', query: 'Kapan pelabuhan baru dibuka?', locale: 'id' })).toMatchObject({ found: true, value: '3 Juni 2025' });
  });
});
