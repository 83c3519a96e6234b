// The subject of a sentence answers for its verbs: the person a sentence opens with did what the
// sentence says, however far the verb stands, up to the next person it names; a pronoun opening the
// next sentence stands for that subject, not for the last name written before it. Passages and
// questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('the subject opening a sentence', () => {
  it('did what its sentence says, not a name written near the verb’s object (Indonesian)', () => {
    const text =
      'Budi Santoso adalah seorang insinyur listrik asal Parangsari yang terkenal setelah mengembangkan sebuah sistem telegrafi tanpa kabel yang kini dikenal sebagai radio. Karel Wibisono menerima penghargaan bersamanya pada tahun 1909.';
    const a = ask(text, 'Siapa yang mengembangkan radio?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Budi Santoso');
  });

  it('did what its sentence says, not a name written near the verb’s object (English)', () => {
    const text =
      'Marta Velden was an electrical engineer from Varden and a winner of the Corvin Prize, famous for developing a wireless telegraph system now known as the radio. Tomas Brant shared the award with her in 1909.';
    const a = ask(text, 'Who developed the radio?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Marta Velden');
  });

  it('a pronoun opening a clause after a comma ("…, sebelum ia …") in a sentence naming no one stands for the subject before, not the last name', () => {
    const id =
      'Rina Kartika bekerja sama dengan Dodi Pratama dalam film Lorem, yang diadaptasi dari novel karangan Hendra Kusuma. Ini merupakan proyek Rina berikutnya, sebelum ia mengambil posisi sebagai sutradara film Ipsum.';
    expect(ask(id, 'Siapa sutradara film Ipsum?', 'id').value).toBe('Rina Kartika');
    const en =
      'Marta Velden worked with Tomas Brant on Lorem, a film adapted from a novel by Karel Wibisono. It was her next project, before she took the post of director of the film Ipsum.';
    expect(ask(en, 'Who is the director of the film Ipsum?', 'en').value).toBe('Marta Velden');
  });

  it('does not reach past another person the sentence names', () => {
    const text =
      'Hendra Kusuma (54), pembuat kursi pijat, Rabu siang menyatakan, seorang karyawan perusahaan minyak di Parangsari yakni Dodi Pratama (60) sangat tertarik akan kursi buatannya.';
    const a = ask(text, 'Siapa karyawan perusahaan minyak di Parangsari yang sangat tertarik akan kursi buatannya?', 'id');
    expect(a.value).toBe('Dodi Pratama');
  });
});

describe('a pronoun opening a sentence', () => {
  it('stands for the subject of the sentence before, not the last name in it (Indonesian)', () => {
    const text =
      'Pada tahun 1368, Surya Dharmawangsa berhasil mengusir pasukan Jaka Wirabumi kembali ke utara dan menghancurkan kerajaan yang mereka dirikan. Ia mendirikan Wangsa Seruni dengan ibu kota di Parangsari.';
    const a = ask(text, 'Siapa pendiri Wangsa Seruni?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Surya Dharmawangsa');
  });

  it('stands for the subject of the sentence before, not the last name in it (English)', () => {
    const text = 'In 1368, Arlen Voss drove the army of Jorin Kade back to the north and destroyed the kingdom it had built. He founded the Seruni dynasty with its capital at Parangsari.';
    const a = ask(text, 'Who founded the Seruni dynasty?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Arlen Voss');
  });
});
