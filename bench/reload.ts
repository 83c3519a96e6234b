// The live library at scale: what a rescan costs when nothing changed (a stat of every file), when
// one article was added (read, parse and understand it, rebuild the index), and how long an article
// written into the folder takes to be served through fs.watch, the debounce and the rescan.
// Part of `npm run bench`; a benchmark, not a test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadLiveLibrary, type LiveLibrary } from '../src/load/live-library.js';
import { watchArticles } from '../src/load/watch-articles.js';
import { syntheticArticle } from './corpus.js';
import { distribution, type Distribution } from './stats.js';

const SEED = 7;
const CHANGES = 15;

export interface ReloadFigures {
  readonly articles: number;
  /** A rescan that finds nothing changed. */
  readonly unchangedRescan: Distribution;
  /** A rescan after one article was added: read, parse, understand, rebuild the index. */
  readonly oneAddedRescan: Distribution;
  /** An article written into the folder until the library serves it (fs.watch, debounce, rescan). */
  readonly writeToServed: Distribution;
}

const nextReload = (live: LiveLibrary): Promise<void> =>
  new Promise((resolve) => {
    const stop = live.onReload(() => {
      stop();
      resolve();
    });
  });

export async function reloadFigures(n: number): Promise<ReloadFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'kutip-bench-reload-'));
  try {
    for (let i = 0; i < n; i++) {
      const a = syntheticArticle(SEED, i);
      writeFileSync(join(dir, `${a.id}.txt`), a.text);
    }
    const { live } = loadLiveLibrary({ dir });
    const unchanged: number[] = [];
    for (let k = 0; k < 10; k++) {
      const t0 = performance.now();
      live.rescan();
      unchanged.push(performance.now() - t0);
    }
    const added: number[] = [];
    for (let k = 0; k < CHANGES; k++) {
      const a = syntheticArticle(SEED, n + k);
      writeFileSync(join(dir, `${a.id}.txt`), a.text);
      const t0 = performance.now();
      live.rescan();
      added.push(performance.now() - t0);
    }
    const watcher = watchArticles(live);
    const served: number[] = [];
    // The watcher keeps no process alive by itself (a bot's connection does): hold this one open.
    const alive = setInterval(() => {}, 1000);
    try {
      for (let k = 0; k < CHANGES; k++) {
        const a = syntheticArticle(SEED, n + CHANGES + k);
        const reloaded = nextReload(live);
        const t0 = performance.now();
        writeFileSync(join(dir, `${a.id}.txt`), a.text);
        await reloaded;
        served.push(performance.now() - t0);
      }
    } finally {
      clearInterval(alive);
      watcher.close();
    }
    return { articles: n, unchangedRescan: distribution(unchanged), oneAddedRescan: distribution(added), writeToServed: distribution(served) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
