// A kutip process started by a test (node dist/…), with its JSON log lines collected so a test can
// wait for one. Output that is not JSON (a crash trace) is kept in `output`. Stops by itself: a test
// ends it with a signal, and an unref'd safety timer SIGKILLs it after `lifetimeMs`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { root } from './run.js';

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface SpawnOptions {
  /** Arguments after the script. */
  readonly args?: readonly string[];
  /** node's own flags, before the script. */
  readonly nodeFlags?: readonly string[];
  /** The process is killed after this long, whatever happens. */
  readonly lifetimeMs?: number;
  /** Run as this uid and gid. */
  readonly user?: { readonly uid: number; readonly gid: number };
}

export class Spawned {
  readonly logs: LogLine[] = [];
  output = '';
  /** The exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** The exit code and signal. */
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly #child: ChildProcess;
  readonly #watchers = new Set<() => void>();

  /** Runs `node [...nodeFlags] <script> [...args]` in the repository root with exactly `env`. */
  constructor(script: string, env: NodeJS.ProcessEnv, { args = [], nodeFlags = [], lifetimeMs = 90_000, user }: SpawnOptions = {}) {
    this.#child = spawn(process.execPath, [...nodeFlags, script, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], ...user });
    this.ended = new Promise((resolve) => this.#child.on('exit', (code, signal) => resolve({ code, signal })));
    this.exited = this.ended.then(({ code }) => code);
    const safety = setTimeout(() => this.signal('SIGKILL'), lifetimeMs).unref();
    void this.ended.then(() => clearTimeout(safety));
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

  get pid(): number {
    return this.#child.pid!;
  }

  /** SIGKILL if still running; resolves once it has exited. */
  async stop(): Promise<void> {
    this.signal('SIGKILL');
    await this.ended;
  }
}
