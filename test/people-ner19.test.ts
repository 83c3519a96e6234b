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
