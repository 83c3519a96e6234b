// A developer's probe of one library (not part of `npm run bench`): per-query CPU times to find the
// slow answers, a loop to profile, and a snapshot of every answer to compare before and after a change.
//   node --v8-pool-size=1 dist/bench/probe.js time indosum 1000        worst queries per command
//   node --v8-pool-size=1 dist/bench/probe.js snapshot indosum 1000 out.jsonl   every answer, one a line
//   node --cpu-prof --v8-pool-size=1 dist/bench/probe.js loop indosum 1000 [passes] [command]
// The articles and their cache stay in PROBE_DIR (default: the temp folder's kutip-probe) between runs.
// IndoSum is read from ../shared/corpus/indosum beside the checkout (or BENCH_SHARED_DIR); the probe
// says so and stops when it is not there.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { answer, type AnswerRequest } from '../src/core.js';
import { loadLibrary } from '../src/load/library.js';
import { libraryRequests, probeRequests } from './library-requests.js';
import { distribution } from './stats.js';
import { NEWS_LIKE, ZipfLibrary } from './zipf-corpus.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [mode = 'time', kind = 'indosum', sizeArg = '1000', extra, extra2] = process.argv.slice(2);
const base = join(process.env.PROBE_DIR ?? join(tmpdir(), 'kutip-probe'), `${kind}-${sizeArg}`);
const articlesDir = join(base, 'articles');
const cacheDir = join(base, 'cache');

if (!existsSync(join(base, 'done'))) {
  mkdirSync(articlesDir, { recursive: true });
  if (kind === 'indosum') {
    const candidates = [process.env.BENCH_SHARED_DIR, join(root, '..', 'shared'), join(root, '..', '..', 'shared')].filter((d): d is string => d !== undefined);
    const source = candidates.map((d) => join(d, 'corpus', 'indosum')).find((d) => existsSync(d));
    if (source === undefined) {
      process.stderr.write(`no shared/corpus/indosum beside the checkout (looked in ${candidates.join(', ')})\n`);
      process.exit(1);
    }
    const ids = readdirSync(source).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    for (const id of sizeArg === 'all' ? ids : ids.slice(0, Number(sizeArg))) for (const ext of ['.txt', '.json']) if (existsSync(join(source, id + ext))) copyFileSync(join(source, id + ext), join(articlesDir, id + ext));
  } else {
    const zipf = new ZipfLibrary({ seed: 7, ...NEWS_LIKE });
    for (let i = 0; i < Number(sizeArg); i++) {
      const a = zipf.article(i);
      writeFileSync(join(articlesDir, `${a.id}.txt`), a.text);
      writeFileSync(join(articlesDir, `${a.id}.json`), JSON.stringify(a.sidecar));
    }
  }
  loadLibrary({ dir: articlesDir, cacheDir });
  writeFileSync(join(base, 'done'), '');
}

const library = loadLibrary({ dir: articlesDir, cacheDir });
const key = (r: AnswerRequest): string => `${r.command} ${r.query}${r.page === undefined ? '' : ` p${r.page}`}`;

if (mode === 'snapshot') {
  const lines = probeRequests(library).map((r) => JSON.stringify({ request: key(r), answer: answer(library, r) }));
  writeFileSync(extra ?? 'probe-answers.jsonl', `${lines.join('\n')}\n`);
  process.stdout.write(`${lines.length} answers written to ${extra ?? 'probe-answers.jsonl'}\n`);
} else if (mode === 'loop') {
  const reqs = libraryRequests(library).filter((r) => extra2 === undefined || r.command === extra2);
  const passes = Number(extra ?? 20);
  const t = performance.now();
  const c = process.cpuUsage();
  for (let i = 0; i < passes; i++) for (const r of reqs) answer(library, r);
  const used = process.cpuUsage(c);
  process.stdout.write(`${passes * reqs.length} answers in ${Math.round(performance.now() - t)} ms, ${Math.round((used.user + used.system) / 1000)} ms of CPU\n`);
} else {
  const reqs = libraryRequests(library);
  for (const r of reqs) answer(library, r);
  const passes = Number(extra ?? 5);
  const perQuery = new Map<string, number[]>();
  const perClass = new Map<string, number[]>();
  for (let pass = 0; pass < passes; pass++) {
    for (const r of reqs) {
      // CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours.
      const c = process.cpuUsage();
      answer(library, r);
      const used = process.cpuUsage(c);
      const ms = (used.user + used.system) / 1000;
      perQuery.set(key(r), [...(perQuery.get(key(r)) ?? []), ms]);
      const cls = `${r.command}:${r.class}`;
      perClass.set(cls, [...(perClass.get(cls) ?? []), ms]);
    }
  }
  for (const [cls, v] of [...perClass].sort()) {
    const d = distribution(v);
    process.stdout.write(`${cls.padEnd(18)} p50 ${d.p50.toFixed(2).padStart(6)}  p99 ${d.p99.toFixed(2).padStart(6)}  mean ${d.mean.toFixed(2)}\n`);
  }
  const all = [...perQuery].map(([q, v]) => ({ q, d: distribution(v) })).sort((a, b) => b.d.p50 - a.d.p50);
  process.stdout.write('\nslowest by median (median / max ms):\n');
  for (const { q, d } of all.slice(0, 15)) process.stdout.write(`  ${d.p50.toFixed(2).padStart(6)} / ${d.max.toFixed(2).padStart(6)}  ${q}\n`);
}
