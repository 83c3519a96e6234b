// Where a role written before a person ends when the role holds a place or a body (issue 11,
// "Names swallow their neighbours"; src/extract/role-ends.ts): a head's title takes the words after
// it as its place and "di <kind of place> <Name>" goes on with the role; a word for a kind of place
// inside the role takes the next word as its name; a lone capital after a bracket opens the name.
// Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const people = (text: string, language: Lang): string[] =>
  extractPeople(parseArticle('role-ends', `${text}\n`, { language })).map((p) => (p.role ? `${p.name} [${p.role}]` : p.name));

describe('a head of a place, then "di <kind of place> <Name>", then the person', () => {
  it('Indonesian: the village and the regency are the role, the last capitalised words the person', () => {
    expect(people('Kepala Desa Wanasari di Kabupaten Lorewangi Darmaji juga meminta jalan itu diperbaiki.', 'id')).toEqual([
      'Darmaji [Kepala Desa Wanasari di Kabupaten Lorewangi]',
    ]);
  });

  it('Indonesian: a role of any title goes on through "di <kind of place> <Name>"', () => {
    expect(people('Kepala Dinas Pertanian di Kabupaten Lorewangi Sutarno Hadi menjelaskan masalah itu.', 'id')).toEqual([
      'Sutarno Hadi [Kepala Dinas Pertanian di Kabupaten Lorewangi]',
    ]);
  });

  it('a direction after the place belongs to the place', () => {
    expect(people('Kepala Desa Wanasari di Kabupaten Lorewangi Barat Darmaji menolak rencana itu.', 'id')).toEqual([
      'Darmaji [Kepala Desa Wanasari di Kabupaten Lorewangi Barat]',
    ]);
  });
});

describe('a word for a kind of place inside the role takes the next word as its name', () => {
  it('Indonesian: "Kepala Bandara <Airport> <Name>", "Manajer Stasiun <Station> <Name>"', () => {
    expect(people('Kepala Bandara Wirasaba Budi Santosa mengatakan pesawat itu mendarat selamat.', 'id')).toEqual(['Budi Santosa [Kepala Bandara Wirasaba]']);
    expect(people('Manajer Stasiun Lorejati Andi Wiryo menjelaskan jadwal kereta itu.', 'id')).toEqual(['Andi Wiryo [Manajer Stasiun Lorejati]']);
  });

  it('a head of a village is not split: "Kepala Desa <Name>" keeps the name whole', () => {
    expect(people('Kepala Desa Darmaji Wiryo Santosa menolak rencana itu.', 'id')).toEqual(['Darmaji Wiryo Santosa [Kepala Desa]']);
  });
});

describe('a lone capital after a bracket opens the name', () => {
  it('Indonesian: "Wakil Ketua Fraksi … (F-PL) A <Name>"', () => {
    expect(people('Wakil Ketua Fraksi Partai Lorem (F-PL) A Rahman Wiryo mengatakan fraksinya menolak usul itu.', 'id')).toEqual([
      'A Rahman Wiryo [Wakil Ketua Fraksi Partai Lorem (F-PL)]',
    ]);
  });

  it('English: "Deputy chairman (<Party>) M <Name>"', () => {
    expect(people('Deputy chairman (Lorem Party) M Harlan Wode said the party would vote against it.', 'en')).toEqual([
      'M Harlan Wode [Deputy chairman (Lorem Party)]',
    ]);
  });
});
