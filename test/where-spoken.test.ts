// "Di mana X berbicara?", "Where did X speak?": the place of the saying — a place phrase of the
// sentence where X speaks ("kata X di …", "X said in …"), else the dateline's city — never a place
// inside what X said; where neither is written, the article does not say. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { askText } from './helpers/articles.js';

describe('where someone spoke', () => {
  it('Indonesian: not a place of the reported words or the quote; the saying’s place, else the dateline city', () => {
    const text =
      'Surabaya (Warta Lorem) - Pemerintah akan menaikkan tarif air bersih tahun depan, kata pejabat daerah, Kamis.\n\n' +
      'Kepala Dinas Pekerjaan Umum Budi Santosa mengatakan kepada wartawan bahwa Malang dan Kediri juga akan menaikkan tarif.';
    const found = askText(text, 'Di mana Budi Santosa berbicara?', 'id');
    expect(found.value).toBe('Surabaya');
    expect(found.citations[0]!.paragraph).toBe(1);
    // The place phrase of the saying sentence, not one in the quote.
    const quoted =
      'Warga diminta menghemat air selama kemarau.\n\n' +
      '"Kami sudah menyiapkan tangki di Sidoarjo dan Gresik," kata Kepala Dinas Budi Santosa di Balai Kota Surabaya, Senin (3/6).';
    expect(askText(quoted, 'Di mana Budi Santosa berbicara?', 'id').value).toBe('Balai Kota Surabaya');
    // A relay is no place ("dikutip dari Warta Lorem"); one quoted far from the lead was not at the dateline.
    const later =
      'Surabaya (Warta Lorem) - Pemerintah akan menaikkan tarif air bersih tahun depan, kata pejabat daerah, Kamis.\n\n' +
      'Tarif baru berlaku mulai Januari.\n\n' +
      'Warga diminta menghemat air.\n\n' +
      '"Kami menolak kenaikan itu," kata Gubernur Candra Wijaya dikutip dari Warta Lorem.';
    expect(askText(later, 'Di mana Candra Wijaya berbicara?', 'id').found).toBe(false);
  });

  it('English: the place of "said in", never a place inside the quote', () => {
    const text =
      'Water prices will rise next year, officials said on Thursday.\n\n' +
      '"We have sent tankers to Leeds and York," council leader Mary Hollis said in Bradford on Monday.';
    expect(askText(text, 'Where did Mary Hollis speak?', 'en').value).toBe('Bradford');
  });

  it('English: what is reported after "that" is no place of the saying; without a dateline the article does not say', () => {
    const text = 'Water prices will rise next year.\n\nCouncil leader Mary Hollis told reporters that Leeds and York would follow.';
    const found = askText(text, 'Where did Mary Hollis speak?', 'en');
    expect(found.found).toBe(false);
    expect(found.answer).toBe('The article names no place for “Mary Hollis speak”.');
    expect(askText(text.replace('Council leader Mary Hollis told', 'Ketua dewan Mary Hollis mengatakan kepada wartawan').replace('that Leeds and York would follow', 'bahwa Leeds dan York akan menyusul'), 'Di mana Mary Hollis berbicara?', 'id').found).toBe(false);
  });
});
