// A question that changes one word of a name the passage writes is not answered: the other word
// stands in its place there ("Marta Wenz" at the head of a sentence for "Lukas Wenz"; "Raja Tomas
// VII" for "Raja Tomas Belanda"). The same name asked by its part, or with a word capitalised only
// because it opens the sentence, is still answered. Passages, people and places are invented for
// these tests.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const libraryWith = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, text, { language, publishedAt: '2024-08-12' })], understand));
const ask = (library: ReturnType<typeof libraryWith>, query: string, locale: 'id' | 'en') => answer(library, { command: 'ask', query, locale });

describe('another first name opening the sentence in the place of the asked one', () => {
  const indonesian = libraryWith('aktris', 'Marta Wenz (12 Maret 1931 – 4 Mei 1990) adalah seorang penyanyi dan aktris panggung dari Tirana Raya.', 'id');
  const english = libraryWith('painter', 'Velmar Brandl (born 3 June 1948) is a painter from the river town of Vell who works in oils.', 'en');

  it('refuses the name with another first name (Indonesian)', () => {
    expect(ask(indonesian, 'Kapan Lukas Wenz lahir?', 'id').found).toBe(false);
    expect(ask(indonesian, 'Kapan Marta Wenz lahir?', 'id').value).toContain('1931');
  });

  it('refuses the name with another first name (English, also refused by the English slot rules)', () => {
    expect(ask(english, 'When was Tosker Brandl born?', 'en').found).toBe(false);
    expect(ask(english, 'When was Velmar Brandl born?', 'en').value).toContain('1948');
  });

  it('still answers a name asked by its part, or after a word that only opens the sentence', () => {
    expect(ask(indonesian, 'Kapan Wenz lahir?', 'id').value).toContain('1931');
    const later = libraryWith('aktris2', 'Sejak kecil ia bernyanyi. Kemudian Wenz lahir kembali sebagai aktris pada 1955 di panggung Tirana Raya.', 'id');
    expect(ask(later, 'Kapan Marta Wenz lahir kembali sebagai aktris?', 'id').found).toBe(true);
  });

  it('still answers when a common noun opens the sentence before the name (a derived noun, a word of the tables)', () => {
    const derived = libraryWith('pelukis', 'Perjalanan Brandl berakhir di Kota Lumo pada 1990, ketika pelukis itu wafat di rumahnya.', 'id');
    expect(ask(derived, 'Di mana Velmar Brandl wafat?', 'id').value).toContain('Lumo');
    const fleet = libraryWith('armada', 'Armada Sorvik tiba di Teluk Baran pada 1602 setelah pelayaran panjang.', 'id');
    expect(ask(fleet, 'Kapan Dinasti Sorvik tiba di Teluk Baran?', 'id').value).toContain('1602');
  });
});

describe('a place in a name whose slot the passage fills with another word', () => {
  const indonesian = libraryWith('raja', 'Raja Tomas VII lahir pada 9 Oktober 1802 dan memerintah kerajaan itu sampai wafatnya pada 1861.', 'id');
  const english = libraryWith('battle', 'The Battle of Dornhald was fought in 1402 between the two valley lords.', 'en');

  it('refuses a place where the passage writes a number (Indonesian)', () => {
    expect(ask(indonesian, 'Kapan Raja Tomas Belanda lahir?', 'id').found).toBe(false);
    expect(ask(indonesian, 'Kapan Raja Tomas VII lahir?', 'id').value).toContain('1802');
  });

  it('still answers the name as the passage writes it (English)', () => {
    expect(ask(english, 'When was the Battle of Dornhald fought?', 'en').value).toContain('1402');
  });
});

describe('the answer standing in the place of a name word the question types', () => {
  it('refuses a name whose other word is the would-be answer (Indonesian)', () => {
    const library = libraryWith('klub', 'Sebuah klub pelayanan didirikan di Arden pada 1905 dan menjadi Sorel International pada 1922.', 'id');
    expect(ask(library, 'Siapa pendiri Velda International?', 'id').found).toBe(false);
  });

  it('refuses a name whose other word is the would-be answer (English)', () => {
    const library = libraryWith('club', 'A service club was founded in Arden in 1905 and became Sorel International in 1922.', 'en');
    expect(ask(library, 'Who founded Velda International?', 'en').found).toBe(false);
  });
});
