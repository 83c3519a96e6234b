// Attribution shapes of English and Indonesian news (extract/speakers.ts): a name with an age or an
// apposition of one or two parts before the verb, a lower-case title before the name, "The minister
// told MPs:", a pronoun or "the union leader said" resolved to the subject of the sentences before.
// Our own sentences, real shapes; the names are made up.
import { describe, expect, it } from 'vitest';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';

const who = (text: string, language: 'id' | 'en'): (string | undefined)[] =>
  understand(parseArticle('attributions', `${text}\n`, { language })).quotes.map((q) => q.speaker);

describe('a name, then an age or an apposition, then the verb', () => {
  it('English: "Tom Barker, 54, said", "Barker, the union leader, told the BBC", two parts between commas', () => {
    expect(who('"The plant will close in May and nobody knows why," Tom Barker, 54, said.', 'en')).toEqual(['Tom Barker']);
    expect(who('"Nobody knows why this happened to us," Barker, the union leader, told the BBC.', 'en')).toEqual(['Barker']);
    expect(who('Tom Barker, 54, from Leeds, said: "Nobody knows why this happened to us."', 'en')).toEqual(['Tom Barker']);
  });
  it('Indonesian: "Dedi Kurniadi, warga Desa X, Kecamatan Y, mengatakan", "Sari Wulandari (45) menambahkan"', () => {
    expect(who('Dedi Kurniadi, warga Desa Sidomulyo, Kecamatan Ngaglik, mengatakan, ”Air mulai naik sejak subuh tadi.”', 'id')).toEqual(['Dedi Kurniadi']);
    expect(who('”Air mulai naik sejak subuh tadi,” Dedi Kurniadi, warga Desa Sidomulyo, menambahkan.', 'id')).toEqual(['Dedi Kurniadi']);
    expect(who('”Kami sepakat menunda panen tahun ini,” Sari Wulandari (45) menambahkan.', 'id')).toEqual(['Sari Wulandari']);
  });
  it('a name after a place that follows a preposition is still found ("… di Sukamaju, Jawa Tengah, Budi Santoso, mengatakan")', () => {
    const text = 'Kepala Dinas Pertanian di Sukamaju, Jawa Tengah, Budi Santoso, mengatakan, stok pupuk aman. ”Petani tidak perlu khawatir,” ujarnya.';
    expect(who(text, 'id')).toEqual(['Budi Santoso']);
    const en = 'The head of the clinic in Easton, Kent, Ann Lee, said the ward would reopen. "We have hired six nurses," she said.';
    expect(who(en, 'en')).toEqual(['Ann Lee']);
  });
  it('an object after a preposition is no speaker, nor is the end of its name ("melalui Juru Bicara X menyatakan")', () => {
    const text = 'Budi Santoso menunggu keputusan setelah Presiden melalui Juru Bicara Rina Kartika menyatakan belum ada rencana. ”Kami tetap menunggu,” katanya.';
    expect(who(text, 'id')).toEqual(['Budi Santoso']);
  });
});

describe('a possessive owns the role and is no name', () => {
  it('English: "The ASW\'s regional secretary, Paul Dunmore, said …", then "he said" → Paul Dunmore', () => {
    const text = 'The ASW\'s regional secretary, Paul Dunmore, said members had voted for action.\n\n"Our members will not stand by while their pensions are taken away," he said.';
    expect(who(text, 'en')).toEqual(['Paul Dunmore']);
    expect(who('"We will not stand by while pensions are taken away," Acme\'s chief executive Martin Hale said.', 'en')).toEqual(['Martin Hale']);
  });
});

