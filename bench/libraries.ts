// The library part of `npm run bench`: each library (BENCH_LIBRARIES, default
// "indosum:1000,indosum:all,zipf:10000") in a process of its own (bench/library-child.ts), and the
// tables of what it measured. IndoSum is read from ../shared/corpus/indosum when it is there; when it
// is not, its rows say so and the run goes on.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Distribution } from './stats.js';

export interface LibraryResult {
  readonly kind: string;
  readonly size?: string;
  readonly skipped?: string;
  readonly articles?: number;
  readonly paragraphs?: number;
  readonly coldLoadMs?: number;
  readonly cachedLoadMs?: number;
  readonly heapMB?: number;
  readonly rssMB?: number;
  /** Resident memory once loaded, before the comparison engines are built in the same process. */
  readonly rssAfterLoadMB?: number;
  /** Peak resident memory of `kutip ask` serving from the cache. */
  readonly servingRssMB?: number;
  readonly commands?: Record<string, Distribution>;
  readonly answerBytes?: { readonly p50: number; readonly max: number };
  readonly autocomplete?: Distribution;
  readonly search?: {
    readonly kutip: Distribution;
    readonly miniSearch: Distribution;
    readonly miniBuildMs: number;
    readonly plainFuse: Distribution & { readonly queries: number };
    readonly kutipOnFuseQueries: Distribution;
    readonly vsMiniSearch: number;
    readonly vsFuse: number;
  };
  readonly askThroughput?: { readonly lines: number; readonly startMs: number; readonly totalMs: number; readonly answersPerSecond: number };
}

export function libraryRuns(root: string): LibraryResult[] {
  const specs = (process.env.BENCH_LIBRARIES ?? 'indosum:1000,indosum:all,zipf:10000').split(',').filter((s) => s.trim() !== '');
  return specs.map((spec) => {
    const [kind = 'zipf', size = '1000'] = spec.split(':');
    const r = spawnSync(process.execPath, ['--expose-gc', '--v8-pool-size=1', '--max-old-space-size=4096', join(root, 'dist', 'bench', 'library-child.js'), kind, size], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) return { kind, size, skipped: `failed: ${r.stderr.split('\n').slice(0, 3).join(' ')}` };
    return JSON.parse(r.stdout) as LibraryResult;
  });
}

const row = (cells: readonly (string | number | undefined)[]): string => `| ${cells.map((c) => c ?? '—').join(' | ')} |`;
const cell = (d: Distribution | undefined): string => (d ? `${d.p50} / ${d.p99}` : '—');

export function printLibraries(results: readonly LibraryResult[]): void {
  const name = (r: LibraryResult) => `${r.kind === 'indosum' ? 'IndoSum' : 'Zipf'} ${r.articles?.toLocaleString('en') ?? r.size}`;
  for (const r of results.filter((x) => x.skipped)) console.log(`\n${r.kind} ${r.size}: skipped — ${r.skipped}`);
  const done = results.filter((r) => !r.skipped);
  if (done.length === 0) return;
  console.log('\nLibraries: loading and memory');
  console.log(row(['library', 'articles', 'paragraphs', 'cold load s', 'cached load s', 'heap MB', 'serving RSS MB', 'JSON answer p50 / max B', 'kutip ask answers/s']));
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of done) {
    console.log(row([name(r), r.articles, r.paragraphs, ((r.coldLoadMs ?? 0) / 1000).toFixed(1), ((r.cachedLoadMs ?? 0) / 1000).toFixed(2), r.heapMB, r.servingRssMB ?? r.rssAfterLoadMB, `${r.answerBytes?.p50} / ${r.answerBytes?.max}`, r.askThroughput?.answersPerSecond]));
  }
  const commands = ['who', 'when', 'where', 'quote', 'ask', 'search', 'source'];
  for (const cls of ['frequent', 'rare', 'absent']) {
    console.log(`\nLibraries: p50 / p99 ms per command, ${cls} names`);
    console.log(row(['library', ...commands.map((c) => `/${c}`)]));
    console.log(row(['---', ...commands.map(() => '---:')]));
    for (const r of done) console.log(row([name(r), ...commands.map((c) => cell(r.commands?.[`${c}:${cls}`]))]));
  }
  console.log('\nLibraries: every command (p99 ms), article autocomplete, and /search against fuse.js and MiniSearch (p50 ms, same queries, same paragraphs)');
  console.log(row(['library', 'all commands p50 / p99', 'autocomplete p50 / p99', 'kutip /search', 'MiniSearch', 'kutip ×', 'plain fuse.js', 'kutip ×']));
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of done) {
    const s = r.search;
    console.log(row([name(r), cell(r.commands?.all), cell(r.autocomplete), s?.kutip.p50, s?.miniSearch.p50, s ? `${s.vsMiniSearch}×` : undefined, s?.plainFuse.p50, s ? `${s.vsFuse}×` : undefined]));
  }
}
