// Person names and quote speakers on unseen text (issue 11, reading): the rules added to the name
// recogniser, the person cues and the quote speakers, each in Indonesian and English where the
// language has the shape. Every sentence is written for the test, in shapes news and encyclopedic
// text use; no dataset passage is copied.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';
import type { Article } from '../src/types.js';

type Lang = 'id' | 'en';
const article = (text: string, language: Lang): Article => parseArticle('reading', `${text}\n`, { language });
const names = (text: string, language: Lang): string[] => extractPeople(article(text, language)).map((p) => p.name);
const speakers = (text: string, language: Lang) => understand(article(text, language)).quotes.map((q) => q.speaker);

describe('names stop at places, clubs and works', () => {
  it('a kind of place before a name makes it the place (Indonesian: waduk, jembatan, pesantren, prefektur)', () => {
    expect(names('Air dari Waduk Sidorejo mengalir melewati Jembatan Kalimati menuju Pesantren Nurul Huda.', 'id')).toEqual([]);
    expect(names('Konser itu digelar di Makuhari, Prefektur Sakuranomiya, lalu berpindah kota.', 'id')).toEqual([]);
  });

  it('after a kind of place the name is the place even with a title a few words back', () => {
    expect(names('Rombongan itu menemui kepala desa Sukamulya yang sedang rapat.', 'id')).toEqual([]);
    expect(names('Ia adalah seorang pejabat kabupaten Lembangsari.', 'id')).toEqual([]);
  });

  it('a football club is no person: "<Town> United", "Real <Town>", "<Town> Wanderers"', () => {
    expect(names('Pada 2011 Arlo Benson bergabung dengan Riverton United setelah dilepas Real Cordova.', 'id')).toEqual(['Arlo Benson']);
    expect(names('Arlo Benson joined Riverton United in 2011 after leaving Bolton Wanderers.', 'en')).toEqual(['Arlo Benson']);
  });

  it('an English function word inside a capitalised run of an Indonesian article makes it a work’s title', () => {
    const band = names('Rudi Hartono adalah personel grup musik asal Bandung, Langit Is Blue.', 'id');
    expect(band).toContain('Rudi Hartono');
    expect(band).not.toContain('Langit Is Blue');
    // A run after a lower-case "of" that follows a capitalised word: "Night of Harbour Lights".
    expect(names('Pertunjukan itu, Night of Harbour Lights, dipentaskan oleh Rudi Hartono dan Bayu Aji.', 'id')).toEqual(['Rudi Hartono', 'Bayu Aji']);
    // In an English article the same words are ordinary: the name after them is still a person.
    expect(names('The film was directed by Thomas Reed, who also wrote it.', 'en')).toEqual(['Thomas Reed']);
  });

  it('a naming word after a word for a work or group names that thing, after a word for people a person', () => {
    expect(names('Ia lalu membentuk band baru yang bernama Kaca Biru.', 'id')).toEqual([]);
    expect(names('Ia menikah dengan seorang guru bernama Ratna Sari.', 'id')).toEqual(['Ratna Sari']);
    expect(names('He then formed a new band called Glass Harbour.', 'en')).toEqual([]);
    expect(names('He married a teacher named Ruth Ellison.', 'en')).toEqual(['Ruth Ellison']);
  });

  it('"<X> adalah sebuah desa …", "<X> is a village …": no person', () => {
    expect(names('Mekar Sari adalah sebuah desa di Kecamatan Lorem.', 'id')).toEqual([]);
    expect(names('Glen Harbour is a village on the north coast.', 'en')).toEqual([]);
  });
});

describe('a function word opening a sentence is no one', () => {
  it('"Our members …", "Kami …": a capitalised pronoun or article is not a person, the speaker still is', () => {
    expect(names('"Our members will not accept a cut," said Nadia Okafor, head of the dockers\' union.', 'en')).toEqual(['Nadia Okafor']);
    expect(names('Our members voted on Monday, the union said.', 'en')).toEqual([]);
    expect(names('"Kami tidak akan mundur," kata Sutrisno Wibowo, ketua serikat buruh.', 'id')).toEqual(['Sutrisno Wibowo']);
  });
});

