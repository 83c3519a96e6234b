// The name recogniser and the person rules built on it: where a name stops, which cue makes a run of
// name words a person, and the role a title or an apposition gives. Every sentence here is written for
// the test, in the shapes news and encyclopedic text use.
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/extract/organisations.js';
import { extractPeople } from '../src/extract/people.js';
import { extractPlaces } from '../src/extract/places.js';
import { readNames } from '../src/extract/names.js';
import { parseArticle } from '../src/load/article.js';
import type { Article, Person } from '../src/types.js';

const article = (text: string, language: 'id' | 'en' = 'id'): Article => parseArticle('written', `${text}\n`, { language });
const names = (text: string, language: 'id' | 'en' = 'id'): string[] => extractPeople(article(text, language)).map((p) => p.name);
const person = (text: string, name: string, language: 'id' | 'en' = 'id'): Person => {
  const people = extractPeople(article(text, language));
  const p = people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name}; have ${people.map((x) => x.name).join(', ')}`);
  return p;
};

describe('readNames: one recogniser classes every capitalised run', () => {
  it('classes titles, organisation words and name words of a run', () => {
    const read = readNames(article('Kemarin Ketua Fraksi Partai Lorem Budi Santoso hadir.'));
    const p = read.paragraphs[0]!;
    const ketua = p.words.findIndex((w) => w.text === 'Ketua');
    const run = p.runs.find((r) => r.first <= ketua && ketua <= r.runLast)!;
    const classes = p.words.slice(ketua, run.runLast + 1).map((_, k) => p.classes[ketua + k]);
    // "Lorem" is a one-word party name: three name words follow the word for an organisation.
    expect(classes).toEqual(['title', 'organisation', 'organisation', 'organisation', 'name', 'name']);
  });

  it('marks a run after "di" or a lower-case kind word as never a person', () => {
    const p = readNames(article('Rapat digelar di Balai Kartini, lalu band Lorem Ipsum tampil.')).paragraphs[0]!;
    const known = p.words.filter((w, i) => p.known[i] && w.cap).map((w) => w.text);
    expect(known).toEqual(['Balai', 'Kartini', 'Lorem', 'Ipsum']);
  });
});

describe('names stop at organisations, places and prepositions', () => {
  it('a party name learnt from the article is not glued to the name (Indonesian)', () => {
    const text = 'Sekjen Gerindo Ahmad Mulyadi hadir. Ketua Fraksi Partai Gerindo Ahmad Mulyadi berbicara.';
    expect(names(text)).toEqual(['Ahmad Mulyadi']);
    expect(person(text, 'Ahmad Mulyadi').role).toBe('Sekjen Gerindo');
    expect(person('Ketua Fraksi Partai Gerindo Ahmad Mulyadi berbicara di depan wartawan.', 'Ahmad Mulyadi').role).toBe('Ketua Fraksi Partai Gerindo');
  });

  it('a committee before the name is part of the role: "Ketua Pansus <Name>"', () => {
    expect(person('Hal itu dibenarkan Ketua Pansus Lukas Edwin kepada wartawan.', 'Lukas Edwin').role).toBe('Ketua Pansus');
  });

  it('"di", "ke" never join a name: "Arif di Balai Kartini"', () => {
    const text = 'Menurut Arif di Balai Kartini, acara itu dibuka pukul sembilan.';
    expect(names(text)).toEqual(['Arif']);
    expect(extractPlaces(article(text)).map((p) => p.name)).toContain('Balai Kartini');
  });

  it('buildings and outlets are not people: "Kompleks Parlemen", "Warta Parlemen"', () => {
    const text = 'Anggota dewan berkumpul di Kompleks Parlemen, Senayan. Warta Parlemen Harian melaporkan rapat itu.';
    expect(names(text)).toEqual([]);
    expect(extractOrganisations(article(text)).map((o) => o.name)).toContain('Warta Parlemen Harian');
  });

  it('English: a name stops before "in", "at", and a company is no person', () => {
    const text = 'Analyst Mark Doyle at Bridgeport Capital said demand fell. Singer Ann Kerr signed with Harbor Records in Leeds.';
    expect(names(text, 'en')).toEqual(['Mark Doyle', 'Ann Kerr']);
  });
});

describe('cues that make name words a person', () => {
  it('a lone name opening a clause before its predicate (Indonesian)', () => {
    expect(names('Pada tahun 1998 Wiratmo pindah ke Bandung dan bergabung dengan sebuah sanggar.')).toEqual(['Wiratmo']);
    expect(names('Rinaldi adalah seorang pemain biola asal Medan.')).toEqual(['Rinaldi']);
    // A place or a thing as the predicate's noun is no person.
    expect(names('Sukamulya adalah desa di kecamatan Cibeber.')).toEqual([]);
  });

  it('a relation, a work or a list names a person (Indonesian)', () => {
    expect(names('Ia tinggal bersama istrinya, Marlina, di pinggir kota.')).toEqual(['Marlina']);
    expect(names('Film itu dibintangi Dewanto dan disutradarai Reza Pahlevi.')).toEqual(expect.arrayContaining(['Dewanto', 'Reza Pahlevi']));
    expect(names('Band itu beranggotakan Yudi (vokal), Heru (gitar), dan Tono (drum).')).toEqual(['Yudi', 'Heru', 'Tono']);
  });

  it('initials, particles, regnal numbers and suffixes stay in the name', () => {
    expect(names('Hadiah itu diterima bersama dengan Jonas K. Bergman dari Swedia.')).toEqual(['Jonas K. Bergman']);
    expect(names('Penyanyi Rusti br Siregar tampil malam itu.')).toEqual(['Rusti br Siregar']);
    expect(names('Gereja itu dibangun oleh Raja Frederik III pada abad ke-18.')).toEqual(['Frederik III']);
    expect(names('The award went to Martin Hale Jr. last year.', 'en')).toEqual(['Martin Hale Jr.']);
  });

  it('a nickname in quotes stays in the name; a country before a name does not glue it to anything', () => {
    expect(names('Robert "Bobby" Lane Tanner adalah seorang pemain sepak bola.')).toEqual(['Robert "Bobby" Lane Tanner']);
    expect(names('Pada tahun 1894 ahli botani Jerman Johan Gottlieb Hanser mendaki gunung itu.')).toEqual(['Johan Gottlieb Hanser']);
  });

  it('capitalised common nouns of titles and awards are no name (both languages)', () => {
    expect(names('Ia meraih Piala Aktor Terbaik dan nominasi Musik Terbaik tahun itu.')).toEqual([]);
    expect(names('The record won Best Album at the ceremony.', 'en')).toEqual([]);
  });

  it('an occupation or an honorific before the name is not part of it', () => {
    expect(names('Produser Hendra Wijaya dan sutradara Maya Sari sedang mencari pemeran utama.')).toEqual(['Hendra Wijaya', 'Maya Sari']);
    expect(names('Namun niat mengusung Mbak Lestari akhirnya urung.')).toEqual(['Lestari']);
  });
});

describe('English roles: honorifics are not roles; the title before the name or the apposition after it is', () => {
  const text = [
    'Whig co-chairman Liam Forde said the plan would fail. CBI director general Digby Jonas said firms were worried.',
    'Ed Bolls, ex-chief economic adviser to the Treasury, said the figures were sound. Dr Forde told the radio the party would vote against it.',
  ].join('\n\n');

  it('reads a qualified lower-case title before the name', () => {
    expect(person(text, 'Liam Forde', 'en').role).toBe('Whig co-chairman');
    expect(person(text, 'Digby Jonas', 'en').role).toBe('CBI director general');
  });

  it('keeps the lower-case role words between the qualifier and the title, and stops at other words', () => {
    const roles = 'Harbour finance director Nell Ortega said the books were balanced. Later the county planning chief Ravi Mehta said the plans were ready. Voters met finance officer Jo Tanner.';
    expect(person(roles, 'Nell Ortega', 'en').role).toBe('Harbour finance director');
    expect(person(roles, 'Ravi Mehta', 'en').role).toBe('county planning chief');
    expect(person(roles, 'Jo Tanner', 'en').role).toBe('finance officer');
  });

  it('a sentence-initial place or role word qualifies the title even where the article writes it in lower case elsewhere', () => {
    const text = 'Port director Sam Obi said the offer stood.\n\nThe last strike at the port lasted nine days.';
    expect(person(text, 'Sam Obi', 'en').role).toBe('Port director');
  });

  it('reads an apposition with a hyphenated title', () => {
    expect(person(text, 'Ed Bolls', 'en').role).toBe('ex-chief economic adviser to the Treasury');
  });

  it('"Dr", "Mr", "Sir" are never the role', () => {
    expect(person('Dr Helen Marsh spoke first. Sir Alan Budd replied.', 'Helen Marsh', 'en').role).toBeUndefined();
    expect(person('Dr Helen Marsh spoke first. Sir Alan Budd replied.', 'Alan Budd', 'en').role).toBeUndefined();
    expect(person('Kemarin Bapak Suryadi menyampaikan pendapatnya.', 'Suryadi').role).toBeUndefined();
  });
});
