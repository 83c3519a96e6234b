// A question that changes one word of an answerable one is not answered: another number in the
// same place ("12th cleanest" for "15th cleanest", "peron 4" for "peron 5"); the opposite of a word
// written with a capital ("Western donors" for "Eastern donors"); a negation past an article ("does
// not have a written charter") or read with the answer's words in place. Passages and questions are
// written for these tests (invented places and bodies).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const libraryWith = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, text, { language, publishedAt: '2024-08-12' })], understand));
const ask = (library: ReturnType<typeof libraryWith>, query: string, locale: 'id' | 'en') => answer(library, { command: 'ask', query, locale });

const english = libraryWith(
  'harbour',
  [
    'The Alder City Council does not have a written charter, but it has rules that shape how it works.',
    'The Harbour Board is exempt from city taxes (but not Alder port taxes), its chairman said.',
    'Western donors funded the new river clinics during the 1990s.',
    'In 2012 the Harbour Trust ranked Port Alder as the 12th cleanest port in the region.',
  ].join(' '),
  'en',
);
const indonesian = libraryWith('stasiun', 'Peron 4 Stasiun Kota Lama dibuka pada 1910 oleh pemerintah kota. Donatur barat mendanai klinik sungai itu pada 1990-an.', 'id');

describe('another number where the question has one', () => {
  it('refuses "15th" of a passage that ranks it 12th, and answers the 12th (English)', () => {
    const a = ask(english, 'When did the Harbour Trust rank Port Alder as the 15th cleanest port in the region?', 'en');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('15th');
    expect(ask(english, 'When did the Harbour Trust rank Port Alder as the 12th cleanest port in the region?', 'en').value).toBe('2012');
  });

  it('refuses "peron 5" of a passage that opens "peron 4" (Indonesian)', () => {
    expect(ask(indonesian, 'Kapan peron 5 Stasiun Kota Lama dibuka?', 'id').found).toBe(false);
    expect(ask(indonesian, 'Kapan peron 4 Stasiun Kota Lama dibuka?', 'id').value).toBe('1910');
  });
});

describe('the opposite of a word the question writes', () => {
  it('refuses "Eastern donors" where the passage writes "Western donors" (a capitalised word)', () => {
    expect(ask(english, 'When did Eastern donors fund the river clinics?', 'en').found).toBe(false);
    expect(ask(english, 'When did Western donors fund the river clinics?', 'en').value).toBe('1990s');
  });

  it('refuses "timur" where the passage writes "barat" (Indonesian)', () => {
    expect(ask(indonesian, 'Kapan donatur timur mendanai klinik sungai itu?', 'id').found).toBe(false);
  });
});

describe('a negation the passage writes', () => {
  it('refuses what the passage says is not had, past an article', () => {
    expect(ask(english, 'Who has a written charter?', 'en').found).toBe(false);
    expect(ask(english, 'Who does not have a written charter?', 'en').value).toBe('Alder City Council');
  });

  it('still answers beside a negation of another word ("but not Alder port taxes")', () => {
    expect(ask(english, 'Who was exempt from city taxes?', 'en').value).toBe('Harbour Board');
  });
});

describe('a modifier that makes the asked title another office', () => {
  const mixed = libraryWith('elected', 'Rina Hartati terpilih sebagai ketua koperasi itu pada 2015. The Alder Trust elected Maria Lopez as chair of its board in 2019.', 'en');

  it('refuses "vice chair" of a passage that writes the chair alone, and answers the chair (English)', () => {
    expect(ask(mixed, 'When was Maria Lopez elected vice chair of the board?', 'en').found).toBe(false);
    expect(ask(mixed, 'When was Maria Lopez elected chair of the board?', 'en').value).toBe('2019');
  });

  it('refuses "wakil ketua" of a passage that writes "ketua" alone (Indonesian)', () => {
    expect(ask(mixed, 'Kapan Rina Hartati terpilih sebagai wakil ketua koperasi?', 'id').found).toBe(false);
    expect(ask(mixed, 'Kapan Rina Hartati terpilih sebagai ketua koperasi?', 'id').value).toBe('2015');
  });
});
