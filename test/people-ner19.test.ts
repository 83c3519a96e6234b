// Person names (ner19): a run ending in an English word for a body, a place or an honour, a work's title with its
// year after it, and a known place inside a longer capitalised run. Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner19', `${text}\n`, { language })).map((p) => p.name);

describe('a capitalised run ending in an English word for a place, an honour or a firm is no person', () => {
  it('"<Name> Theater", "<Name> Gallery", "<Name> Memorial" name places', () => {
    expect(names('Konser itu digelar bersama Marlowe Theater dan dihadiri ribuan penonton.')).not.toContain('Marlowe Theater');
    expect(names('Lukisan itu kini disimpan oleh Ashcombe Gallery sejak tahun 1990.')).not.toContain('Ashcombe Gallery');
    expect(names('Upacara itu diadakan dekat Keswick Memorial, bukan di alun-alun kota.')).not.toContain('Keswick Memorial');
  });

  it('"<Name> Medal", "<Name> Trophy", "<Name> Shield" are honours; "<Name> Contractors" a firm', () => {
    expect(names('Ia menerima Darnell Medal pada tahun 1998.')).not.toContain('Darnell Medal');
    expect(names('Tim itu dua kali merebut Halbrook Trophy, lalu Charity Shield setahun kemudian.')).toEqual([]);
    expect(names('Ia pernah bermain untuk Delta Contractors sebelum pindah ke Eropa.')).not.toContain('Delta Contractors');
  });

  it('the people beside them are still found', () => {
    expect(names('Haryo Wicaksono menerima Darnell Medal pada tahun 1998.')).toContain('Haryo Wicaksono');
    expect(names('He then took the Halbrook Trophy, his coach Martin Ellery said.', 'en')).toContain('Martin Ellery');
  });
});

describe('a work with its year in brackets after it, in a sentence about a work, is a title', () => {
  it('Indonesian: "film yang ia bintangi adalah <Title> (2011)"', () => {
    const found = names('Ia juga tampil dalam beberapa film, dan film yang ia bintangi berikutnya adalah Ombak Senja (2011).');
    expect(found).not.toContain('Ombak Senja');
  });

  it('English: "the next album he recorded was <Title> (1998)"', () => {
    expect(names('The next album he recorded, after two years away, was Silent Harbour (1998).', 'en')).not.toContain('Silent Harbour');
  });

  it('a year after a person in a list of champions is no work\'s', () => {
    const found = names('Juara dunia pembalap yaitu Haryo Wicaksono (1964) dan Bambang Sutrisno (1975).');
    expect(found).toContain('Haryo Wicaksono');
    expect(found).toContain('Bambang Sutrisno');
  });

  it('a doer\'s word between the work and the name stops it ("film … disutradarai oleh <Name> (2009)")', () => {
    expect(names('Film dokumenter itu disutradarai oleh Larasati Wulandari (2009) dan diputar di Jakarta.')).toContain('Larasati Wulandari');
  });
});

describe('a known place inside a longer capitalised run is part of the run', () => {
  it('Indonesian: a club with a city in its name is no person plus a place', () => {
    expect(names('Ia lalu memperkuat klub itu bersama Pelita Bandung Raya hingga 2014.')).toEqual([]);
    expect(names('Haryo Wicaksono menonton Red Hot Chili Peppers bersama Larasati Wulandari.')).toEqual(['Haryo Wicaksono', 'Larasati Wulandari']);
  });

  it('English: a band with a country in its name', () => {
    expect(names('He first saw Red Hot Chili Peppers in 1988.', 'en')).toEqual([]);
  });

  it('a place before a name with nothing capitalised before it leaves the name alone', () => {
    expect(names('Ahli botani Jerman Haryo Wicaksono mendaki gunung itu.')).toContain('Haryo Wicaksono');
  });
});

describe('a character played in a work', () => {
  it('"memerankan tokoh <Character> dalam <Film>", "karakter <Character> dalam …"', () => {
    expect(names('Namanya mulai dikenal setelah memerankan tokoh "Laras Pertiwi" dalam film "Senja di Teluk".')).toContain('Laras Pertiwi');
    expect(names('Ia kemudian dipilih sebagai pemeran karakter Mirelle dalam serial itu.')).toContain('Mirelle');
    expect(names('She later played the character Mirelle in a long-running series.', 'en')).toContain('Mirelle');
  });
});

describe('a number beside a word makes it no name', () => {
  it('a unit after a number ("1145 Ha yang …") and a word heading a number ("No. 011")', () => {
    expect(names('Luas desa itu 1145 Ha yang terbagi menjadi lima dusun.')).toEqual([]);
    expect(names('Sekolah itu berdiri dengan Surat Keputusan Menteri Pendidikan dan Kebudayaan No. 011 tahun 1995.')).toEqual([]);
  });
});

describe('a subject opening the sentence, then a time, a count or an order, then its verb', () => {
  it('Indonesian: "<Name> beberapa kali meliput …", "<Name> pertama mendapatkan …", "<Name> sampai saat ini telah …"', () => {
    expect(names('Wicaksono beberapa kali meliput pemilihan umum di luar negeri.')).toContain('Wicaksono');
    expect(names('Sutrisno pertama mendapatkan akses ke jaringan itu pada tahun 1979.')).toContain('Sutrisno');
    expect(names('Wulandari sampai saat ini telah menulis dua puluh novel.')).toContain('Wulandari');
  });

  it('English: "<Name> first won …"', () => {
    expect(names('Ellery first won the race in 1998.', 'en')).toContain('Ellery');
  });

  it('a place or a thing before such words with no verb after them is left alone', () => {
    expect(names('Wonosari sekarang kecamatan yang ramai.')).toEqual([]);
  });
});

describe('words that are no part of a name beside it', () => {
  it('"Beristri <Name>, …": ber- before a word for a relative opens the sentence as a verb', () => {
    expect(names('Beristri Larasati Wulandari, yang berasal dari Padang, ia dikaruniai dua anak.')).toEqual(['Larasati Wulandari']);
    expect(names('Bersuami Haryo Wicaksono, ia lalu pindah ke Medan.')).toEqual(['Haryo Wicaksono']);
  });

  it('"<Given> <Name> Hall": a foreign word for a place ending a given name and a name is the family name', () => {
    expect(names('Studio itu membuat kostum untuk aktor Kevin Marlowe Hall dan dua pemeran lain.')).toContain('Kevin Marlowe Hall');
    expect(names('Konser itu digelar di Albert Hall pada tahun 1970.')).toEqual([]);
  });
});
