// Parse and understand many articles at once on every core: a load of a large uncached library
// (the first start, or the first after an upgrade, which makes every cached file stale) is mostly
// extraction, and each article is extracted on its own. The caller stays synchronous: this thread
// takes articles from the same queue as the workers, then waits for the workers' last ones.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { understand } from '../extract/understand.js';
import type { LibraryEntry } from '../index/library.js';
import { uncompactedWhile } from '../v8-flags.js';
import { articleFromSource, loadProblem, type ArticleSource } from './files.js';

/** One article's outcome: its entry (with the JSON a worker made of it, for the cache), or why it failed. */
export type Made = { readonly entry: LibraryEntry; readonly json?: string } | { readonly problem: string; readonly error?: unknown };

export interface ParallelOptions {
  /** Worker threads besides this one; default: one per spare core, at most 3. 0: none. */
  readonly threads?: number;
  /** Fewer articles than this are read on this thread alone (a worker costs a start of its own). */
  readonly from?: number;
}

/** Below this, starting a worker (loading the code, compiling the patterns) costs more than it saves. */
const PARALLEL_FROM = 200;
/** A worker that posts nothing for this long while it holds articles is given up on; this thread reads them. */
const STALL_MS = 60_000;

/** The worker's script beside this module: dist/src/load/ built, dist/app/ bundled; none when running from sources. */
function workerFile(): URL | undefined {
  const file = new URL('./understand-worker.js', import.meta.url);
  return file.protocol === 'file:' && existsSync(fileURLToPath(file)) ? file : undefined;
}

/** A source parsed into its article and understood: what every load does with a file the cache does not hold. */
export function understoodEntry(dir: string, source: ArticleSource): LibraryEntry {
  const article = articleFromSource(dir, source);
  return { article, understanding: understand(article) };
}

function makeHere(dir: string, source: ArticleSource): Made {
  try {
    return { entry: understoodEntry(dir, source) };
  } catch (error) {
    return { problem: loadProblem(dir, source.id, error), error };
  }
}

interface Posted {
  readonly i: number;
  readonly json?: string;
  readonly problem?: string;
}

/** Every source parsed and understood, in order: on this thread alone, or with worker threads for many. */
export function makeEntries(dir: string, sources: readonly ArticleSource[], options: ParallelOptions = {}): Made[] {
  const threads = Math.max(0, Math.min(options.threads ?? Math.min(3, availableParallelism() - 1), sources.length - 1));
  const file = workerFile();
  if (threads === 0 || sources.length < (options.from ?? PARALLEL_FROM) || file === undefined) return sources.map((s) => makeHere(dir, s));
  return uncompactedWhile(() => inParallel(dir, sources, threads, file));
}

function inParallel(dir: string, sources: readonly ArticleSource[], threads: number, file: URL): Made[] {

  const made: (Made | undefined)[] = new Array(sources.length);
  const queue = new SharedArrayBuffer(4);
  const posted = new SharedArrayBuffer(4);
  const next = new Int32Array(queue);
  const signal = new Int32Array(posted);
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let t = 0; t < threads; t++) {
    const { port1, port2 } = new MessageChannel();
    try {
      const worker = new Worker(file, { workerData: { dir, sources, port: port2, queue, posted }, transferList: [port2] });
      // A worker that fails posts nothing more; what it took is read here (below). Never an uncaught error.
      worker.on('error', () => undefined);
      worker.unref();
      workers.push(worker);
      ports.push(port1);
    } catch {
      port1.close(); // no worker: this thread reads its share
    }
  }
  let here = 0;
  for (let i = Atomics.add(next, 0, 1); i < sources.length; i = Atomics.add(next, 0, 1)) {
    made[i] = makeHere(dir, sources[i]!);
    here++;
  }
  // What the workers took: wait for each, unless one stops posting (it crashed, or never started).
  let received = 0;
  const take = (p: Posted): void => {
    received++;
    made[p.i] = p.json !== undefined ? { entry: JSON.parse(p.json) as LibraryEntry, json: p.json } : { problem: p.problem ?? 'cannot be loaded' };
  };
  const claimed = (): number => Math.min(Atomics.load(next, 0), sources.length) - here;
  while (received < claimed()) {
    const seen = Atomics.load(signal, 0);
    let got = false;
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        take(m.message as Posted);
        got = true;
      }
    }
    if (!got && received < claimed() && Atomics.wait(signal, 0, seen, STALL_MS) === 'timed-out') break;
  }
  for (const w of workers) void w.terminate();
  for (const port of ports) port.close();
  // Anything a worker took and never gave back is read here.
  return made.map((m, i) => m ?? makeHere(dir, sources[i]!));
}
