// One library of the bench in a process of its own (so memory figures do not mix): the real IndoSum
// articles (../shared/corpus/indosum, copied to a temp folder) or the synthetic Zipf library
// (bench/zipf-corpus.ts, written to one). Prints one JSON object: load times, memory, every
// command's latency for frequent, rare and absent names, answer sizes, article autocomplete, /search
// against plain fuse.js and MiniSearch on the same paragraphs, and `kutip ask` throughput.
//   node dist/bench/library-child.js indosum 1000 | indosum all | zipf 10000
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { Suggestions } from '../src/bot/suggest.js';
import { answer } from '../src/core.js';
import type { LoadedLibrary } from '../src/load/library.js';
import { loadLibrary } from '../src/load/library.js';
import { libraryRequests } from './library-requests.js';
import { distribution, mb, settledHeap, timeEach, type Distribution } from './stats.js';
import { NEWS_LIKE, ZipfLibrary } from './zipf-corpus.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [kind = 'zipf', sizeArg = '1000'] = process.argv.slice(2);
const PASSES = 5;

/** The articles folder: a copy of IndoSum's first `size` articles, or the Zipf library written out. */
function materialise(dir: string): number | string {
  if (kind === 'indosum') {
    // ../shared beside the checkout (a worktree one level deeper looks two levels up); BENCH_SHARED_DIR wins.
    const candidates = [process.env.BENCH_SHARED_DIR, join(root, '..', 'shared'), join(root, '..', '..', 'shared')].filter((d): d is string => d !== undefined);
    const source = candidates.map((d) => join(d, 'corpus', 'indosum')).find((d) => existsSync(d));
    if (source === undefined) return `no shared/corpus/indosum beside the checkout (looked in ${candidates.join(', ')}): the IndoSum library is skipped`;
    const ids = readdirSync(source).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    const take = sizeArg === 'all' ? ids : ids.slice(0, Number(sizeArg));
    for (const id of take) for (const ext of ['.txt', '.json']) if (existsSync(join(source, id + ext))) copyFileSync(join(source, id + ext), join(dir, id + ext));
    return take.length;
  }
  const zipf = new ZipfLibrary({ seed: 7, ...NEWS_LIKE });
  const n = Number(sizeArg);
  for (let i = 0; i < n; i++) {
    const a = zipf.article(i);
    writeFileSync(join(dir, `${a.id}.txt`), a.text);
    writeFileSync(join(dir, `${a.id}.json`), JSON.stringify(a.sidecar));
  }
  return n;
}

