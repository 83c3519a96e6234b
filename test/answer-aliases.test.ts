// Other names of the one a sentence is about: the names after "atau", "alias", "dikenal sebagai",
// "yang nama aslinya", "also known as", or in the brackets right after the name a sentence opens
// with, are that one's other names. An answer read at one of them is the name the sentence opens
// with, and they do not end what that name governs. Passages and questions are written for these
// tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { askText as ask } from './helpers/articles.js';

describe('another name of the subject', () => {
  it('after "atau" answers with the name the sentence opens with', () => {
    const text = 'Wirasena atau Jayasena adalah raja pertama Kerajaan Parangsari yang memerintah di lembah Sungai Lirang. Kerajaan itu runtuh dua abad kemudian.';
    const a = ask(text, 'Siapa raja pertama Kerajaan Parangsari?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Wirasena');
  });

  it('in a chain of "alias" and "bergelar" stands for the first name', () => {
    const text = 'Raden Sukmajaya alias Ki Lurah Gading bergelar Panembahan Seruni adalah pendiri dan sultan Parangsari pertama, yang memerintah selama empat puluh tahun.';
    const a = ask(text, 'Siapa sultan Parangsari pertama?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Raden Sukmajaya');
  });

  it('stands for a one-word name opening the sentence, dates in brackets between ("atau yang dikenal sebagai")', () => {
    const text = 'Wiraguna (1801–1870), atau yang dikenal sebagai Pangeran Seruni, adalah kaisar Parangsari yang paling lama memerintah.';
    const a = ask(text, 'Siapa kaisar Parangsari yang paling lama memerintah?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Wiraguna');
  });

  it('does not end the clause the subject governs ("yang nama aslinya")', () => {
    const text =
      'Hendra Wirawan, yang nama aslinya Tan Hok Lie, adalah ayah dari Arif Wirawan dan anak sulung seorang pedagang kain. Istrinya, ibu Arif Wirawan, bernama Sari Kencana.';
    const a = ask(text, 'Siapakah ayah Arif Wirawan?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Hendra Wirawan');
  });

  it('after "also known as" answers with the name the sentence opens with (English)', () => {
    const text = 'Marcus Hale, also known as Old Tom Brandt, was the first mayor of Varden and a founder of its harbour guild.';
    const a = ask(text, 'Who was the first mayor of Varden?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Marcus Hale');
  });

  it('is no other name of a person the next sentence names', () => {
    const text = 'Wirasena atau Jayasena adalah raja pertama Kerajaan Parangsari. Putranya yang bernama Mahesa Anom menggantikannya pada tahun 1250.';
    const a = ask(text, 'Siapa putra Wirasena?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Mahesa Anom');
  });
});
