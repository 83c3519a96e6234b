// Person cues (ner21, second round), each read from a general shape of NERGrit train's half A misses.
// Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner21-cues', `${text}\n`, { language })).map((p) => p.name).sort();

describe('a list with a member the paragraph names as a person elsewhere is a list of people', () => {
  it('Indonesian: "diisi <A>, <B> dan <C>; … <A> keluar"', () => {
    expect(names('Grup itu kemudian diisi Dirgo, Welan dan Pratam; pada tahun 1998 Dirgo keluar.')).toEqual(['Dirgo', 'Pratam', 'Welan']);
  });

  it('English: "with <A>, <B> and <C>, and … with his brother <A> and <D>"', () => {
    expect(names('He then formed Gravel with Dirgo, Welan and Pratam, and in 1998 another group with his brother Dirgo and Asmat.', 'en')).toEqual(['Asmat', 'Dirgo', 'Pratam', 'Welan']);
  });
});

describe('Indonesian writes the doer of a passive verb right after it, with no "oleh"', () => {
  it('"diciptakan <Name> dari …", "dimenangkan <Name>, …"; not after a verb of calling ("dinamakan <X>") nor a noun that looks passive ("dinasti <X>")', () => {
    expect(names('Lagu itu diciptakan Sumarwan dari kisah hidupnya sendiri.')).toEqual(['Sumarwan']);
    expect(names('Piala utama tahun itu dimenangkan Ratnasari, sedangkan juara kedua jatuh ke tim tamu.')).toEqual(['Ratnasari']);
    expect(names('Desa itu dinamakan Karangwetan karena letaknya di sebelah barat sungai.')).toEqual([]);
    expect(names('Ia merupakan salah satu raja dari dinasti Wangsakerta.')).toEqual([]);
  });
});

describe('a voice or a face before a name is a person\'s', () => {
  it('Indonesian: "rekaman suara <Name>", "wajah <Name>"', () => {
    expect(names('Rekaman suara Darmoko terdengar pada lagu penutup album itu.')).toEqual(['Darmoko']);
    expect(names('Poster itu memajang wajah Kirana di tengah halaman.')).toEqual(['Kirana']);
  });
});

describe('"kata" after a preposition is the noun "word", no speech verb', () => {
  it('Indonesian: "berasal dari kata <X>" names no one; "…, kata <Name>" still does', () => {
    expect(names('Nama dusun itu berasal dari kata Watugede yang berarti batu besar.')).toEqual([]);
    expect(names('Semua itu benar, kata Darmoko kepada wartawan.')).toEqual(['Darmoko']);
  });
});

describe('a service head\'s short title before a name', () => {
  it('Indonesian: "Kadis <Name>" (kepala dinas), as "Kades <Name>" (kepala desa)', () => {
    expect(names('Rapat itu dihadiri Kadis Sutrisno dan para kepala desa.')).toEqual(['Sutrisno']);
  });
});

describe('a speech verb that carries its own speaker ("menurutnya", "katanya") names no one before it', () => {
  it('Indonesian: "lift <Place> yang menurutnya …" is no speaker; "… <Name> mengatakan" still is', () => {
    expect(names('Ia juga menyinggung lift Wetan yang menurutnya harus terus dirawat.')).toEqual([]);
    expect(names('Dalam rapat itu Darmoko mengatakan lift itu harus terus dirawat.')).toEqual(['Darmoko']);
  });
});
