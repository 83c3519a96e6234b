// A title written after a word that makes it another office ("Calon Wakil Gubernur", "deputy
// governor", "former minister") does not answer a question about the office itself; a question that
// writes the word too is answered. Passages and questions written for this test (invented people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryFromText(text, language, '2024-04-17');

describe('another office is no answer', () => {
  const indonesian = libraryWith('Calon Wakil Gubernur Lorem Santi Wirawan memberi pelatihan wirausaha di Cengkareng, Senin (15/4).\n\nMantan Menteri Keuangan Adi Prasetyo hadir pula.', 'id');
  const english = libraryWith('Deputy governor Ann Hale opened the fair on Monday.\n\nFormer finance minister Tom Reed was there too.', 'en');

  it('Indonesian: "Siapa Gubernur Lorem?" of "Calon Wakil Gubernur Lorem …" is refused, naming the office written', () => {
    const a = answer(indonesian, { command: 'ask', query: 'Siapa Gubernur Lorem?', locale: 'id' });
    expect(a.found).toBe(false);
    expect(a.answer).toContain('“Wakil Gubernur”, bukan “Gubernur”');
    expect(answer(indonesian, { command: 'ask', query: 'Siapa Menteri Keuangan?', locale: 'id' }).found).toBe(false);
  });

  it('Indonesian: a question that writes the same words is answered', () => {
    expect(answer(indonesian, { command: 'ask', query: 'Siapa Calon Wakil Gubernur Lorem?', locale: 'id' }).value).toBe('Santi Wirawan');
    expect(answer(indonesian, { command: 'ask', query: 'Siapa mantan Menteri Keuangan?', locale: 'id' }).value).toBe('Adi Prasetyo');
  });

  it('English: "Who is the governor?" of "Deputy governor …" is refused; "Who is the deputy governor?" is answered', () => {
    expect(answer(english, { command: 'ask', query: 'Who is the governor?', locale: 'en' }).found).toBe(false);
    expect(answer(english, { command: 'ask', query: 'Who is the deputy governor?', locale: 'en' }).value).toBe('Ann Hale');
    expect(answer(english, { command: 'ask', query: 'Who is the finance minister?', locale: 'en' }).found).toBe(false);
  });
});
