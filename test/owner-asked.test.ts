// A whose-question ("Aset siapa yang …?", "Whose assets …?") asks for the owner of the thing it names,
// as the passage telling of it writes one ("aset milik …", "the assets of …", "…'s assets"), never
// the one who announced it; a passage naming no owner ("aset dua perusahaan") does not say whose.
// Texts written for this test.
import { describe, expect, it } from 'vitest';
import { askText } from './helpers/articles.js';

describe('whose thing', () => {
  it('Indonesian: the owner after the thing, not the speaker; none named: not said', () => {
    const named = 'Jaksa Budi Santosa mengatakan kepada wartawan bahwa pengadilan akan menyita aset milik PT Lorem Jaya pekan depan.';
    expect(askText(named, 'Aset siapa yang akan disita pengadilan?', 'id').value).toBe('PT Lorem Jaya');
    // Words of its kind between the thing and its owner.
    const kind = 'Jaksa Budi Santosa mengatakan pengadilan akan menyita aset keuangan PT Lorem Jaya pekan depan.';
    expect(askText(kind, 'Aset siapa yang akan disita pengadilan?', 'id').value).toBe('PT Lorem Jaya');
    const unnamed = 'Jaksa Budi Santosa mengatakan kepada wartawan bahwa pengadilan akan menyita aset dua perusahaan dan tiga orang lagi.';
    const refused = askText(unnamed, 'Aset siapa yang akan disita pengadilan?', 'id');
    expect(refused.found).toBe(false);
    expect(refused.answer).toBe('Artikel tidak menyebut pemilik “aset”.');
  });

  it('English: "the assets of", the possessive; none named: not said', () => {
    const of = 'Prosecutor Mary Hollis told reporters the court would freeze the assets of Lorem Holdings next week.';
    expect(askText(of, 'Whose assets will the court freeze?', 'en').value).toBe('Lorem Holdings');
    const possessive = 'Prosecutor Mary Hollis said the court would freeze Lorem Group’s assets next week.';
    expect(askText(possessive, 'Whose assets will the court freeze?', 'en').value).toBe('Lorem Group');
    const unnamed = 'Prosecutor Mary Hollis told reporters the court would freeze the assets of two companies and three more people.';
    const refused = askText(unnamed, 'Whose assets will the court freeze?', 'en');
    expect(refused.found).toBe(false);
    expect(refused.answer).toBe('The article names no owner of “assets”.');
  });
});
