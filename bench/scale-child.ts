// One scale point in a process of its own, so that memory figures do not mix: prints JSON.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadLibrary } from '../src/load/library.js';
import { syntheticArticle } from './corpus.js';
import { runScale } from './scale.js';
import { mb } from './stats.js';

const articles = Number(process.argv[2] ?? '100');
const seed = 7;
const result = runScale(articles, { seed, queries: 200, fuseQueries: articles >= 10_000 ? 10 : articles >= 1000 ? 20 : 40, extract: true });

// Loading the same corpus from a folder: cold (parse + extract + write cache), then from the cache.
const root = mkdtempSync(join(tmpdir(), 'kutip-bench-'));
const dir = join(root, 'articles');
mkdirSync(dir);
for (let i = 0; i < articles; i++) {
  const a = syntheticArticle(seed, i);
  writeFileSync(join(dir, `${a.id}.txt`), a.text);
  writeFileSync(join(dir, `${a.id}.json`), JSON.stringify({ language: 'id', publishedAt: '2024-01-01' }));
}
const cacheDir = join(root, 'cache');
let t0 = performance.now();
loadLibrary({ dir, cacheDir });
const coldLoadMs = Math.round(performance.now() - t0);
t0 = performance.now();
const warm = loadLibrary({ dir, cacheDir });
const cachedLoadMs = Math.round(performance.now() - t0);
rmSync(root, { recursive: true, force: true });

process.stdout.write(`${JSON.stringify({ ...result, coldLoadMs, cachedLoadMs, fromCache: warm.stats.fromCache, rssMB: mb(process.memoryUsage().rss) })}\n`);
