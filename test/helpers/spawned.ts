// A kutip process started by a test (node dist/…), with its JSON log lines collected so a test can
// wait for one. Output that is not JSON (a crash trace) is kept in `output`. Stops by itself: a test
// ends it with a signal, and an unref'd safety timer SIGKILLs it after `lifetimeMs`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { root } from './run.js';

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export class Spawned {
  readonly logs: LogLine[] = [];
  output = '';
  readonly exited: Promise<number | null>;
  readonly #child: ChildProcess;
  readonly #watchers = new Set<() => void>();

  /** Runs `node <script> [...args]` in the repository root with exactly `env`. */
  constructor(script: string, env: NodeJS.ProcessEnv, { args = [], lifetimeMs = 90_000 }: { args?: string[]; lifetimeMs?: number } = {}) {
    this.#child = spawn(process.execPath, [script, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.#child.on('exit', (code) => resolve(code)));
    const safety = setTimeout(() => this.signal('SIGKILL'), lifetimeMs).unref();
    void this.exited.then(() => clearTimeout(safety));
    for (const stream of [this.#child.stdout!, this.#child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.output += `${line}\n`;
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          // not a log line: kept in `output`
        }
        for (const watcher of this.#watchers) watcher();
      });
    }
  }

  /** The first log line (already written or still to come) that matches. */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const line = this.logs.find(predicate);
        if (!line) return;
        this.#watchers.delete(check);
        clearTimeout(timer);
        resolve(line);
      };
      const timer = setTimeout(() => {
        this.#watchers.delete(check);
        reject(new Error(`no such log line within ${timeoutMs} ms; output so far:\n${this.output.slice(-3000)}`));
      }, timeoutMs).unref();
      this.#watchers.add(check);
      check();
    });
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.#child.kill(signal);
  }

  get running(): boolean {
    return this.#child.exitCode === null && this.#child.signalCode === null;
  }
}
