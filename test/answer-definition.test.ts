// Asked who or what someone is ("Siapa yang dimaksud dengan X?", "Siapa itu X?", "Siapakah X?",
// "Who is X?"), /ask answers with what the passage says X is — the predicate after "adalah",
// "merupakan", "digambarkan sebagai", "was" — not with another name written near X. A question naming
// a role ("Siapa pendiri X?") still asks for the one who holds it. Passages are written for these tests
// (invented people, peoples and places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a definition question', () => {
  it('is answered by the predicate of the sentence that defines its term', () => {
    const text = 'Pandita adalah seseorang yang memimpin upacara di kuil dan menjaga kitab-kitab lama. Banyak pandita tinggal di Desa Lumo.';
    const a = ask(text, 'Siapa yang dimaksud dengan pandita?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('seseorang yang memimpin upacara di kuil dan menjaga kitab-kitab lama');
  });

  it('reads "digambarkan sebagai" as a copula, past a phrase opening the sentence and a word of kind', () => {
    const text = 'Menurut catatan kuno, kaum Lurani digambarkan sebagai penjaga hutan yang sangat setia. Mereka percaya bahwa Dewi Sarka melindungi pohon-pohon tua.';
    const a = ask(text, 'Siapa yang dimaksud dengan orang Lurani?', 'id');
    expect(a.value).toBe('penjaga hutan yang sangat setia');
  });

  it('finds the one asked about where the sentence writes it as another name of its subject (Indonesian)', () => {
    const text = 'Darsa III dari Velmora (400–450), lebih dikenal sebagai Darsa Agung atau Darsa Perkasa, adalah raja Kerajaan Velmora. Ia memimpin pasukannya sampai ke laut.';
    expect(ask(text, 'siapakah darsa agung?', 'id').value).toBe('raja Kerajaan Velmora');
    expect(ask(text, 'Siapa itu Darsa Agung?', 'id').value).toBe('raja Kerajaan Velmora');
  });

  it('finds the one asked about where the sentence writes it as another name of its subject (English)', () => {
    const text = 'Darsa III of Velmora (400–450), better known as Darsa the Great, was a king of the Velmora realm. He led his army to the sea.';
    expect(ask(text, 'Who was Darsa the Great?', 'en').value).toBe('king of the Velmora realm');
  });

  it('still answers a role with the one who holds it, not with what the thing is', () => {
    const text = 'Harian Lumo adalah surat kabar yang didirikan oleh Budi Santoso pada tahun 1950.';
    expect(ask(text, 'Siapa pendiri Harian Lumo?', 'id').value).toBe('Budi Santoso');
  });

  it('is not about a title written after its subject’s name and a comma', () => {
    const text = 'Budi Santoso (1534–1578), Adipati Lumo pertama dan Earl Dolor keempat, adalah seorang bangsawan terkemuka dari utara.';
    expect(ask(text, 'Siapakah yang dimaksud dengan Adipati Lumo pertama?', 'id').value).not.toBe('bangsawan terkemuka dari utara');
  });

  it('does not take the copula of a clause the subject reports', () => {
    const text = 'Kurator pameran foto Lumo, Budi Santoso, menulis bahwa rangkaian foto itu merupakan bacaan visual tentang kota tua.';
    expect(ask(text, 'Siapakah kurator pameran foto Lumo?', 'id').value).toBe('Budi Santoso');
  });
});

describe('a profile question naming someone the passage does not write', () => {
  const idRuler = 'Raden Lorem (lahir: Lumo, 1455; wafat: Dolor, 1518) adalah pendiri dan sultan Dolor pertama. Ia memerintah selama delapan belas tahun.';
  const enKing = 'Hayam Lorem was the fourth king of the Dolor kingdom who ruled from 1350 to 1389, titled Maharaja Sri Sumbi. Under his rule the kingdom reached its peak.';

  it('is refused where a name word of the question is not in the cited paragraph (Indonesian)', () => {
    expect(ask(idRuler, 'Siapakah Raden Putas?', 'id').found).toBe(false);
    expect(ask(idRuler, 'Siapakah Raden Lorem?', 'id').value).toBe('pendiri dan sultan Dolor pertama');
    const singer = 'Ani Lorem adalah penyanyi asal Kota Lumo yang terkenal pada tahun 1990-an. Ia merilis lima album.';
    expect(ask(singer, 'Siapakah Ani Dolor?', 'id').found).toBe(false);
    expect(ask(singer, 'Siapakah Ani Lorem?', 'id').value).toBe('penyanyi asal Kota Lumo yang terkenal pada tahun 1990-an');
  });

  it('is refused where a name word of the question is not in the cited paragraph (English)', () => {
    expect(ask(enKing, 'Who is Hayam Wooper?', 'en').found).toBe(false);
    expect(ask(enKing, 'Who is Hayam Lorem of Ipsum?', 'en').found).toBe(false);
    expect(ask(enKing, 'Who was Hayam Lorem?', 'en').value).toBe('the fourth king of the Dolor kingdom who ruled from 1350 to 1389, titled Maharaja Sri Sumbi');
  });

  it('is refused for another regnal number than the one written (Indonesian and English)', () => {
    const id = 'Lorem III (2 Oktober 1452 – 22 Agustus 1485) adalah Raja Dolor yang berkuasa dari tahun 1483 sampai kematiannya pada tahun 1485.';
    expect(ask(id, 'Siapakah Lorem II?', 'id').found).toBe(false);
    expect(ask(id, 'Siapakah Lorem III?', 'id').value).toBe('Raja Dolor yang berkuasa dari tahun 1483 sampai kematiannya pada tahun 1485');
    const en = 'Lorem III (2 October 1452 – 22 August 1485) was King of Dolor from 1483 until his death in 1485. He was the last king of the House of Ipsum.';
    expect(ask(en, 'Who is Lorem II?', 'en').found).toBe(false);
    expect(ask(en, 'Who was Lorem III?', 'en').value).toBe('King of Dolor from 1483 until his death in 1485');
  });

  it('still answers a name the question mistypes by a slip (Indonesian and English)', () => {
    expect(ask(idRuler, 'Siapakah Raden Lorwm?', 'id').value).toBe('pendiri dan sultan Dolor pertama');
    expect(ask(enKing, 'Who was Hayam Lorrem?', 'en').value).toBe('the fourth king of the Dolor kingdom who ruled from 1350 to 1389, titled Maharaja Sri Sumbi');
  });

  it('does not take a capitalised word for a relative as a name to be written (Indonesian and English)', () => {
    const id = 'Sarka Velmora (bahasa Dolor: Sarkam) adalah ibu Lumo dan istri Darsa Ipsum dalam kisah-kisah lama.';
    expect(ask(id, 'siapakah Ibunda Lumo?', 'id').value).toContain('Sarka Velmora');
    const en = 'Sarka Velmora (Dolor: Sarkam) married Darsa Ipsum in 1820, and their son Lumo Ipsum was born a year later.';
    expect(ask(en, 'Who is the Wife of Darsa Ipsum?', 'en').value).toBe('Sarka Velmora');
  });
});
