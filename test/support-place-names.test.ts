// A question that spells a region out ("Kalimantan Timur") is supported by a passage that writes
// its short form ("Kaltim"), and the other way round; another region is still not supported.
import { describe, expect, it } from 'vitest';
import { find } from '../src/answer/index.js';
import { readQuery } from '../src/query/query.js';
import { LONG, supportedDespite, type Gap } from '../src/answer/support.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const libraryOfText = (text: string) => libraryOf(entriesOf([parseArticle('dinas', `${text}\n`, { language: 'id' })], understand));
const ask = (library: ReturnType<typeof libraryOfText>, query: string) => find(library, readQuery({ command: 'ask', query }));

describe('a region named in the question, written in the passage by another of its names', () => {
  const shortForm = libraryOfText(
    'Samarinda - Kepala Dinas Kehutanan Kaltim, Budi Santoso, mengatakan lahan yang terbakar mencapai 40 hektare pada pekan ini.',
  );

  it('the spelled-out province finds the role written with its short form', () => {
    expect(ask(shortForm, 'Siapa Kepala Dinas Kehutanan Kalimantan Timur?')).toMatchObject({ found: true, value: 'Budi Santoso' });
  });

  it('another province is still refused', () => {
    expect(ask(shortForm, 'Siapa Kepala Dinas Kehutanan Kalimantan Selatan?')).toMatchObject({ found: false });
  });
});

describe('a place the question names after a kind of state or place', () => {
  const ask2 = (text: string, query: string, language: 'id' | 'en') =>
    find(libraryOf(entriesOf([parseArticle('negara', `${text}\n`, { language })], understand)), readQuery({ command: 'ask', query }));

  it('is the name itself, which the passage must write: not a role’s country left unsaid (Indonesian)', () => {
    const text = 'Darmo Wiratama menjadi presiden pertama setelah negara itu merdeka pada 1945. Ia menjabat selama dua puluh tahun.';
    expect(ask2(text, 'Siapa presiden pertama Republik Ceko?', 'id')).toMatchObject({ found: false });
    // A role's country may still go unsaid: the article's own.
    const role = 'Menteri Perindustrian Budi Lorem meresmikan pabrik semen baru di Parangsari pada Senin.';
    expect(ask2(role, 'Siapa Menteri Perindustrian Indonesia?', 'id')).toMatchObject({ found: true, value: 'Budi Lorem' });
  });

  it('is the name itself, which the passage must write: not a role’s country left unsaid (English)', () => {
    const text = 'Manuel Varden became the first president after independence in 1826. He served for ten years.';
    expect(ask2(text, 'Who was the first president of the Republic of Chile?', 'en')).toMatchObject({ found: false });
  });
});

describe('a place of the context in a very long question', () => {
  it('may go unsaid by the answer’s passage, as a year may', () => {
    const text =
      'Di antara korban tewas kecelakaan itu tercatat Budi Lorem, Bupati Sleman, yang hendak menghadiri rapat para bupati.';
    const a = ask(libraryOfText(text), 'Siapa nama bupati yang tewas dalam kecelakaan bus pariwisata di Bekasi, Jawa Barat, Senin lalu?');
    expect(a).toMatchObject({ found: true, value: 'Budi Lorem' });
  });
});

describe('how many places of context a very long question may leave unsaid', () => {
  const other = (term: string): Gap => ({ term, kind: 'other', contradicted: false });
  const place = (term: string): Gap => ({ term, kind: 'place', contradicted: false, context: true });
  const others = [other('bus'), other('pariwisata'), other('lalu')];
  it('counts no known place, but a people’s name as any other word', () => {
    expect(supportedDespite([...others, place('bekasi'), place('jawa barat'), place('medan jakarta')], LONG, false)).toBe(true);
    expect(supportedDespite([...others, place('american')], LONG, false)).toBe(false);
  });
});
