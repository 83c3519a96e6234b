// npm run bench: answer latency on the Tempo article, autocomplete latency, start-up to first
// answer and memory, the scale sweep, the live library's rescans, and the libraries (real IndoSum
// articles and a synthetic library whose names recur Zipf-like: bench/libraries.ts). Prints tables
// and writes bench/results.json. BENCH_SIZES limits the sweep, BENCH_LIBRARIES the libraries;
// BENCH_ONLY=tempo prints the Tempo table alone.
// A benchmark, not a test: nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { answer } from '../src/core.js';
import { Suggestions } from '../src/bot/suggest.js';
import { discordMemory } from './discord-rss.js';
import { loadLibrary } from '../src/load/library.js';
import { reloadFigures } from './reload.js';
import { distribution, mb, timeEach, type Distribution } from './stats.js';
import { tempoQueries, typedPrefixes } from './tempo-queries.js';
import { libraryRuns, printLibraries } from './libraries.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
const PASSES = 5;
/** Passes over the Tempo queries before the steady figures are taken. */
const STEADY_WARM_UP = 10;

/** Each Tempo query answered PASSES times, after `warmUp` passes over all of them (1: the first answers after start; more: once V8 has optimised the code). */
function perCommand(warmUp: number): Record<string, Distribution> {
  const library = loadLibrary({ dir: join(root, 'data', 'articles') });
  const queries = tempoQueries(200);
  for (let pass = 0; pass < warmUp; pass++) for (const q of queries) answer(library, q);
  const samples = new Map<string, number[]>();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const q of queries) {
      const t0 = performance.now();
      answer(library, q);
      const ms = performance.now() - t0;
      for (const key of [q.command, 'all']) samples.set(key, [...(samples.get(key) ?? []), ms]);
    }
  }
  return Object.fromEntries([...samples].map(([k, v]) => [k, distribution(v)]));
}

function autocomplete(): Distribution {
  const library = loadLibrary({ dir: join(root, 'data', 'articles') });
  const typed = typedPrefixes();
  const suggestions = new Suggestions(library);
  for (const t of typed) suggestions.people(t); // warm up
  const samples: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    samples.push(...timeEach(typed, (t) => suggestions.people(t)), ...timeEach(typed, (t) => suggestions.places(t)));
  }
  return distribution(samples);
}

interface ProcessRun {
  readonly ms: Distribution;
  readonly maxRssMB: number;
}

/** `kutip ask` as a whole process, `runs` times, with a cache folder that is emptied or kept. */
function startup(warmCache: boolean, runs = 10): ProcessRun {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kutip-bench-cache-'));
  const run = () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', join(root, 'bench', 'report-rss.mjs'), join(root, 'dist', 'app', 'cli.js'), 'ask', '--json', '/who Lavrov'], {
      cwd: root,
      env: { PATH: process.env.PATH, CACHE_DIR: cacheDir, ARTICLES_DIR: join(root, 'data', 'articles') },
      encoding: 'utf8',
    });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`kutip ask failed: ${r.stderr}`);
    const rss = Number(/KUTIP_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0);
    return { ms, rss };
  };
  if (warmCache) run();
  const results = Array.from({ length: runs }, () => {
    if (!warmCache) {
      rmSync(cacheDir, { recursive: true, force: true });
    }
    return run();
  });
  rmSync(cacheDir, { recursive: true, force: true });
  return { ms: distribution(results.map((r) => r.ms)), maxRssMB: mb(Math.max(...results.map((r) => r.rss)) * 1024) };
}

