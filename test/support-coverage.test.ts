// Coverage of the support check (answer/support.ts, gaps.ts; query/concepts.ts; lang/support-id.ts):
// what a passage may say in other words and still answer, and what it still refuses. Passages and
// questions are written for these tests (invented people, bodies and places).
import { describe, expect, it } from 'vitest';
import { LONG, supportedDespite, type Gap } from '../src/answer/support.js';
import { tableWordOf } from '../src/query/concepts.js';
import { openAnswer as ask } from './helpers/answer.js';

describe('a misspelt word of the tables is read as the word it misspells', () => {
  it('one letter dropped, added or swapped, never the first', () => {
    expect(tableWordOf('menmukan')).toBe('menemukan');
    expect(tableWordOf('mneyusun')).toBe('menyusun');
    expect(tableWordOf('leteak')).toBe('letak');
    expect(tableWordOf('invneted')).toBe('invented');
    // Words of the tables, and words too short to tell, stay as they are.
    expect(tableWordOf('menemukan')).toBe('menemukan');
    expect(tableWordOf('lahir')).toBe('lahir');
  });

  it('a word of its own kind is no typo ("dilarang" undoes; it does not misspell "dikarang")', () => {
    expect(tableWordOf('dilarang')).toBe('dilarang');
  });

  it('an English plural is not a typo of the singular the tables hold ("novels")', () => {
    expect(tableWordOf('novels')).toBe('novels');
  });

  it('Indonesian: "menmukan" is answered by a passage saying who "ditemukan"', () => {
    const text = 'Prasasti Batu Lorem ditemukan oleh Andi Wiratama pada tahun 1921 di tepi sungai.';
    expect(ask(text, 'Siapa yang menmukan Prasasti Batu Lorem?', 'who')).toBe('Andi Wiratama');
    // The antonym the misspelling resembles nothing of is still refused.
    expect(ask(text, 'Kapan Prasasti Batu Lorem dilarang?', 'when')).toBeUndefined();
  });

  it('English: "invneted" is answered by a passage saying who invented it', () => {
    const text = 'The folding ladder was invented by Clara Whitcombe in 1894 in a small workshop.';
    expect(ask(text, 'Who invneted the folding ladder?', 'who')).toBe('Clara Whitcombe');
  });
});

describe('paraphrases of a release and of a founding', () => {
  it('Indonesian: a system first "diperkenalkan" was released; it was not banned', () => {
    const text = 'Sistem operasi Lorem versi pertama diperkenalkan pada 12 Mei 1991 oleh sebuah perusahaan kecil di Bandung.';
    expect(ask(text, 'Kapan sistem operasi Lorem pertama kali dirilis?', 'when')).toBe('12 Mei 1991');
    expect(ask(text, 'Kapan sistem operasi Lorem dilarang?', 'when')).toBeUndefined();
  });

  it('Indonesian: a park "diresmikan" was founded then, but a tower inaugurated was not built then', () => {
    const park = 'Taman Nasional Lorem diresmikan sebagai kawasan lindung pada tahun 1983 oleh pemerintah.';
    expect(ask(park, 'Kapan Taman Nasional Lorem didirikan?', 'when')).toBe('1983');
    const tower = 'Menara Ipsum diresmikan pada tahun 1902 oleh wali kota.';
    expect(ask(tower, 'Kapan Menara Ipsum dibangun?', 'when')).toBeUndefined();
  });
});

describe('a very long question copies figures the answer need not repeat', () => {
  const number = (term: string): Gap => ({ term, kind: 'number', contradicted: false });
  const other = (term: string): Gap => ({ term, kind: 'other', contradicted: false });

  it('figures do not count toward the share a very long question may leave unsaid', () => {
    const gaps = [number('5.900'), number('900'), number('5.700'), number('700'), other('harga')];
    expect(supportedDespite(gaps, LONG, false)).toBe(true);
    expect(supportedDespite(gaps, LONG - 1, false)).toBe(false);
    // Other words still count.
    expect(supportedDespite([other('a'), other('b'), other('c'), other('d')], LONG, false)).toBe(false);
  });

  it('Indonesian: the date of a price cut whose old and new price the next sentence gives', () => {
    const text =
      'Pada 3 Maret lalu, PT Lorem Energi menurunkan harga bahan bakar jenis premium di seluruh Jawa. ' +
      'Harga turun dari Rp 7.200 menjadi Rp 6.900 per liter untuk semua pembeli.';
    expect(ask(text, 'Kapankah PT Lorem Energi menurunkan harga bahan bakar premium dari Rp 7.200 menjadi Rp 6.900 di seluruh Jawa?', 'when')).toBe('3 Maret');
  });
});

describe('a name written with an initial is the same name', () => {
  it('Indonesian: "Dr J Wirawan" answers a question about "Joko Wirawan"; another first name still refuses', () => {
    const text = 'Dr J Wirawan yang baru berusia 31 tahun menemukan komet itu setelah melakukan pengamatan sejak 2003 bersama enam rekannya.';
    expect(ask(text, 'Sejak tahun berapakah Dr Joko Wirawan melakukan pengamatan bersama enam rekannya?', 'when')).toBe('2003');
    const other = 'Dr Budi Wirawan yang baru berusia 31 tahun menemukan komet itu setelah melakukan pengamatan sejak 2003 bersama enam rekannya.';
    expect(ask(other, 'Sejak tahun berapakah Dr Joko Wirawan melakukan pengamatan bersama enam rekannya?', 'when')).toBeUndefined();
  });

  it('English: "M. Ellery" answers a question about "Marta Ellery"', () => {
    const text = 'Dr M. Ellery, a young astronomer, found the comet after observing the sky since 2003 with six colleagues.';
    expect(ask(text, 'Since when has Dr Marta Ellery observed the sky with six colleagues?', 'when')).toBe('2003');
  });
});

describe('an invasion is dated by the occupation it began', () => {
  it('Indonesian: "masa pendudukan … dimulai" answers "menginvasi"; a withdrawal is still refused', () => {
    const text = 'Masa pendudukan Kerajaan Lorem di Pulau Ipsum dimulai pada tahun 1711 dan berakhir pada tahun 1740.';
    expect(ask(text, 'Kapan Kerajaan Lorem pertama kali menginvasi Pulau Ipsum?', 'when')).toBe('1711');
    expect(ask(text, 'Kapan Kerajaan Lorem dibubarkan?', 'when')).toBeUndefined();
  });
});

describe('a kind of thing written before its name needs no support', () => {
  it('Indonesian: "kartun Lorem" is the passage\'s "serial Lorem"; another verb is still refused', () => {
    const text = 'Serial Lorem diciptakan oleh Andi Saputra pada tahun 1999 untuk sebuah majalah anak.';
    expect(ask(text, 'Siapa yang menciptakan kartun Lorem?', 'who')).toBe('Andi Saputra');
    expect(ask(text, 'Kapan kartun Lorem dihentikan?', 'when')).toBeUndefined();
  });

  it('Indonesian: "aplikasi Ipsum" released is the passage\'s Ipsum released', () => {
    const text = 'Ipsum dirilis pada 4 Mei 2012 oleh sebuah perusahaan rintisan di Yogyakarta.';
    expect(ask(text, 'Kapan aplikasi Ipsum dirilis?', 'when')).toBe('4 Mei 2012');
  });
});
