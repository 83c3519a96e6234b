// Over a library, /quote looks for a person named but never quoted only in the articles whose name
// words hold every query word (index/scope.ts articlesNamingAll): the others cannot name them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { libraryOf } from '../src/index/library.js';
import { articlesNamingAll, oneArticle, wholeLibrary } from '../src/index/scope.js';
import { parseArticle } from '../src/load/article.js';
import { allowedTypos, editDistance } from '../src/text/similarity.js';

const fixtures = join(__dirname, 'fixtures');
const entries = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const article = parseArticle(f.replace(/\.txt$/, ''), readFileSync(join(fixtures, f), 'utf8'));
    return { article, understanding: understand(article) };
  });
const library = libraryOf(entries);
const matches = (x: string, y: string): boolean => x === y || editDistance(x, y, allowedTypos(x.length)) <= allowedTypos(x.length);

describe('articles whose names hold every query word', () => {
  it('holds every article that names a person by all the words, typos included, and no other', () => {
    const tempo = library.indexOf('tempo-2024-11-02-korut-rusia');
    expect(articlesNamingAll(wholeLibrary(library), ['lavrov'], matches).has(tempo)).toBe(true);
    expect(articlesNamingAll(wholeLibrary(library), ['lavrof'], matches).has(tempo)).toBe(true);
    expect(articlesNamingAll(wholeLibrary(library), ['zzyzxq'], matches).size).toBe(0);
    // Each article's own people: every word of every person's name finds that article.
    entries.forEach((e, i) => {
      for (const p of e.understanding.people) {
        const words = p.name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
        if (words.length > 0) expect(articlesNamingAll(wholeLibrary(library), words, matches).has(i), p.name).toBe(true);
      }
    });
  });

  it('answers /quote of a person never quoted the same over the library as article by article', () => {
    for (const e of entries) {
      const unquoted = e.understanding.people.find((p) => !e.understanding.quotes.some((q) => q.speaker === p.name));
      if (!unquoted) continue;
      const whole = answer(library, { command: 'quote', query: unquoted.name });
      const alone = answer(library, { command: 'quote', query: unquoted.name, article: e.article.id });
      expect(oneArticle(library, e.article.id)).toBeDefined();
      // Over the library the article is among those cited for them, as it is alone.
      if (!alone.found && alone.citations.length > 0) expect(whole.citations.some((c) => c.article === e.article.id), unquoted.name).toBe(true);
    }
  });
});