const dir = mkdtempSync(join(tmpdir(), 'kutip-bench-library-'));
const articlesDir = join(dir, 'articles');
const cacheDir = join(dir, 'cache');
mkdirSync(articlesDir);
try {
  const materialised = materialise(articlesDir);
  if (typeof materialised === 'string') {
    process.stdout.write(`${JSON.stringify({ kind, size: sizeArg, skipped: materialised })}\n`);
    process.exit(0);
  }
  const heapBefore = settledHeap();
  let t0 = performance.now();
  loadLibrary({ dir: articlesDir, cacheDir });
  const coldLoadMs = Math.round(performance.now() - t0);
  // A cold load of many articles reads them on worker threads too (load/parallel.ts); what their
  // messages held is let go once the event loop turns, as it does in a serving process right after
  // the load. Without this turn the heap figure counted the cold load's garbage as the library's.
  await new Promise((resolve) => setImmediate(resolve));
  t0 = performance.now();
  const library = loadLibrary({ dir: articlesDir, cacheDir });
  const cachedLoadMs = Math.round(performance.now() - t0);
  const heapMB = mb(settledHeap() - heapBefore);
  // What the library costs a serving process: resident memory once it is loaded, before anything else.
  const rssAfterLoadMB = mb(process.memoryUsage().rss);

  // Every command for frequent, rare and absent names.
  const reqs = libraryRequests(library);
  for (const r of reqs) answer(library, r);
  const samples = new Map<string, number[]>();
  const sizes: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const r of reqs) {
      const t = performance.now();
      const a = answer(library, r);
      const ms = performance.now() - t;
      if (pass === 0) sizes.push(Buffer.byteLength(JSON.stringify(a)));
      for (const key of [`${r.command}:${r.class}`, r.command, 'all']) samples.set(key, [...(samples.get(key) ?? []), ms]);
    }
  }
  const commands = Object.fromEntries([...samples].map(([k, v]) => [k, distribution(v)]));
  const answerBytes = { p50: distribution(sizes).p50, max: Math.max(...sizes) };

  // The article option's autocomplete: prefixes of titles, outlets, dates and ids.
  const suggestions = new Suggestions(library);
  const typed: string[] = [''];
  library.entries.slice(0, 60).forEach(({ article }, i) => {
    const words = [article.meta.title?.split(' ')[i % 3] ?? '', article.meta.outlet ?? '', article.meta.publishedAt?.slice(0, 7) ?? '', article.id.split('-')[1] ?? ''];
    for (const w of words) if (w !== '') typed.push(w.slice(0, 1 + (i % 6)));
  });
  suggestions.articles('warm');
  const autocomplete = distribution(Array.from({ length: PASSES }, () => timeEach(typed, (t) => suggestions.articles(t))).flat());

  // /search against plain fuse.js and MiniSearch over the same paragraphs.
  const searches = reqs.filter((r) => r.command === 'search').map((r) => r.query);
  const records = library.entries.flatMap(({ article }) => article.paragraphs.map((p) => ({ id: `${article.id}#${p.n}`, text: p.text })));
  t0 = performance.now();
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  mini.addAll(records);
  const miniBuildMs = Math.round(performance.now() - t0);
  const fuse = new Fuse(records, { keys: ['text'], ignoreLocation: true, threshold: 0.35 });
  const fuseQueries = searches.slice(0, library.entries.length >= 5000 ? 6 : 15);
  const kutipSearch = distribution(timeEach(searches, (q) => answer(library, { command: 'search', query: q })));
  const miniSearch = distribution(timeEach(searches, (q) => mini.search(q, { fuzzy: 0.2, prefix: true }).slice(0, 5)));
  const plainFuse = distribution(timeEach(fuseQueries, (q) => fuse.search(q, { limit: 5 })));
  const kutipOnFuseQueries = distribution(timeEach(fuseQueries, (q) => answer(library, { command: 'search', query: q })));
  const ratio = (other: Distribution, mine: Distribution): number => Math.round((other.p50 / Math.max(mine.p50, 0.001)) * 10) / 10;

  // `kutip ask` reading JSON Lines: answers per second past start-up.
  const lines = reqs.map((r) => JSON.stringify({ command: `/${r.command} ${r.query}`.trim() }));
  let servingRssMB = 0;
  const run = (count: number): number => {
    const input = Array.from({ length: count }, (_, i) => lines[i % lines.length]).join('\n');
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--v8-pool-size=1', '--import', join(root, 'bench', 'report-rss.mjs'), join(root, 'dist', 'app', 'cli.js'), 'ask', '--articles-dir', articlesDir], {
      input,
      env: { PATH: process.env.PATH, CACHE_DIR: cacheDir },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.status !== 0 && r.status !== 2) throw new Error(`kutip ask: ${r.stderr}`);
    servingRssMB = Math.max(servingRssMB, mb(Number(/KUTIP_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024));
    return performance.now() - t;
  };
  const count = 2000;
  const startMs = run(1);
  const allMs = run(count);
  const throughput = Math.round((count - 1) / Math.max(0.001, (allMs - startMs) / 1000));

  process.stdout.write(
    `${JSON.stringify({
      kind,
      articles: library.entries.length,
      paragraphs: records.length,
      coldLoadMs,
      cachedLoadMs,
      heapMB,
      rssAfterLoadMB,
      rssMB: mb(process.memoryUsage().rss),
      queries: reqs.length,
      commands,
      answerBytes,
      autocomplete,
      search: { kutip: kutipSearch, miniSearch, miniBuildMs, plainFuse: { ...plainFuse, queries: fuseQueries.length }, kutipOnFuseQueries, vsMiniSearch: ratio(miniSearch, kutipSearch), vsFuse: ratio(plainFuse, kutipOnFuseQueries) },
      askThroughput: { lines: count, startMs: Math.round(startMs), totalMs: Math.round(allMs), answersPerSecond: throughput },
      // Peak resident memory of `kutip ask` loading the library from its cache and answering 2,000 lines: what serving costs.
      servingRssMB,
    })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
