// Who made a thing and whose child someone is, told in other words than the question's (the
// one-way supports of src/lang/support-*.ts, read by answer/support.ts): the maker ("pencipta",
// "pendiri", "founder") is told as the making is, and parents by naming one of them. Each rule
// answers the paraphrased question and still refuses one the passage does not support. Passages
// and questions are written for these tests (invented people, clubs and games).
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

describe('parents are told by naming the father or the mother', () => {
  it('Indonesian: "orang tua" is said by "ayahnya", not by the "ibu" of "ibu kota"', () => {
    const text = 'Penyanyi Arman Lestaluhu lahir di Ambon pada 1950. Ayahnya, Jafar Lestaluhu, adalah seorang nelayan.';
    expect(ask(text, 'Siapakah orang tua Arman Lestaluhu?', 'who')).toMatch(/Jafar Lestaluhu/);
    const moved = 'Penyanyi Arman Lestaluhu pindah ke ibu kota pada 1970 bersama Jafar Lestaluhu, seorang nelayan.';
    expect(ask(moved, 'Siapakah orang tua Arman Lestaluhu?', 'who')).toBeUndefined();
  });
  it('English: "parents" is said by "her father"', () => {
    const text = 'The painter Lora Vance was born in Dover in 1931. Her father, Martin Vance, ran a bakery in the town.';
    expect(ask(text, 'Who are the parents of Lora Vance?', 'who')).toMatch(/Martin Vance/);
  });
});

describe('the maker is told as the thing made is', () => {
  it('Indonesian: "pencipta" is said by where the thing began ("bermula dari … milik X")', () => {
    const text = 'Permainan papan Jalur Rempah bermula dari bengkel kayu milik Danu Prasetyo di Kudus pada tahun 1962.';
    expect(ask(text, 'Siapakah pencipta Jalur Rempah?', 'who')).toBe('Danu Prasetyo');
    expect(ask(text, 'Siapakah penjual Jalur Rempah?', 'who')).toBeUndefined();
  });
  it('Indonesian: "pendiri" is said by "pertama kali diresmikan oleh"', () => {
    const text = 'Koperasi Tani Makmur pertama kali diresmikan oleh Suryo Admojo di Klaten pada tahun 1958.';
    expect(ask(text, 'Siapa pendiri Koperasi Tani Makmur?', 'who')).toBe('Suryo Admojo');
  });
  it('English: "founder" is said by "first … by"', () => {
    const text = 'The Harbor Chess Club was first organised by Peter Lund in a room above the post office in 1921.';
    expect(ask(text, 'Who is the founder of the Harbor Chess Club?', 'who')).toBe('Peter Lund');
  });
});
