import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/load/article.js';
import { indexTermsOf, termsOf } from '../src/text/terms.js';

const norms = (text: string): string[] => termsOf(text).map((t) => t.norm);

describe('indexTermsOf: the terms the index stores, as termsOf reads them', () => {
  it('gives the same terms as termsOf for every paragraph of the fixtures and the seed article', () => {
    const dirs = [join(__dirname, 'fixtures'), join(__dirname, '..', 'data', 'articles')];
    let paragraphs = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        for (const p of parseArticle(f, readFileSync(join(dir, f), 'utf8')).paragraphs) {
          expect(indexTermsOf(p.text)).toEqual(norms(p.text));
          paragraphs++;
        }
      }
    }
    expect(paragraphs).toBeGreaterThan(100);
  });

  it('splits joined words into their parts and folds non-ASCII words one by one', () => {
    const text = 'Rusia-Korea, Jum’at, AT&T, 7.300, Dr. Siti Aisyah — Pyongyang’s “Crème” brûlée';
    expect(indexTermsOf(text)).toEqual(norms(text));
    expect(indexTermsOf('Rusia-Korea')).toEqual(['rusia-korea', 'rusia', 'korea']);
    expect(indexTermsOf('Crème brûlée')).toEqual(['creme', 'brulee']);
  });

  it('agrees with termsOf on seeded random strings of letters, marks, joiners and astral characters', () => {
    const alphabet = ['a', 'B', 'é', 'É', '-', "'", '’', '.', '&', ' ', '1', 'ß', 'İ', 'ﬁ', '\u200b', '😀', '𝐀', 'Dr', ',', '"', '\t', 'Ａ'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let k = Math.floor(next() * 16); k > 0; k--) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(indexTermsOf(s), JSON.stringify(s)).toEqual(norms(s));
    }
  });
});