function scale(n: number): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(root, 'dist', 'bench', 'scale-child.js'), String(n)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`scale ${n} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

const started = performance.now();
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) };
console.log(`kutip bench on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, node ${machine.node}, load average ${machine.loadAverage.join(' ')}\n`);

const commands = perCommand(1);
console.log('Tempo article, answer latency per command (ms, core only), the first answers after start (one pass to warm up)');
console.log(row(['command', 'queries', 'p50', 'p99', 'max']));
console.log(row(['---', '---:', '---:', '---:', '---:']));
for (const [command, d] of Object.entries(commands)) console.log(row([command, d.n / PASSES, d.p50, d.p99, d.max]));
// A bot answers for days: the same queries once V8 has optimised the code that answers them.
const steady = perCommand(STEADY_WARM_UP);
console.log(`\nThe same, steady (after ${STEADY_WARM_UP} passes)`);
console.log(row(['command', 'queries', 'p50', 'p99', 'max']));
console.log(row(['---', '---:', '---:', '---:', '---:']));
for (const [command, d] of Object.entries(steady)) console.log(row([command, d.n / PASSES, d.p50, d.p99, d.max]));
// BENCH_ONLY=tempo: the Tempo table alone (a quick look after a change to the per-query work).
if (process.env.BENCH_ONLY === 'tempo') process.exit(0);

const complete = autocomplete();
console.log(`\nAutocomplete, 1–3 typed characters (ms): p50 ${complete.p50}, p99 ${complete.p99}, max ${complete.max} (${complete.n} calls)`);

const cold = startup(false);
const warm = startup(true);
console.log('\nStart-up to first answer, `kutip ask "/who Lavrov"` as a whole process (ms)');
console.log(row(['cache', 'p50', 'p99', 'max', 'peak RSS MB']));
console.log(row(['---', '---:', '---:', '---:', '---:']));
console.log(row(['cold (empty)', cold.ms.p50, cold.ms.p99, cold.ms.max, cold.maxRssMB]));
console.log(row(['warm', warm.ms.p50, warm.ms.p99, warm.ms.max, warm.maxRssMB]));

const discord = await discordMemory();
console.log(`\nDiscord process (npm start) with the Tempo article, on the loopback Discord: RSS ${discord.afterReadyMB} MB when ready, ${discord.afterAnswersMB} MB after ${discord.answers} answers`);

const sweep = sizes.map(scale);
console.log('\nScale sweep, synthetic corpus (seed 7), 200 mixed queries through /search');
console.log(row(['articles', 'paragraphs', 'words', 'parse+extract ms', 'passage index ms', 'name index ms', 'cold load ms', 'cached load ms', 'heap MB', 'p50 ms', 'p99 ms', 'plain fuse p50 ms', 'plain fuse p99 ms', 'speed-up p50', 'speed-up p99']));
console.log(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const s of sweep) {
  const k = s.kutip as Distribution;
  const f = s.plainFuse as Distribution;
  console.log(row([s.articles as number, s.paragraphs as number, s.vocabulary as number, s.parseAndExtractMs as number, s.indexBuildMs as number, s.namesBuildMs as number, s.coldLoadMs as number, s.cachedLoadMs as number, s.heapMB as number, k.p50, k.p99, f.p50, f.p99, `${s.speedupP50}×`, `${s.speedupP99}×`]));
}

console.log('\nScale sweep, the other commands (p50 / p99 ms; names, typos, places, events, questions and misses)');
const others = ['who', 'when', 'where', 'quote', 'ask'];
console.log(row(['articles', ...others]));
console.log(row(['---:', ...others.map(() => '---:')]));
for (const s of sweep) {
  const c = s.commands as Record<string, Distribution>;
  console.log(row([s.articles as number, ...others.map((k) => `${c[k]?.p50} / ${c[k]?.p99}`)]));
}

const reloads = [];
for (const n of sizes) reloads.push(await reloadFigures(n));
console.log('\nLive library, synthetic corpus (ms; p50 / max): a rescan with nothing changed, one with an article added, an article written until served (fs.watch)');
console.log(row(['articles', 'unchanged rescan', 'one added', 'written → served']));
console.log(row(['---:', '---:', '---:', '---:']));
for (const r of reloads) {
  console.log(row([r.articles, `${r.unchangedRescan.p50} / ${r.unchangedRescan.max}`, `${r.oneAddedRescan.p50} / ${r.oneAddedRescan.max}`, `${r.writeToServed.p50} / ${r.writeToServed.max}`]));
}

const libraries = libraryRuns(root);
printLibraries(libraries);

const results = { date: new Date().toISOString(), machine, tempo: { commands, steady, autocomplete: complete, startup: { cold, warm }, discord }, scale: sweep, reload: reloads, libraries, seconds: Math.round((performance.now() - started) / 1000) };
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote bench/results.json in ${results.seconds} s.`);
