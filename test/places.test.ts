import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../src/extract/places.js';
import { parseArticle } from '../src/load/article.js';
import type { Article, Place } from '../src/types.js';

const fixture = (name: string): Article =>
  parseArticle(name, readFileSync(join(import.meta.dirname, 'fixtures', `${name}.txt`), 'utf8'));

const place = (places: readonly Place[], name: string): Place => {
  const p = places.find((x) => x.name === name);
  if (!p) throw new Error(`no place ${name}; have ${places.map((x) => x.name).join(', ')}`);
  return p;
};

describe('extractPlaces', () => {
  const tempo = extractPlaces(fixture('tempo-2024-11-02-korut-rusia'));

  it('finds gazetteer places as written, with the English names readers type', () => {
    expect(place(tempo, 'Moskow').aliases).toContain('Moscow');
    expect(place(tempo, 'Korea Utara').aliases).toEqual(expect.arrayContaining(['North Korea', 'Korut']));
    expect(place(tempo, 'Korea Selatan').aliases).toContain('South Korea');
    expect(place(tempo, 'Rusia').aliases).toContain('Russia');
    expect(place(tempo, 'Ukraina').aliases).toContain('Ukraine');
    expect(place(tempo, 'AS').aliases).toEqual(expect.arrayContaining(['Amerika Serikat', 'United States']));
    expect(place(tempo, 'Pyongyang').paragraphs).toEqual([2, 3, 5, 7]);
  });

  it('counts hyphenated and short forms as the same place ("Rusia-Korut", "Korea-Soviet")', () => {
    expect(place(tempo, 'Korea Utara').paragraphs).toContain(7); // "Rusia-Korut"
    expect(place(tempo, 'Rusia').paragraphs).toContain(5); // "Rusia-Korea Utara"
  });

  it('finds a place outside the gazetteer after a locative: "ke wilayah Kursk"', () => {
    expect(place(tempo, 'Kursk').paragraphs).toEqual([3]);
  });

  it('takes the dateline city as a place of the lede', () => {
    expect(place(tempo, 'Jakarta').paragraphs).toEqual([1]);
  });

  it('reads buildings and districts after "di": "di Gedung Djuanda I", "di Istana Merdeka Jakarta", "Jakarta Pusat"', () => {
    expect(place(extractPlaces(fixture('cnnindonesia-2017-03-06-ekonomi-china')), 'Gedung Djuanda I').paragraphs).toEqual([3]);
    const pilkada = extractPlaces(fixture('rimanews-2017-04-18-pilkada-dki'));
    expect(pilkada.map((p) => p.name)).toEqual(expect.arrayContaining(['Istana Merdeka', 'Jakarta', 'Jakarta Pusat']));
  });

  it('maps epithets and Indonesian short forms to the country', () => {
    const apec = extractPlaces(fixture('cnnindonesia-2017-05-17-tpp-apec'));
    expect(place(apec, 'Amerika Serikat').aliases).toEqual(expect.arrayContaining(['AS', 'Negeri Paman Sam', 'United States']));
    expect(place(apec, 'Hanoi').paragraphs).toEqual([2, 6, 9]);
    const ekonomi = extractPlaces(fixture('cnnindonesia-2017-03-06-ekonomi-china'));
    expect(place(ekonomi, 'China').aliases).toEqual(expect.arrayContaining(['Tiongkok', 'Tirai Bambu']));
  });

  it('never makes a place of a person or an organisation', () => {
    const names = tempo.flatMap((p) => [p.name, ...p.aliases]);
    for (const notPlace of ['Vladimir Putin', 'Putin', 'Kim Jong Un', 'KCNA', 'NATO', 'Antara']) expect(names).not.toContain(notPlace);
    const apec = extractPlaces(fixture('cnnindonesia-2017-05-17-tpp-apec')).map((p) => p.name);
    expect(apec).not.toContain('Reuters'); // "kepada Reuters di Hanoi"
    expect(apec).not.toContain('Kampus Harvard Kennedy');
  });

  it('reads English: gazetteer names, a capitalised dateline, "in Port Alder", "at Kelsey Point", "to Portland"', () => {
    const tokyo = extractPlaces(fixture('en-people-2024-05-20-tokyo-talks'));
    expect(place(tokyo, 'Tokyo').paragraphs).toEqual([1]);
    expect(place(tokyo, 'North Korea').aliases).toContain('Korea Utara');
    expect(tokyo.map((p) => p.name)).toEqual(expect.arrayContaining(['Seoul', 'Manila', 'Japan', 'China', 'Beijing']));
    const port = extractPlaces(fixture('en-places-2023-09-15-port-alder-strike'));
    expect(port.map((p) => p.name)).toEqual(['Port Alder', 'Kelsey Point', 'Portland', 'Oregon']); // a US state, a gazetteer place
    expect(place(port, 'Port Alder').paragraphs).toEqual([1, 4]);
  });
});

