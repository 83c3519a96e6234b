// Names opened or cut by initials, "H." between two name words, and a relative's word of another
// language opening the sentence: own sentences of the shapes news and encyclopedias write.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const names = (text: string): string[] => extractPeople(parseArticle('initials-1', `${text}\n`)).map((p) => p.name);

describe('two capitals before a name are initials', () => {
  it('keeps them in the name (Indonesian)', () => {
    expect(names('Pengamat hukum RT Wiratmoko mengatakan sidang itu ditunda.')).toContain('RT Wiratmoko');
    expect(names('Berbeda dengan Kolonel AR Pranoto, yang memilih bertahan di kota.')).toContain('AR Pranoto');
  });

  it('leaves a known place of two capitals out of the name ("AS" is the United States)', () => {
    expect(names('Berbeda dengan Kolonel AS Pranoto, yang memilih bertahan di kota.')).not.toContain('AS Pranoto');
  });

  it('keeps them in the name (English)', () => {
    expect(names('The report was written by analyst DJ Harrowgate, who said the talks had stalled.')).toContain('DJ Harrowgate');
  });

  it('gives no first name of two capitals: the surname is the short form', () => {
    const person = extractPeople(parseArticle('initials-2', 'Pengamat hukum RT Wiratmoko mengatakan sidang itu ditunda.\n')).find((p) => p.name === 'RT Wiratmoko');
    expect(person?.aliases).toContain('Wiratmoko');
    expect(person?.aliases).not.toContain('RT');
  });
});

describe('"H." between two name words is an initial, not Haji', () => {
  it('keeps the whole name (Indonesian and English)', () => {
    expect(names('Buku itu ditulis oleh Edward H. Marlowe pada tahun 1994.')).toContain('Edward H. Marlowe');
    expect(names('The book was written by Edward H. Marlowe in 1994.')).toContain('Edward H. Marlowe');
  });

  it('still reads "H." before a name as the title Haji', () => {
    expect(names('Bupati H. Sulaiman Harahap membuka acara itu.').some((n) => n.endsWith('Sulaiman Harahap'))).toBe(true);
  });
});

describe('a relative word of another language opening an Indonesian sentence is a name', () => {
  it('keeps "Son" in the name', () => {
    expect(names('Son Ji-hoon mencetak dua gol dalam pertandingan itu.')).toContain('Son Ji-hoon');
  });

  it('still leaves out an Indonesian relative word opening the sentence', () => {
    expect(names('Kakek Sudarmo pergi ke pasar setiap pagi.')).toContain('Sudarmo');
  });
});

describe('one name word after a place named after a locative, before a person\'s act, is the subject', () => {
  it('finds the person (Indonesian)', () => {
    expect(names('Selama kuliah di Bandung Sutrisno sangat aktif berorganisasi.')).toContain('Sutrisno');
    expect(names('Setelah pindah ke Surabaya Wiryawan membuka bengkel.')).toContain('Wiryawan');
  });

  it('keeps a place name of two words a place', () => {
    expect(names('Ia tinggal di Jakarta Selatan bersama keluarganya.')).toEqual([]);
    expect(names('Rapat digelar di Jakarta Convention Center kemarin.')).toEqual([]);
  });
});
