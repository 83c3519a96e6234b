// A common noun written right before the question's name only says what kind of thing the name is
// (answer/kind-nouns.ts): the answer's sentence need not repeat it where the paragraph writes the
// name; a kind the paragraph writes otherwise before the name, or a name found only by a typo, is
// still refused. Passages and questions are written for these tests (invented names and places).
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

describe('a kind noun before the question name needs no support', () => {
  it('Indonesian: "anjing Belang" of a passage that tells where Belang was buried', () => {
    const text = 'Belang meninggal pada usia tua di desanya. Belang dimakamkan di samping rumah pemiliknya di Pemakaman Sirnagalih.';
    expect(ask(text, 'Di mana anjing Belang dimakamkan?', 'where')).toBe('Pemakaman Sirnagalih');
  });

  it('Indonesian: "menara Tugalo" of a passage that tells where the Tugalo stands', () => {
    const text = 'Tugalo dibangun untuk mengenang para nelayan kota itu. Tugalo terletak di tengah Lapangan Karang Sari, Kota Lorem.';
    expect(ask(text, 'Di manakah letak menara Tugalo?', 'where')).toContain('Lapangan Karang Sari');
  });

  it('Indonesian: another kind written before the name is another thing', () => {
    const text = 'Kapal Belang pernah berlayar ke banyak pulau. Belang dimakamkan di samping rumah pemiliknya di Pemakaman Sirnagalih.';
    expect(ask(text, 'Di mana anjing Belang dimakamkan?', 'where')).toBeUndefined();
  });

  it('Indonesian: a name found only by a typo keeps its kind a gap', () => {
    const text = 'Tugalo dibangun untuk mengenang para nelayan kota itu. Tugalo terletak di tengah Lapangan Karang Sari, Kota Lorem.';
    expect(ask(text, 'Di manakah letak menara Tugalu?', 'where')).toBeUndefined();
  });

  it('English: "the dog Rusty" of a passage that tells where Rusty was buried', () => {
    const text = 'Rusty waited at the station every evening for nine years. Rusty was buried beside his owner at Greenhollow Cemetery.';
    expect(ask(text, 'Where was the dog Rusty buried?', 'where')).toBe('Greenhollow Cemetery');
  });

  it('a word relating the answer to the name is no kind ("Siapa klien X?")', () => {
    const text = 'Lorvane didirikan oleh Bima Santoso dan Dewi Kartika di Bandung pada tahun 2003.';
    expect(ask(text, 'Siapa klien Lorvane?', 'who')).toBeUndefined();
  });
});