describe('extractPlaces: place names keep their kind-word and their parts', () => {
  const read = (text: string, language: 'id' | 'en' = 'id') => extractPlaces(parseArticle('written', `${text}\n`, { language })).map((p) => p.name);

  it('"Kepulauan <Region>", "Provinsi <Province>": the kind-word stays with a gazetteer name', () => {
    const places = read('Gempa terasa di Kepulauan Maluku. Provinsi Jawa Timur mengirim bantuan.');
    expect(places).toEqual(expect.arrayContaining(['Kepulauan Maluku', 'Provinsi Jawa Timur']));
    expect(places).toEqual(expect.arrayContaining(['Maluku', 'Jawa Timur'])); // still found by their own names
  });

  it('an address after a place: "di Kompleks Parlemen, Senayan, Jakarta"', () => {
    expect(read('Rapat digelar di Kompleks Parlemen, Senayan, Jakarta, Selasa (3/10).')).toEqual(['Kompleks Parlemen', 'Senayan', 'Jakarta']);
  });

  it('English: "at Riverside Hall, Eastbrook, London"', () => {
    expect(read('The talks were held at Riverside Hall, Eastbrook, London, on Monday.', 'en')).toEqual(['Riverside Hall', 'Eastbrook', 'London']);
  });
});

describe('extractPlaces: how English marks a place the gazetteer does not know', () => {
  const read = (text: string, language: 'id' | 'en' = 'en') => extractPlaces(parseArticle('written', `${text}\n`, { language })).map((p) => p.name);

  it('"at the port of X", "in the town of X", and "The city of X" without a locative', () => {
    expect(read('Crews at the port of Saltmarsh stopped work on Friday.')).toEqual(['Saltmarsh']);
    expect(read('Ferries from the island of Kelda were cancelled.')).toEqual(['Kelda']);
    expect(read('The town of Brackwell voted against the plan.')).toEqual(['Brackwell']);
    // A determiner alone opens no place: "in the Second World War" names none.
    expect(read('Many houses were lost in the Second World War.')).toEqual([]);
  });

  it('"X-based", "X-born": the capitalised words before the hyphen', () => {
    expect(read('The Dunmore-based haulier said prices would rise.')).toEqual(['Dunmore']);
    expect(read('A Port Ellis-born singer returned home.')).toEqual(['Port Ellis']);
    // Not a place: an acronym, or a hyphenated word of another kind.
    expect(read('The BBC-based panel and a well-known critic met.')).toEqual([]);
  });

  it('"X, a town in Y", "X, the capital of Y": an apposition naming a kind of place', () => {
    expect(read('Harrowgate, a small market town in the north, went to the polls.')).toEqual(['Harrowgate']);
    expect(read('Strikers marched through Lenmouth, a busy port on the coast.')).toEqual(['Lenmouth']);
    expect(read('Officials flew to Varnia, the capital of the region, on Sunday.')).toContain('Varnia');
    // An apposition of another kind names a person, not a place.
    expect(read('Jane Holloway, a resident of the town, said she was afraid.')).toEqual([]);
  });

  it('a building named after "the", kept whole: "in the Harbour Maritime Museum", "at the Palace of Arts and Crafts"', () => {
    expect(read('The flags hang in the Lenmouth Maritime Museum.')).toEqual(['Lenmouth Maritime Museum']);
    expect(read('The concert was held at the Palace of Arts and Crafts on Sunday.')).toEqual(['Palace of Arts and Crafts']);
    expect(read('The talks went on in the Old Customs House, officials said.')).toEqual(['Old Customs House']);
    // "the" and capitals without a building word name no place ("in the Second World War", "in the Senate").
    expect(read('The bill failed in the Upper Senate.')).toEqual([]);
  });

  it('a list after one locative: "to Alder and Brennick"', () => {
    expect(read('Ships were sent to Alderholt and Brennick.')).toEqual(['Alderholt', 'Brennick']);
    expect(read('Kapal dialihkan ke Kotabaru dan Tanjung Lesung.', 'id')).toEqual(['Kotabaru', 'Tanjung Lesung']);
  });

  it('no place of a numbered part, an event, or a possessive\'s "s"', () => {
    expect(read('The right is set out in Article 9 of the charter.')).toEqual([]);
    expect(read('His grandfather fought in World War II.')).toEqual([]);
    expect(read("Crowds gathered in Dunmore's old square.")).toEqual(['Dunmore']);
  });
});
