// Where-answers (answer/where-candidates.ts): a place is taken with the places after it past commas ("Velmora, Jawa
// Tengah"), but a person the article knows after the comma opens the next clause ("di rumahnya di Velmora, Santoso
// jatuh sakit"): no part of the place. Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf, type LibraryEntry } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const passage = (text: string, language: 'id' | 'en'): readonly LibraryEntry[] => entriesOf([parseArticle('passage', `Judul\n${text}\n`, { language })], understand);

function whereOf(text: string, language: 'id' | 'en', question: string): string | undefined {
  const a = toAnswer(answerQuestion(scopeOf(passage(text, language)), readQuery({ command: 'ask', query: question }), focusOf(question, 'where')), language);
  return a.found ? a.value : undefined;
}

describe('a person after the comma ends a chain of places', () => {
  it('Indonesian: "di Velmora, Santoso jatuh sakit"', () => {
    const text = 'Budi Santoso memimpin partai itu selama dua puluh tahun. Pada akhir 2004, setelah dikurung di rumahnya sendiri di Velmora, Santoso jatuh sakit dan wafat pada bulan November.';
    expect(whereOf(text, 'id', 'Di mana Budi Santoso wafat?')).toBe('Velmora');
  });

  it('Indonesian: "di Skotlandia, Budi Santoso menjadi penemunya"', () => {
    const text = 'Televisi pertama kali diciptakan di Skotlandia, Budi Santoso menjadi penemunya pada tahun 1925.';
    expect(whereOf(text, 'id', 'Di mana televisi pertama kali diciptakan?')).toBe('Skotlandia');
  });

  it('English: "in Velmora, Lorem fell ill"', () => {
    const text = 'Jane Lorem led the party for twenty years. In late 2004, after months confined to her house in Velmora, Lorem fell ill and died in November.';
    expect(whereOf(text, 'en', 'Where did Jane Lorem die?')).toBe('Velmora');
  });

  it('a place after the comma still goes on ("di Velmora, Jawa Tengah")', () => {
    const text = 'Pesawat itu mendarat di Velmora, Jawa Tengah, pada Senin pagi.';
    expect(whereOf(text, 'id', 'Di mana pesawat itu mendarat?')).toBe('Velmora, Jawa Tengah');
  });
});
