import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleCache, codeFingerprint } from '../src/load/cache.js';
import { loadLibrary } from '../src/load/library.js';
import { fixtureText } from './helpers/articles.js';
import { tempFolder } from './helpers/temp.js';

function articlesFolder(): string {
  const dir = tempFolder('kutip-articles-');
  writeFileSync(join(dir, 'tempo.txt'), fixtureText('tempo-2024-11-02-korut-rusia.txt'));
  writeFileSync(join(dir, 'council.txt'), fixtureText('en-council-vote.txt'));
  return dir;
}

describe('the on-disk article cache', () => {
  it('serves a second start from the cache with the same articles', () => {
    const dir = articlesFolder();
    const cacheDir = tempFolder('kutip-cache-');
    const cold = loadLibrary({ dir, cacheDir });
    expect(cold.stats).toMatchObject({ articles: 2, fromCache: 0, problems: [] });
    const warm = loadLibrary({ dir, cacheDir });
    expect(warm.stats).toMatchObject({ articles: 2, fromCache: 2, problems: [] });
    // Per article, for the debug log: a miss, then a hit, with the same counts.
    expect(cold.stats.loaded.map((a) => a.cache)).toEqual(['miss', 'miss']);
    expect(warm.stats.loaded.map((a) => a.cache)).toEqual(['hit', 'hit']);
    expect(warm.stats.loaded.map(({ cache, ...counts }) => counts)).toEqual(cold.stats.loaded.map(({ cache, ...counts }) => counts));
    expect(loadLibrary({ dir }).stats.loaded.map((a) => a.cache)).toEqual(['off', 'off']);
    expect(warm.entries.map((e) => e.article)).toEqual(cold.entries.map((e) => e.article));
    expect(warm.entries.map((e) => e.understanding)).toEqual(cold.entries.map((e) => e.understanding));
  });

  it('rebuilds a corrupt file instead of trusting it', () => {
    const dir = articlesFolder();
    const cacheDir = tempFolder('kutip-cache-');
    loadLibrary({ dir, cacheDir });
    const files = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, files[0]!), '{"fingerprint": "x", "article": ');
    const again = loadLibrary({ dir, cacheDir });
    expect(again.stats.fromCache).toBe(1);
    expect(again.get('tempo')!.article.paragraphs).toHaveLength(11);
    expect(JSON.parse(readFileSync(join(cacheDir, files[0]!), 'utf8')).article).toBeDefined();
  });

  it('does not trust a file whose content does not match its name', () => {
    const dir = articlesFolder();
    const cacheDir = tempFolder('kutip-cache-');
    const first = loadLibrary({ dir, cacheDir });
    const tempo = first.get('tempo')!;
    const file = join(cacheDir, `${codeFingerprint()}-${tempo.article.contentHash}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.article.paragraphs[0].text = 'Tampered.';
    data.article.contentHash = 'f'.repeat(64);
    writeFileSync(file, JSON.stringify(data));
    const again = loadLibrary({ dir, cacheDir });
    expect(again.get('tempo')!.article.paragraphs[0]!.text.startsWith('TEMPO.CO')).toBe(true);
  });

  it('rebuilds when the article changes', () => {
    const dir = articlesFolder();
    const cacheDir = tempFolder('kutip-cache-');
    loadLibrary({ dir, cacheDir });
    writeFileSync(join(dir, 'council.txt'), 'A different story entirely.');
    const again = loadLibrary({ dir, cacheDir });
    expect(again.stats.fromCache).toBe(1);
    expect(again.get('council')!.article.paragraphs[0]!.text).toBe('A different story entirely.');
  });

  it('deletes what another build wrote when it next writes, and leaves files that are not its own', () => {
    const dir = articlesFolder();
    const cacheDir = tempFolder('kutip-cache-');
    const hash = 'a'.repeat(64);
    const stale = [`${'0'.repeat(16)}-${hash}.json`, `${hash}.json`];
    const foreign = ['notes.txt', `${'0'.repeat(16)}-short.json`];
    for (const name of [...stale, ...foreign]) writeFileSync(join(cacheDir, name), '{}');
    loadLibrary({ dir, cacheDir });
    const left = readdirSync(cacheDir).sort();
    for (const name of stale) expect(left).not.toContain(name);
    expect(left).toEqual([...foreign, ...left.filter((n) => n.startsWith(`${codeFingerprint()}-`))].sort());
    expect(left.filter((n) => n.startsWith(`${codeFingerprint()}-`))).toHaveLength(2);
  });

  it('keeps working when the cache folder cannot be written', () => {
    const parent = tempFolder('kutip-ro-');
    writeFileSync(join(parent, 'file'), 'not a folder');
    const cache = new ArticleCache(join(parent, 'file', 'cache'));
    const lib = loadLibrary({ dir: articlesFolder(), cacheDir: join(parent, 'file', 'cache') });
    expect(lib.entries).toHaveLength(2);
    expect(cache.get('0'.repeat(64), 'x')).toBeUndefined();
    chmodSync(parent, 0o755);
  });
});
