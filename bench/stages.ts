// A developer's probe of the fixed per-query cost (not part of `npm run bench`): where a Tempo
// query's time goes, stage by stage, and a snapshot of answers to compare before and after a change.
//   node --v8-pool-size=1 dist/bench/stages.js time [passes]      per command: read, find, render (µs)
//   node --v8-pool-size=1 dist/bench/stages.js slow [passes]      the slowest Tempo queries, whole answer
//   node --v8-pool-size=1 dist/bench/stages.js snapshot out.jsonl every Tempo query in both locales,
//                                                                  and the 1,000-article sweep's requests
//   node --cpu-prof --v8-pool-size=1 dist/bench/stages.js loop [passes] [command]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { find } from '../src/answer/index.js';
import { answer, type AnswerRequest } from '../src/core.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';
import { loadLibrary } from '../src/load/library.js';
import { readQuery } from '../src/query/query.js';
import { toAnswer } from '../src/render/json.js';
import { syntheticArticle } from './corpus.js';
import { commandRequests } from './scale.js';
import { tempoQueries } from './tempo-queries.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [mode = 'time', arg, arg2] = process.argv.slice(2);
const library = loadLibrary({ dir: join(root, 'data', 'articles') });
const unique = [...new Map(tempoQueries(200).map((q) => [`${q.command} ${q.query}`, q])).values()];

/**
 * CPU microseconds per call of `fn` over `items`, `passes` times, in one batch (no timer per call).
 * CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours.
 */
function perCall<T>(items: readonly T[], passes: number, fn: (item: T) => unknown): number {
  const c = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (const item of items) fn(item);
  const used = process.cpuUsage(c);
  return (used.user + used.system) / (passes * items.length);
}

if (mode === 'time') {
  const passes = Number(arg ?? 200);
  for (const q of unique) answer(library, q); // warm up
  const commands = [...new Set(unique.map((q) => q.command))];
  process.stdout.write(`${'command'.padEnd(8)} ${'read'.padStart(7)} ${'find'.padStart(7)} ${'render'.padStart(7)} ${'whole'.padStart(7)}  (µs per query, mean)\n`);
  for (const command of commands) {
    const qs = unique.filter((q) => q.command === command);
    const read = qs.map((q) => readQuery(q));
    const found = read.map((q) => find(library, q));
    const r = perCall(qs, passes, (q) => readQuery(q));
    const f = perCall(read, passes, (q) => find(library, q));
    const t = perCall(found, passes, (x) => toAnswer(x, 'en'));
    const w = perCall(qs, passes, (q) => answer(library, q));
    process.stdout.write(`${command.padEnd(8)} ${r.toFixed(1).padStart(7)} ${f.toFixed(1).padStart(7)} ${t.toFixed(1).padStart(7)} ${w.toFixed(1).padStart(7)}\n`);
  }
} else if (mode === 'slow') {
  // Every query of one command (or the 25 slowest of all), slowest first: read, find, render apart.
  const passes = Number(arg ?? 50);
  for (const q of unique) answer(library, q);
  const qs = unique.filter((q) => arg2 === undefined || q.command === arg2);
  const rows = qs
    .map((q) => {
      const read = readQuery(q);
      const found = find(library, read);
      return { q, r: perCall([q], passes, (x) => readQuery(x)), f: perCall([read], passes, (x) => find(library, x)), t: perCall([found], passes, (x) => toAnswer(x, 'en')) };
    })
    .sort((a, b) => b.r + b.f + b.t - (a.r + a.f + a.t));
  for (const { q, r, f, t } of rows.slice(0, arg2 === undefined ? 25 : rows.length)) {
    process.stdout.write(`${(r + f + t).toFixed(1).padStart(8)} µs = ${r.toFixed(1).padStart(6)} + ${f.toFixed(1).padStart(7)} + ${t.toFixed(1).padStart(5)}  /${q.command} ${q.query}\n`);
  }
} else if (mode === 'loop') {
  const passes = Number(arg ?? 500);
  const qs = unique.filter((q) => arg2 === undefined || q.command === arg2);
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const q of qs) answer(library, q);
  process.stdout.write(`${passes * qs.length} answers in ${Math.round(performance.now() - t0)} ms\n`);
} else if (mode === 'snapshot') {
  const out = arg ?? 'stages-answers.jsonl';
  const requests: AnswerRequest[] = unique.flatMap((q) => [q, { ...q, locale: 'id' as const }]);
  const lines = requests.map((r) => JSON.stringify({ request: `tempo ${r.locale ?? 'en'} /${r.command} ${r.query}`, answer: answer(library, r) }));
  // The scale sweep's 1,000-article library, built as bench/scale.ts builds it.
  const corpus = Array.from({ length: 1000 }, (_, i) => syntheticArticle(7, i));
  const parsed = corpus.map((a) => parseArticle(a.id, a.text, { language: 'id', publishedAt: '2024-01-01' }));
  const synthetic = libraryOf(entriesOf(parsed, understand));
  for (const r of commandRequests(corpus, 10)) lines.push(JSON.stringify({ request: `synthetic /${r.command} ${r.query}`, answer: answer(synthetic, r) }));
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`${lines.length} answers written to ${out}\n`);
}
