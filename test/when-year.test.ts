// A when-question that asks for a year ("Tahun berapa …?", "In what year …?") is answered with the
// year of a date written with its day (answer/candidates.ts); "Kapan …?" keeps the whole date.
// Passages written for these tests, in Indonesian and English.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf, type LibraryEntry } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const passage = (text: string, language: 'id' | 'en'): readonly LibraryEntry[] => entriesOf([parseArticle('passage', `${text}\n`, { language })], understand);

function whenOf(text: string, language: 'id' | 'en', question: string): string | undefined {
  const a = toAnswer(answerQuestion(scopeOf(passage(text, language)), readQuery({ command: 'ask', query: question }), focusOf(question, 'when')), language);
  return a.found ? a.value : undefined;
}

describe('a question asking for a year takes the year of a full date', () => {
  it('Indonesian: "Tahun berapa …?" → the year; "Kapan …?" → the date', () => {
    const text = 'Gedung Serbaguna Lorem diresmikan pada 17 Agustus 1961 oleh Wali Kota Ipsum dan kini menjadi museum.';
    expect(whenOf(text, 'id', 'Tahun berapa Gedung Serbaguna Lorem diresmikan?')).toBe('1961');
    expect(whenOf(text, 'id', 'tahun berapakah Gedung Serbaguna Lorem diresmikan?')).toBe('1961');
    expect(whenOf(text, 'id', 'Kapan Gedung Serbaguna Lorem diresmikan?')).toBe('17 Agustus 1961');
  });

  it('English: "In what year …?" → the year; "When …?" → the date', () => {
    const text = 'The Lorem Bridge was opened on 3 March 1932 by the mayor of Ipsum and is still in use.';
    expect(whenOf(text, 'en', 'In what year was the Lorem Bridge opened?')).toBe('1932');
    expect(whenOf(text, 'en', 'When was the Lorem Bridge opened?')).toMatch(/3 March 1932|March 3, 1932/);
  });

  it('a decade stays a decade', () => {
    const text = 'Musik keroncong Lorem mulai dikenal pada tahun 1930-an di Kota Ipsum.';
    expect(whenOf(text, 'id', 'Tahun berapa musik keroncong Lorem mulai dikenal?')).toMatch(/1930-an/);
  });
});