describe('cues that make a name a person', () => {
  it('a character played in a work: sebagai "<Name>" dalam …, as <Name> in …', () => {
    expect(names('Ia berperan sebagai "Kirana Wulan" dalam film Senja di Pelabuhan.', 'id')).toContain('Kirana Wulan');
    expect(names('Ia juga tampil sebagai Raka dalam serial remaja itu.', 'id')).toContain('Raka');
    expect(names('She starred as Mira Dane in the harbour drama.', 'en')).toContain('Mira Dane');
  });

  it('members introduced after a word for people: "personel awal yaitu <A> (vokal), <B> …"', () => {
    expect(names('Grup itu dibentuk dengan personel awal yaitu Bayu (vokal), Dimas (gitar) dan Reno (drum).', 'id')).toEqual(['Bayu', 'Dimas', 'Reno']);
    expect(names('The founding members were Colin (vocals), Dean (guitar) and Ray (drums).', 'en')).toEqual(['Colin', 'Dean', 'Ray']);
  });

  it('a band member and the instrument in brackets: "<Name> (drum)", "<Name> (vocals)"', () => {
    expect(names('Di panggung malam itu hanya tampil Arga (gitar), Danu (drum) dan Seno (kibor).', 'id')).toEqual(['Arga', 'Danu', 'Seno']);
    expect(names('On stage that night stood Milo (drums) and Jess (vocals), as always.', 'en')).toEqual(['Milo', 'Jess']);
  });

  it('done with a person: "berduet dengan <Name>", "married to <Name>"', () => {
    expect(names('Lagu itu ia nyanyikan sambil berduet dengan Laras di akhir acara.', 'id')).toEqual(['Laras']);
    expect(names('In 1990 she married to Hollis and moved north.', 'en')).toEqual(['Hollis']);
  });

  it('crew roles are the role, not the name: pilot, kopilot, mekanik, teknisi', () => {
    expect(names('Awak pesawat terdiri dari pilot Bayu Aji, kopilot Rudi Hartanto dan Teknisi Agus Salim.', 'id')).toEqual([
      'Bayu Aji',
      'Rudi Hartanto',
      'Agus Salim',
    ]);
  });

  it('Pangeran and Sunan are written as part of the name in Indonesian; English keeps the title apart', () => {
    expect(names('Pangeran Arya Wiraguna memimpin pasukan ke utara.', 'id')).toEqual(['Pangeran Arya Wiraguna']);
    expect(names('Prince Arthur Wellesby opened the new bridge.', 'en')).toEqual(['Arthur Wellesby']);
  });

  it('a name ending in "…llah" opening a sentence is no word with the particle -lah (Indonesian morphology only)', () => {
    expect(names('Fadlullah lahir di Sukamaju pada 1950.', 'id')).toEqual(['Fadlullah']);
    // Nor is a name whose stem would be under three letters a word with the possessive -nya.
    expect(names('Sonya lahir di Sukamaju pada 1952.', 'id')).toEqual(['Sonya']);
  });
});

describe('speakers: a pronoun cue before anyone is named', () => {
  it('goes to the first person named after it in its paragraph (a text that opens mid-story)', () => {
    const id = '”Stok beras cukup sampai Lebaran,” ujarnya. Kepala Bulog Sukamaju Rina Kartika mengatakan, gudang terisi penuh.';
    expect(speakers(id, 'id')).toEqual(['Rina Kartika']);
    const en = '"The stock will last until spring," he said. Harbour master Tom Reed said the port would stay open.';
    expect(speakers(en, 'en')).toEqual(['Tom Reed']);
  });

  it('once someone is named, the pronoun cue still means the person spoken of before', () => {
    const id = 'Kepala Dinas Budi Hartono meninjau gudang. ”Stok cukup,” ujarnya. Wakil Bupati Sari Wulandari mengatakan, harga stabil.';
    expect(speakers(id, 'id')).toEqual(['Budi Hartono']);
  });
});
