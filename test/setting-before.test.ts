// The paragraph before sets the scene: a question's context ("di bursa", "at the stock exchange")
// that the answer's paragraph leaves out is told by the paragraph before when that one tells the
// same thing with it (sentences written for these tests, in both languages).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import type { Language } from '../src/types.js';

const library = (paragraphs: readonly string[], language: Language): Library =>
  libraryOf(entriesOf([parseArticle('a', `${paragraphs.join('\n\n')}\n`, { language })], understand));
const ask = (lib: Library, query: string, locale: 'id' | 'en') => answer(lib, { command: 'ask', query, locale });

describe('the paragraph before sets the scene', () => {
  it('Indonesian: the listing date of the next paragraph, not the day of the announcement', () => {
    const lib = library(
      [
        'Loremindo, perusahaan pembayaran digital, mengumumkan rencana melantai di Bursa Efek Indonesia dalam paparan publik yang digelar hari ini, Kamis (7/9).',
        'Sesuai jadwal, manajemen mengatakan Loremindo akan secara resmi melantai pada 3 Oktober 2017 mendatang.',
        'Perusahaan itu menawarkan 150 juta lembar saham baru.',
      ],
      'id',
    );
    expect(ask(lib, 'Kapan Loremindo melantai di bursa?', 'id')).toMatchObject({ found: true, value: '3 Oktober 2017' });
  });
  it('English: the same', () => {
    const lib = library(
      [
        'Ipsumpay, a digital payments firm, announced plans to list on the Jakarta Stock Exchange at a briefing held on Thursday (7/9).',
        'According to the schedule, Ipsumpay will officially list on 3 October 2017, its managers said.',
        'The firm is offering 150 million new shares.',
      ],
      'en',
    );
    expect(ask(lib, 'When will Ipsumpay list on the stock exchange?', 'en')).toMatchObject({ found: true, value: '3 October 2017' });
  });
  it('only the context: a paragraph that leaves out the event itself is still no answer', () => {
    const lib = library(
      [
        'Loremindo mengumumkan rencana melantai di Bursa Efek Indonesia.',
        'Sesuai jadwal, Loremindo akan membagikan dividen pada 3 Oktober 2017 mendatang.',
      ],
      'id',
    );
    expect(ask(lib, 'Kapan Loremindo melantai di bursa?', 'id').value).not.toBe('3 Oktober 2017');
  });
});
