// A question in one language about an article in the other shares no word with it: "Who is the
// police chief?" of an article that writes "Kapolres", "Siapa menteri keuangan?" of one that writes
// "finance minister". The passages are found by the roles' words in the other language, and the
// answer is still checked against the passage: a role the article does not give is refused.
import { describe, expect, it } from 'vitest';
import { find } from '../src/answer/index.js';
import { readQuery } from '../src/query/query.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const libraryOfText = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, `${text}\n`, { language })], understand));
const ask = (library: ReturnType<typeof libraryOfText>, query: string) => find(library, readQuery({ command: 'ask', query }));

describe('a role asked in the other language of the article', () => {
  const indonesian = libraryOfText(
    'banjir',
    'Bogor - Kapolres Bogor AKBP Hendra Wijaya mengatakan dua jembatan putus akibat banjir pada Selasa.\n\nWarga mengungsi ke balai desa.',
    'id',
  );
  const english = libraryOfText(
    'budget',
    'LONDON - Finance minister Clara Hughes said on Monday the budget would be cut.\n\nThe opposition called the plan reckless.',
    'en',
  );

  it('an English question finds the Indonesian short form of the role', () => {
    expect(ask(indonesian, 'Who is the police chief?')).toMatchObject({ found: true, value: expect.stringContaining('Hendra Wijaya') });
  });

  it('every short form of a police chief is one ("Kapolrestabes", a big city\'s)', () => {
    const city = libraryOfText('kota', 'Surabaya - Kapolrestabes Surabaya, Kombes Pol Rudi Lorem, mengatakan tersangka telah diperiksa.', 'id');
    expect(ask(city, 'Who is the Surabaya police chief?')).toMatchObject({ found: true, value: expect.stringContaining('Rudi Lorem') });
  });

  it('an Indonesian question finds the English role', () => {
    expect(ask(english, 'Siapa menteri keuangan?')).toMatchObject({ found: true, value: 'Clara Hughes' });
  });

  it('a role of two words is said by the one word of the other language ("wali kota" ~ "mayor")', () => {
    const mayor = libraryOfText('harbour', 'HARWICK - The mayor of Harwick, Ellen Doyle, said the harbour would reopen in May.', 'en');
    expect(ask(mayor, 'Siapa wali kota Harwick?')).toMatchObject({ found: true, value: 'Ellen Doyle' });
    expect(ask(mayor, 'Siapa wali kota Lorton?')).toMatchObject({ found: false });
    expect(ask(mayor, 'Siapa duta besar Harwick?')).toMatchObject({ found: false });
  });

  it('a role the article does not give is still refused, in either language', () => {
    expect(ask(indonesian, 'Who is the finance minister?')).toMatchObject({ found: false });
    expect(ask(english, 'Siapa kepala polisi?')).toMatchObject({ found: false });
  });
});

// /who reads an office as /ask does: by its words in either language, its people's word, and a short form only by what it shortens.
const who = (library: ReturnType<typeof libraryOfText>, query: string) => find(library, readQuery({ command: 'who', query }));

describe('/who of an office in the other language of the article', () => {
  const indonesian = libraryOfText('menlu', 'Menteri Luar Negeri Prancis Jules Ipsum bertemu Menteri Pertahanan Budi Lorem di Jakarta, Senin.', 'id');
  const english = libraryOfText('fm', 'PARIS - French Foreign Minister Jules Ipsum met the defence minister, Budi Lorem, on Monday.', 'en');

  it('an English office of an Indonesian article, with its people’s word', () => {
    expect(who(indonesian, 'foreign minister')).toMatchObject({ found: true, value: expect.stringContaining('Jules Ipsum') });
    expect(who(indonesian, 'French foreign minister')).toMatchObject({ found: true, value: expect.stringContaining('Jules Ipsum') });
  });

  it('an Indonesian office of an English article, in full or by its short form', () => {
    expect(who(english, 'menteri luar negeri')).toMatchObject({ found: true, value: expect.stringContaining('Jules Ipsum') });
    expect(who(english, 'Menlu')).toMatchObject({ found: true, value: expect.stringContaining('Jules Ipsum') });
  });

  it('a short form is said only by what it shortens: "Menlu" is no defence minister', () => {
    const defence = libraryOfText('menhan', 'Menteri Pertahanan Budi Lorem mengatakan latihan itu berjalan lancar.', 'id');
    expect(who(defence, 'Menlu')).toMatchObject({ found: false });
    expect(ask(defence, 'Siapa Menlu?')).toMatchObject({ found: false });
    expect(who(defence, 'Menhan')).toMatchObject({ found: true, value: expect.stringContaining('Budi Lorem') });
  });
});

