// index/fuse-score.ts works out fuse.js's token-search scores without building a Fuse per query:
// every score must be the one fuse.js gives, to the last bit, on real sentences (the Tempo article,
// folded as search.ts folds them), typed words with typos, words over 32 characters, punctuation
// and blank queries (seeded, so a failure reproduces).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { fuseTokenScores } from '../src/index/fuse-score.js';
import { fold } from '../src/text/normalize.js';

const SEED = 20261130;

/** What search.ts asked fuse.js before: the score of each text, undefined where it did not match. */
function fuseScores(texts: readonly string[], query: string): (number | undefined)[] {
  const fuse = new Fuse(
    texts.map((folded) => ({ folded })),
    { keys: ['folded'], useTokenSearch: true, ignoreLocation: true, includeScore: true, threshold: 0.4, useExtendedSearch: false },
  );
  const out: (number | undefined)[] = texts.map(() => undefined);
  for (const r of fuse.search(query)) out[r.refIndex] = r.score ?? 1;
  return out;
}

const article = readFileSync(fileURLToPath(new URL('../data/articles/tempo-2024-11-02-korut-rusia.txt', import.meta.url)), 'utf8');
const sentences = article
  .split(/(?<=[.!?])\s+|\n+/)
  .map((s) => fold(s.trim()))
  .filter((s) => s.length > 0);
const words = [...new Set(sentences.flatMap((s) => s.match(/[\p{L}\p{N}]+/gu) ?? []))];

describe('fuse.js token scores without fuse.js', () => {
  it('gives fuse.js scores for fixed queries over the Tempo sentences', () => {
    const texts = sentences.slice(0, 40);
    for (const query of ['korea utara', 'pasukan dikerahkan', 'putin pyongyang', 'lavorv', 'perjanjian ditandatangani kapan', 'xyzzy', 'a', 'ab cd', '!!!', '', '   ', 'KOREA Utara', 'nato khawatir']) {
      expect(fuseTokenScores(texts, query), query).toEqual(fuseScores(texts, query));
    }
  });

  it('gives fuse.js scores for blank and odd texts', () => {
    const texts = ['', '   ', '...', 'korea', 'korea utara', 'Korea', 'ÉCOLE école', 'a\u00a0b c', 'x'.repeat(50)];
    for (const query of ['korea', 'ecole', 'école', 'x'.repeat(40), 'x'.repeat(64), 'b', 'korae']) {
      expect(fuseTokenScores(texts, query), query).toEqual(fuseScores(texts, query));
    }
  });

  it('gives fuse.js scores for words from the article with typos, over random sets of sentences', () => {
    const typo = (w: string, at: number, kind: number, ch: string): string =>
      kind === 0 ? w.slice(0, at) + w.slice(at + 1) : kind === 1 ? w.slice(0, at) + ch + w.slice(at) : kind === 2 ? w.slice(0, at) + ch + w.slice(at + 1) : w;
    const word = fc
      .tuple(fc.constantFrom(...words), fc.nat(), fc.integer({ min: 0, max: 4 }), fc.constantFrom('a', 'e', 'k', 'r', 'z', 'é', '-'), fc.integer({ min: 1, max: 3 }))
      .map(([w, at, kind, ch, times]) => {
        let out = w;
        for (let i = 0; i < times; i++) out = typo(out, (at + i * 7) % Math.max(1, out.length), kind, ch);
        return out;
      });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 30 }), (typed, texts) => {
        const query = typed.join(' ');
        expect(fuseTokenScores(texts, query)).toEqual(fuseScores(texts, query));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('gives fuse.js scores for random strings', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'k', ' ', '-', 'é', 'ß', 'İ', '\u00a0'), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'k', ' ', 'é', 'İ'), maxLength: 40 }), (texts, query) => {
        expect(fuseTokenScores(texts, query)).toEqual(fuseScores(texts, query));
      }),
      { seed: SEED, numRuns: 600 },
    );
  });
});
