// A body or a title the question spells out that the passage writes shortened, or the other way
// round: "Ketua Dewan Perwakilan Rakyat" is the passage's "Ketua DPR", "Menteri Dalam Negeri" its
// "Mendagri". A word of the body's name after the office modifies nothing: "Perwakilan" (of "wakil")
// does not make the "Ketua Dewan Perwakilan Rakyat" a vice-chair.
import { describe, expect, it } from 'vitest';
import { find } from '../src/answer/index.js';
import { otherOffice } from '../src/answer/roles.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { readQuery } from '../src/query/query.js';
import type { Language } from '../src/types.js';

const ask = (query: string) => readQuery({ command: 'ask', query });
const libraryOfText = (text: string, language: Language = 'id') => libraryOf(entriesOf([parseArticle('body', `${text}\n`, { language })], understand));
const answerOf = (text: string, query: string, language: Language = 'id') => find(libraryOfText(text, language), ask(query));

describe('a modifier of an office stands before it', () => {
  it.each([
    ['Ketua Dewan Perwakilan Rakyat', 'Siapa Ketua DPR?', false],
    ['Ketua DPR', 'Siapa Ketua Dewan Perwakilan Rakyat?', false],
    ['Wakil Ketua DPR', 'Siapa Ketua DPR?', true],
    ['Wakil Ketua Dewan Perwakilan Rakyat', 'Siapa Ketua DPR?', true],
    ['Ketua Dewan Perwakilan Rakyat', 'Siapa Wakil Ketua DPR?', true],
    ['Wakil Gubernur Lorem', 'Siapa Gubernur Lorem?', true],
    ['Gubernur Lorem', 'Siapa Wakil Gubernur Lorem?', true],
  ] as const)('"%s" for %s: another office %s', (role, question, other) => {
    expect(otherOffice(role, ask(question))).toBe(other);
  });

  it('a passage of the "Ketua Dewan Perwakilan Rakyat" answers "Siapa Ketua DPR?"', () => {
    const found = answerOf('Ketua Dewan Perwakilan Rakyat Budi Santoso membuka sidang paripurna itu pada Selasa pagi.', 'Siapa Ketua DPR?');
    expect(found).toMatchObject({ found: true, value: 'Budi Santoso' });
  });

  it('nor is a deputy the one asked', () => {
    const found = answerOf('Wakil Ketua Dewan Perwakilan Rakyat Budi Santoso membuka sidang paripurna itu pada Selasa pagi.', 'Siapa Ketua DPR?');
    expect(found.found).toBe(false);
  });
});

describe('a body or a title spelt out in the question, shortened in the passage', () => {
  it.each([
    ['Ketua DPR Budi Santoso membuka sidang paripurna itu pada Selasa pagi.', 'Siapa Ketua Dewan Perwakilan Rakyat?', 'Budi Santoso'],
    ['Mendagri Budi Santoso meresmikan kantor kecamatan itu pada Selasa pagi.', 'Siapa Menteri Dalam Negeri?', 'Budi Santoso'],
    ['Kepala BNN Budi Santoso memimpin razia itu pada Selasa malam.', 'Siapa Kepala Badan Narkotika Nasional?', 'Budi Santoso'],
  ])('%s — %s → %s', (text, query, value) => {
    expect(answerOf(text, query)).toMatchObject({ found: true, value });
  });

  it.each([
    ['Ketua DPD Budi Santoso membuka sidang paripurna itu pada Selasa pagi.', 'Siapa Ketua Dewan Perwakilan Rakyat?'],
    ['Menlu Budi Santoso meresmikan kantor kedutaan itu pada Selasa pagi.', 'Siapa Menteri Dalam Negeri?'],
  ])('another body or portfolio is no answer: %s — %s', (text, query) => {
    expect(answerOf(text, query).found).toBe(false);
  });

  it('in English, a body spelt out answered by its acronym', () => {
    const found = answerOf('NTSB chairman Lorem Ipsum said on Monday that the report would be late.', 'Who is the chairman of the National Transportation Safety Board?', 'en');
    expect(found).toMatchObject({ found: true, value: 'Lorem Ipsum' });
  });
});