describe('one portfolio is not another', () => {
  it('"Menteri Dalam Negeri" is no "Menteri Luar Negeri", though "dalam" is a function word; "Mendagri" is', () => {
    const foreign = libraryOfText('luar', 'Menteri Luar Negeri Budi Lorem mengatakan perundingan berjalan lancar.', 'id');
    expect(ask(foreign, 'Siapa Menteri Dalam Negeri?')).toMatchObject({ found: false });
    expect(who(foreign, 'Menteri Dalam Negeri')).toMatchObject({ found: false });
    expect(ask(foreign, 'Siapa Menteri Luar Negeri?')).toMatchObject({ found: true, value: expect.stringContaining('Budi Lorem') });
    const home = libraryOfText('dalam', 'Mendagri Budi Lorem mengatakan pemilu berjalan lancar.', 'id');
    expect(ask(home, 'Siapa Menteri Luar Negeri?')).toMatchObject({ found: false });
    expect(ask(home, 'Who is the home minister?')).toMatchObject({ found: true, value: expect.stringContaining('Budi Lorem') });
  });

  it('in English too: the foreign minister is no home minister', () => {
    const english = libraryOfText('fm2', 'LONDON - Foreign minister Clara Hughes said on Monday the talks would go on.', 'en');
    expect(ask(english, 'Siapa Menteri Dalam Negeri?')).toMatchObject({ found: false });
    expect(who(english, 'home minister')).toMatchObject({ found: false });
  });
});

describe('offices, bodies and relatives of the other language', () => {
  const indonesian = libraryOfText(
    'jerman',
    'Berlin - Kanselir Jerman Budi Lorem menyebut keputusan itu keliru. Sekretaris Jenderal PBB Cahya Ipsum mengatakan sangat menyesal.\n\nAgus Dolor tiba di bandara bersama istrinya, Siti Amet.',
    'id',
  );
  const english = libraryOfText(
    'berlin',
    'BERLIN - German Chancellor Budi Lorem said the decision was wrong. UN Secretary-General Cahya Ipsum said he regretted it.\n\nAgus Dolor arrived at the airport with his wife, Siti Amet.',
    'en',
  );

  it('a chancellor is a "kanselir", the UN is the "PBB"', () => {
    expect(ask(indonesian, 'Who is the German chancellor?')).toMatchObject({ found: true, value: expect.stringContaining('Budi Lorem') });
    expect(ask(indonesian, 'Who is the UN secretary-general?')).toMatchObject({ found: true, value: expect.stringContaining('Cahya Ipsum') });
    expect(ask(english, 'Siapa Kanselir Jerman?')).toMatchObject({ found: true, value: expect.stringContaining('Budi Lorem') });
    expect(ask(english, 'Siapa Sekretaris Jenderal PBB?')).toMatchObject({ found: true, value: expect.stringContaining('Cahya Ipsum') });
  });

  it('a wife is an "istri"', () => {
    expect(ask(indonesian, "Who is Agus Dolor's wife?")).toMatchObject({ found: true, value: 'Siti Amet' });
    expect(ask(english, 'Siapa istri Agus Dolor?')).toMatchObject({ found: true, value: 'Siti Amet' });
  });

  it('an office of another country is still refused', () => {
    expect(ask(indonesian, 'Who is the French chancellor?')).toMatchObject({ found: false });
  });
});
