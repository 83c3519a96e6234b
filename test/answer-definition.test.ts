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
