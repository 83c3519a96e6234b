// "katanya" / "she said" after a quote stands for the person the paragraph has just introduced,
// also when news writes their age after the name ("Seorang warga, Siti (45), mengaku …";
// "One resident, Mary Jones, 45, lost …"), not for the speaker of the paragraph before.
// Passages are written for this test (invented people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryFromText(text, language, '2025-03-04');

describe('a pronoun speaker after a person introduced with their age', () => {
  it('Indonesian: "Salah seorang pedagang, Ahmad Yani (52), mengeluhkan … ”…,” katanya."', () => {
    const library = libraryWith(
      [
        'BOGOR, KOMPAS — Banjir merendam ratusan rumah, Selasa (4/3/2025). ”Kami akan membangun tanggul,” ujar Wali Kota Bogor Tri Adhianto.',
        'Salah seorang pedagang, Ahmad Yani (52), mengeluhkan dagangannya basah. ”Semua rusak,” katanya.',
      ].join('\n\n'),
      'id',
    );
    expect(answer(library, { command: 'quote', query: 'Ahmad Yani', locale: 'id' }).answer).toContain('Semua rusak');
    expect(answer(library, { command: 'quote', query: 'Tri Adhianto', locale: 'id' }).answer).not.toContain('Semua rusak');
  });

  it('English: "One resident, Mary Jones, 45, lost her car. "…," she said."', () => {
    const library = libraryWith(
      [
        'DOLOR, March 4 - Floods forced hundreds from their homes on Tuesday. "We will rebuild the levee," mayor Tom Reyes said.',
        'One resident, Mary Jones, 45, lost her car. "I only saved my papers," she said.',
      ].join('\n\n'),
      'en',
    );
    expect(answer(library, { command: 'quote', query: 'Mary Jones' }).answer).toContain('I only saved my papers');
    expect(answer(library, { command: 'quote', query: 'Tom Reyes' }).answer).not.toContain('I only saved my papers');
  });
});
