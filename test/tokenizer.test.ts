// The one tokenizer (text/words.ts) and folding (text/normalize.ts): what every stage reads a word as.
import { describe, expect, it } from 'vitest';
import { fold } from '../src/text/normalize.js';
import { termsOf } from '../src/text/terms.js';
import { wordsOf } from '../src/text/words.js';

const shown = (text: string): string[] =>
  wordsOf(text).map((w) => `${w.text}|${w.norm}|${w.mark ? 'mark' : ''}${w.cap ? 'cap' : ''}${w.acronym ? 'acr' : ''}`);

describe('wordsOf', () => {
  it('keeps an abbreviation’s dot, not an acronym’s, and takes the dot once', () => {
    expect(shown('Kata Dr. Sari di AS.')).toEqual(['Kata|kata|cap', 'Dr.|dr|cap', 'Sari|sari|cap', 'di|di|', 'AS|as|capacr', '.||mark']);
  });

  it('joins words on hyphens, apostrophes, dots and ampersands; marks stand alone', () => {
    expect(wordsOf("Rusia-Korea, Jum'at 7.300 AT&T!").map((w) => w.text)).toEqual(['Rusia-Korea', ',', "Jum'at", '7.300', 'AT&T', '!']);
  });

  it('tells capitals and acronyms (two capitals, no lower case) outside ASCII and after a digit', () => {
    expect(shown('Émile ÖSTERREICH ébène G20 7UP')).toEqual(['Émile|emile|cap', 'ÖSTERREICH|osterreich|capacr', 'ébène|ebene|', 'G20|g20|cap', '7UP|7up|acr']);
  });
});

describe('fold', () => {
  it('lower-cases plain ASCII and drops diacritics and invisible characters otherwise', () => {
    expect(fold('Jakarta Utara')).toBe('jakarta utara');
    expect(fold('Ménteri\u200B Luar')).toBe('menteri luar');
    expect(fold('Tab\there')).toBe('tab\there');
  });
});

describe('termsOf', () => {
  it('drops apostrophes and adds the parts of a joined word', () => {
    expect(termsOf("Jum'at Rusia-Korea").map((t) => t.norm)).toEqual(['jumat', 'jum', 'at', 'rusia-korea', 'rusia', 'korea']);
  });
});
