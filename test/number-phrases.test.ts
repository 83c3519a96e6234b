// Numbers of several words, and the multipliers, read against digits (answer/number-phrases.ts,
// lang/number-words.ts). Passages and questions are written for these tests (invented places).
import { describe, expect, it } from 'vitest';
import { valueOfWords } from '../src/answer/number-phrases.js';
import { openAnswer } from './helpers/answer.js';

const ask = (text: string, question: string): string | undefined => openAnswer(text, question, 'when');

describe('the value of Indonesian number words', () => {
  it('composes units, belas, puluh, ratus and the large multipliers, with se- for one', () => {
    expect(valueOfWords(['dua', 'puluh', 'lima'])).toBe(25);
    expect(valueOfWords(['tiga', 'belas'])).toBe(13);
    expect(valueOfWords(['sebelas'])).toBe(11);
    expect(valueOfWords(['seratus'])).toBe(100);
    expect(valueOfWords(['dua', 'ratus', 'lima', 'puluh', 'tiga'])).toBe(253);
    expect(valueOfWords(['satu', 'juta', 'dua', 'ratus', 'ribu'])).toBe(1_200_000);
  });

  it('makes no number of words that do not compose', () => {
    expect(valueOfWords(['puluh'])).toBeUndefined();
    expect(valueOfWords(['dua', 'tiga'])).toBeUndefined();
  });
});

describe('a number in words against the same number in digits', () => {
  const arrest = (count: string): string => `Polisi menangkap ${count} tersangka perampokan bank di Kota Lorem pada Senin, 5 Mei 2025.\n`;

  it('answers where the passage writes the question\'s number the other way', () => {
    expect(ask(arrest('25'), 'Kapan polisi menangkap dua puluh lima tersangka?')).toMatch(/5 Mei 2025/);
    expect(ask(arrest('dua puluh lima'), 'Kapan polisi menangkap 25 tersangka?')).toMatch(/5 Mei 2025/);
    const flood = 'Sebanyak 100 warga mengungsi akibat banjir di Desa Lorem pada Senin, 5 Mei 2025.\n';
    expect(ask(flood, 'Kapan seratus warga mengungsi?')).toMatch(/5 Mei 2025/);
  });

  it('refuses where it writes another number', () => {
    expect(ask(arrest('24'), 'Kapan polisi menangkap dua puluh lima tersangka?')).toBeUndefined();
    expect(ask(arrest('dua puluh empat'), 'Kapan polisi menangkap 25 tersangka?')).toBeUndefined();
    const flood = 'Sebanyak 200 warga mengungsi akibat banjir di Desa Lorem pada Senin, 5 Mei 2025.\n';
    expect(ask(flood, 'Kapan seratus warga mengungsi?')).toBeUndefined();
  });
});
