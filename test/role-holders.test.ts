// The holders of a role at an occasion (issue 11, reading names): "Pembicara acara ini adalah <A> dan <B>",
// "The speakers of the festival were <A> and <B>". The role is said only of people, so the names a copula or a list's
// introducer puts after it are people's, though a word for the occasion ("acara", "festival") stands between them, and
// the list goes on past an apposition ("<A>, pendiri …, dan <B>"). Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang): string[] => extractPeople(parseArticle('roles', `${text}\n`, { language })).map((p) => p.name);

describe('the holders of an occasion’s role after a copula or an introducer', () => {
  it('Indonesian: "Pembicara acara ini adalah …", "Pemenang turnamen itu ialah …", "Narasumber … ialah …"', () => {
    expect(names('Pembicara acara ini adalah Sulastri Wibowo dan Kartono Hadi.', 'id')).toEqual(['Sulastri Wibowo', 'Kartono Hadi']);
    expect(names('Pembicaranya adalah Wiradana.', 'id')).toEqual(['Wiradana']);
    expect(names('Narasumber diskusi kali ini ialah Sekarwangi.', 'id')).toEqual(['Sekarwangi']);
    expect(names('Pemenang turnamen itu ialah Sulastri Wibowo.', 'id')).toEqual(['Sulastri Wibowo']);
  });

  it('English: "The speakers of the festival were …", "The winners of the tournament were …"', () => {
    expect(names('The speakers of the festival were Sulastri Wibowo and Kartono Hadi.', 'en')).toEqual(['Sulastri Wibowo', 'Kartono Hadi']);
    expect(names('The speakers were Marlowe and Tansy.', 'en')).toEqual(['Marlowe', 'Tansy']);
    expect(names('The winners of the tournament were Sulastri Wibowo and Kartono Hadi.', 'en')).toEqual(['Sulastri Wibowo', 'Kartono Hadi']);
  });

  it('one word after a contest’s role may be a team: no one', () => {
    expect(names('Pemenang turnamen itu adalah Arema.', 'id')).toEqual([]);
    expect(names('The winner of the tournament was Rovers.', 'en')).toEqual([]);
  });

  it('the list goes on past an apposition of its first member', () => {
    expect(names('Pemateri acara ini adalah Sulastri, pendiri agensi Kreasi Digital, dan Kartono.', 'id')).toEqual(['Sulastri', 'Kartono']);
    expect(names('The speakers were Marlowe, a founder of Kreasi Digital, and Tansy.', 'en')).toEqual(['Marlowe', 'Tansy']);
  });

  it('without a role the words after the word for an occasion stay no one', () => {
    expect(names('Tema acara ini adalah Kota Lestari.', 'id')).toEqual([]);
    expect(names('The theme of the festival was Green Harbour.', 'en')).toEqual([]);
  });

  it('/ask names a speaker, not the topic', () => {
    const text = 'Seminar Pemasaran Digital (SPD) kembali digelar pekan ini. Tema tahun ini adalah strategi SEO.\n\nPemateri acara ini adalah Sulastri Wibowo, pendiri agensi Kreasi Digital, dan Kartono Hadi.';
    const a = answer(libraryFromText(`${text}\n`, 'id', '2024-05-01'), { command: 'ask', query: 'Siapa pemateri SPD?', locale: 'id' });
    expect(a.found).toBe(true);
    // The apposition of the first speaker does not end the list: both speakers answer.
    expect(a.found ? a.value : '').toBe('Sulastri Wibowo dan Kartono Hadi');
  });
});