describe('where the speaker works, and the speaker by their age', () => {
  it('"Paul Dunmore of the ASW union said", before or after the quote', () => {
    expect(who('"I have never seen anger like this," Paul Dunmore of the ASW union said.', 'en')).toEqual(['Paul Dunmore']);
    expect(who('Paul Dunmore of the ASW union said: "I have never seen anger like this."', 'en')).toEqual(['Paul Dunmore']);
  });
  it('"the 52-year-old said" stands for the person spoken of, as a pronoun does', () => {
    const text = 'Paul Dunmore spoke to reporters outside the gates.\n\n"I have never seen anger like this," the 52-year-old said.';
    expect(who(text, 'en')).toEqual(['Paul Dunmore']);
    expect(who('Paul Dunmore spoke to reporters. The 52-year-old told the BBC: "I have never seen anger like this."', 'en')).toEqual(['Paul Dunmore']);
  });
});

describe('a title in lower case before the name', () => {
  it('after the quote: "union leader Tom Barker told …", "juru bicara Sari Wulandari menambahkan"', () => {
    expect(who('"Nobody knows why this happened to us," union leader Tom Barker told the Gazette.', 'en')).toEqual(['Tom Barker']);
    expect(who('”Kami sepakat menunda panen tahun ini,” juru bicara Sari Wulandari menambahkan.', 'id')).toEqual(['Sari Wulandari']);
  });
  it('English: "Finance minister Sarah Quinn …" opening a sentence is the subject a later "she said" stands for', () => {
    const text = 'Finance minister Sarah Quinn defended the budget on Tuesday.\n\n"We have balanced the books for the first time," she said.';
    expect(who(text, 'en')).toEqual(['Sarah Quinn']);
  });
  it('Indonesian capitalises titles: a lower-case one opening a sentence is an organisation\'s role, no subject', () => {
    // "juru bicara Perusahaan Sinar" speaks for the company: "katanya" stays with the person named before.
    const text = 'Rina Kartika mengatakan, pabrik itu ditutup sejak Senin. Sementara juru bicara Perusahaan Sinar mengatakan pabrik masih diperiksa. ”Kami menunggu hasilnya,” katanya.';
    expect(who(text, 'id')).not.toContain('Perusahaan Sinar');
  });
});

describe('a title alone, before or after the quote, is the person named with it before', () => {
  it('"The minister told MPs: …" and "…," the union leader said', () => {
    expect(who('Finance minister Sarah Quinn spoke after the vote. The minister told MPs: "We have balanced the books this year."', 'en')).toEqual(['Sarah Quinn']);
    expect(who('Union leader Tom Barker met ministers on Monday. "We will strike next week if nothing changes," the union leader said.', 'en')).toEqual(['Tom Barker']);
  });
  it('a title nobody was named with stays a title, never another person', () => {
    expect(who('Tom Barker met ministers on Monday. The spokesman told reporters: "Talks will resume on Friday."', 'en')).toEqual(['Spokesman']);
  });
});

describe('a pronoun is the subject of the sentences before, whatever their verb', () => {
  it('English: a short first name and a short verb ("Sarah Quinn met Tom Barker … She said: …")', () => {
    expect(who('Sarah Quinn met Tom Barker in Leeds on Monday. She said: "We agreed on nothing at all today."', 'en')).toEqual(['Sarah Quinn']);
    const later = 'Helen Ward met union leaders including Paul Dunmore on Tuesday. The talks lasted four hours.\n\nShe said: "Nobody wants to see a strike at the plant."';
    expect(who(later, 'en')).toEqual(['Helen Ward']);
  });
  it('English: the subject with an apposition, after someone else spoke ("Tom Barker, the union leader, disagreed.")', () => {
    const text = 'Sarah Quinn said the offer was fair.\n\nTom Barker, the union leader, disagreed.\n\n"We will strike next week if nothing changes," he said.';
    expect(who(text, 'en')).toEqual(['Tom Barker']);
  });
  it('Indonesian: a name with a three-letter word opening a sentence ("Ani Rahayu mengunggah …", then "tulisnya")', () => {
    const text = 'Polisi memeriksa rekaman itu sejak Senin. Ani Rahayu mengunggah video kejadian di akun media sosialnya. ”Saya hanya ingin kejadian ini diusut tuntas,” tulisnya.';
    expect(who(text, 'id')).toEqual(['Ani Rahayu']);
  });
});
