// A worker thread of a parallel load (load/parallel.ts): takes the next article from the shared
// queue, parses and understands it, and posts the entry as JSON (what the cache stores), or the
// line that says why the article could not be loaded, until the queue is empty.
import { type MessagePort, workerData } from 'node:worker_threads';
import { loadProblem, type ArticleSource } from './files.js';
import { understoodEntry } from './parallel.js';

interface Job {
  readonly dir: string;
  readonly sources: readonly ArticleSource[];
  readonly port: MessagePort;
  readonly queue: SharedArrayBuffer;
  readonly posted: SharedArrayBuffer;
}

const { dir, sources, port, queue, posted } = workerData as Job;
const next = new Int32Array(queue);
const signal = new Int32Array(posted);

for (let i = Atomics.add(next, 0, 1); i < sources.length; i = Atomics.add(next, 0, 1)) {
  const source = sources[i]!;
  try {
    port.postMessage({ i, json: JSON.stringify(understoodEntry(dir, source)) });
  } catch (err) {
    port.postMessage({ i, problem: loadProblem(dir, source.id, err) });
  }
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
port.close();
