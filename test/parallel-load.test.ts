// A large uncached load reads articles on worker threads (src/load/parallel.ts): the library must be
// the same, article for article and problem for problem, as one read on this thread alone. The
// worker runs compiled code, so these tests load the build that global-setup made (dist/).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type LibraryModule = typeof import('../src/load/library.js');
type FilesModule = typeof import('../src/load/files.js');

const root = join(__dirname, '..');
const fixtures = join(__dirname, 'fixtures');
let work: string;
let dir: string;
let lib: LibraryModule;

beforeAll(async () => {
  lib = (await import(join(root, 'dist', 'src', 'load', 'library.js'))) as LibraryModule;
  work = mkdtempSync(join(tmpdir(), 'kutip-parallel-'));
  dir = join(work, 'articles');
  mkdirSync(dir);
  // Every fixture article three times over (under other ids, one with a sidecar), and bad files among them.
  const texts = readdirSync(fixtures).filter((f) => f.endsWith('.txt'));
  for (const [k, f] of texts.entries()) {
    // Each copy its own text (the cache keys files by their text): a last paragraph of its own.
    for (const copy of ['a', 'b', 'c']) writeFileSync(join(dir, `${copy}-${f}`), `${readFileSync(join(fixtures, f), 'utf8')}\n\nSalinan ${copy}.\n`);
    if (k === 0) writeFileSync(join(dir, `b-${f.replace(/\.txt$/, '.json')}`), JSON.stringify({ language: 'id', publishedAt: '2024-02-03' }));
  }
  writeFileSync(join(dir, 'm-empty.txt'), '   \n');
  writeFileSync(join(dir, 'm-binary.txt'), Buffer.from([0x50, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'm-endless.txt'), `Satu paragraf ${'panjang '.repeat(4000)}`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const shape = (l: ReturnType<LibraryModule['loadLibrary']>) => ({ entries: JSON.stringify(l.entries), problems: l.stats.problems, loaded: l.stats.loaded.map((a) => a.id) });

describe('a load on worker threads', () => {
  it('gives the same entries, in the same order, and the same problems as a load on one thread', () => {
    const one = lib.loadLibrary({ dir, parallel: { threads: 0 } });
    const two = lib.loadLibrary({ dir, parallel: { threads: 1, from: 1 } });
    const three = lib.loadLibrary({ dir, parallel: { threads: 2, from: 1 } });
    expect(one.stats.articles).toBeGreaterThan(30);
    expect(one.stats.problems).toHaveLength(3);
    expect(shape(two)).toEqual(shape(one));
    expect(shape(three)).toEqual(shape(one));
  });

  it('writes the cache as a load on one thread does: the next load reads every article from it', () => {
    const cacheDir = join(work, 'cache');
    const cold = lib.loadLibrary({ dir, cacheDir, parallel: { threads: 1, from: 1 } });
    expect(cold.stats.fromCache).toBe(0);
    const warm = lib.loadLibrary({ dir, cacheDir, parallel: { threads: 0 } });
    expect(warm.stats.fromCache).toBe(warm.stats.articles);
    expect(shape(warm)).toEqual(shape(cold));
    expect(warm.stats.loaded.every((a) => a.cache === 'hit')).toBe(true);
  });

  it('still fails at once on the one article asked for, when it is bad', () => {
    expect(() => lib.loadLibrary({ dir, only: 'm-binary', parallel: { threads: 1, from: 1 } })).toThrow(/binary/);
  });
});

describe('the bundled worker (dist/app, what kutip runs)', () => {
  it('reads the articles it is given from the shared queue and posts each one, or its problem', async () => {
    const files = (await import(join(root, 'dist', 'src', 'load', 'files.js'))) as FilesModule;
    const sources = ['a-en-harbour-strike', 'm-empty', 'b-tempo-2024-11-02-korut-rusia'].map((id) => {
      try {
        return files.readArticleSource(dir, id);
      } catch {
        return { id, raw: '', sidecar: {}, hash: '0'.repeat(64) }; // an empty article: the worker says why
      }
    });
    const { port1, port2 } = new MessageChannel();
    const queue = new SharedArrayBuffer(4);
    const posted = new SharedArrayBuffer(4);
    const worker = new Worker(join(root, 'dist', 'app', 'understand-worker.js'), { workerData: { dir, sources, port: port2, queue, posted }, transferList: [port2] });
    await new Promise<void>((resolve, reject) => {
      worker.once('exit', () => resolve());
      worker.once('error', reject);
    });
    const got: { i: number; json?: string; problem?: string }[] = [];
    for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1)) got.push(m.message as (typeof got)[number]);
    expect(got.map((g) => g.i).sort()).toEqual([0, 1, 2]);
    expect(Atomics.load(new Int32Array(posted), 0)).toBe(3);
    const byI = new Map(got.map((g) => [g.i, g]));
    expect(JSON.parse(byI.get(0)!.json!).article.id).toBe('a-en-harbour-strike');
    expect(byI.get(1)!.problem).toMatch(/no paragraphs|empty/);
    const tempo = JSON.parse(byI.get(2)!.json!);
    expect(tempo.understanding.people.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'b-tempo-2024-11-02-korut-rusia.txt'), 'utf8')).toContain(tempo.article.paragraphs[0].text.slice(0, 20));
  });
});
