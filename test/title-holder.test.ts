// A question that asks only who holds a title ("Siapa Presiden Lorem?", "Who is the President of
// Lorem?") is answered by the one the passage writes beside that title, never by another name of
// the sentence, and not at all where the title stands with no one beside it. Sentences written for
// these tests, in both languages.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import type { Language } from '../src/types.js';

function library(text: string, language: Language): Library {
  return libraryOf(entriesOf([parseArticle('artikel', `${text}\n`, { language, publishedAt: '2025-03-12' })], understand));
}
const ask = (lib: Library, query: string, locale: 'id' | 'en'): string | undefined => {
  const reply = answer(lib, { command: 'ask', query, locale });
  return reply.found ? reply.value : undefined;
};

describe('who holds the asked title', () => {
  // Where the country is named all over the article, the sentence's other "Presiden" stands nearer
  // the rarer question word: the title as asked decides.
  it('the name beside the title, not another one in the sentence with a bare title (Indonesian)', () => {
    const lib = library(
      [
        'Kenya sedang memeriksa kabar bahwa pengemudi truk yang menabrak pasar di Chicago pada Senin adalah warga Kenya.',
        'Seorang pejabat Kementerian Luar Negeri Kenya mengatakan pihaknya terus memantau kabar itu.',
        'Sementara itu, Presiden Kenya, Lorem Ipsumov, mengirimkan surat duka kepada Presiden Dolor Sitwell.',
        'Dalam surat itu, Ipsumov menyatakan Kenya siap membantu penyelidikan.',
        'Kenya selama ini dikenal sebagai negara yang jarang terlibat kasus serupa.',
        'Tahun lalu, seorang warga Kenya juga ditahan di Berlin.',
      ].join('\n\n'),
      'id',
    );
    expect(ask(lib, 'Siapa Presiden Kenya?', 'id')).toBe('Lorem Ipsumov');
  });
  it('the same in English', () => {
    const lib = library(
      [
        'Kenya is checking reports that the driver of the truck that hit a market in Chicago on Monday is a Kenyan citizen.',
        'An official of the Kenya foreign ministry said it was following the reports.',
        'Meanwhile, the President of Kenya, Lorem Ipsumov, sent a letter of condolence to President Dolor Sitwell.',
        'In the letter, Ipsumov said Kenya was ready to help the investigation.',
        'Kenya has long been seen as a country rarely linked to such cases.',
        'Last year, a Kenya citizen was also detained in Berlin.',
      ].join('\n\n'),
      'en',
    );
    expect(ask(lib, 'Who is the President of Kenya?', 'en')).toBe('Lorem Ipsumov');
  });
  it('a name before the title it holds ("X yang kala itu menjabat Ketua Dewan Lorem")', () => {
    const lib = library('Menurut pengacaranya, Budi Santoso yang kala itu menjabat Ketua Dewan Lorem tidak bisa diperiksa jaksa.', 'id');
    expect(ask(lib, 'Siapa Ketua Dewan Lorem?', 'id')).toBe('Budi Santoso');
  });
  it('a title with no one beside it says nobody holds it: "not in the article"', () => {
    const id = library('Penghargaan itu diberikan Kapolda Lorem Raya di hadapan para Perwira Menengah, Senin pagi.', 'id');
    expect(ask(id, 'Siapa Kapolda Lorem Raya?', 'id')).toBeUndefined();
    const en = library('The award was handed over by the Police Chief of Lorem in front of Senior Officers on Monday.', 'en');
    expect(ask(en, 'Who is the Police Chief of Lorem?', 'en')).toBeUndefined();
  });
});

describe('the holder right after the whole asked title', () => {
  it('the name after the title the question asks, not the one before "dan" holding a shorter title', () => {
    const lib = library('Di atas panggung, Ketua Partai Lorem Budi Santoso dan Ketua Fraksi Partai Lorem di Parlemen Hendra Wijaya duduk berdampingan.', 'id');
    expect(ask(lib, 'Siapakah Ketua Fraksi Partai Lorem di Parlemen?', 'id')).toBe('Hendra Wijaya');
  });
  it('a name written right after a title closed by a place, read as more of the place', () => {
    const lib = library(
      'Dua tokoh Lorem - Pemimpin Majelis Tinggi untuk Revolusi Ipsum di Irak Ahmad al Karim dan juru bicara Dolor, Budi Santoso, menuding pihak lain.',
      'id',
    );
    expect(ask(lib, 'Siapakah Pemimpin Majelis Tinggi untuk Revolusi Ipsum di Irak?', 'id')).toBe('Ahmad al Karim');
  });
});
