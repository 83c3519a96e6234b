// A kutip process started by a test (node dist/…), with its JSON log lines collected so a test can
// wait for one. Output that is not JSON (a crash trace) is kept in `output`. Stops by itself: a test
// ends it with a signal, and an unref'd safety timer SIGKILLs it after `lifetimeMs`.
//
// A wait on this process fails as soon as the process has ended (with its stderr in the error),
// never after its timeout: a bot that could not start says why at once.
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
  /** Working directory (relative script paths resolve here). Default: the repository root. */
  readonly cwd?: string;
}

export class Spawned {
  readonly logs: LogLine[] = [];
  output = '';
  /** What the process wrote on stderr. */
  stderr = '';
  /** The exit code (null when killed by a signal), once the process has ended and its output is read. */
  readonly exited: Promise<number | null>;
  /**
   * The exit code and signal, once the process has exited and its stdout and stderr are closed, so
   * `output` and `logs` hold everything it wrote.
   */
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly #child: ChildProcess;
  readonly #watchers = new Set<() => void>();
  #done = false;

  /** Runs `node [...nodeFlags] <script> [...args]` in `cwd` (default: the repository root) with exactly `env`. */
  constructor(script: string, env: NodeJS.ProcessEnv, { args = [], nodeFlags = [], lifetimeMs = 90_000, user, cwd = root }: SpawnOptions = {}) {
    this.#child = spawn(process.execPath, [...nodeFlags, script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], ...user });
    // 'close' comes after 'exit' and after both pipes have closed: nothing the process wrote is still in flight.
    this.ended = new Promise((resolve) => {
      this.#child.on('close', (code, signal) => {
        this.#done = true;
        resolve({ code, signal });
        for (const watcher of this.#watchers) watcher();
      });
      // A spawn that fails (no such cwd, a uid that may not run node) emits 'error' and then 'close'.
      this.#child.on('error', (err) => {
        this.stderr += `spawn failed: ${err.message}\n`;
        this.output += `spawn failed: ${err.message}\n`;
      });
    });
    this.exited = this.ended.then(({ code }) => code);
    const safety = setTimeout(() => this.signal('SIGKILL'), lifetimeMs).unref();
    void this.ended.then(() => clearTimeout(safety));
    for (const [stream, isStderr] of [[this.#child.stdout!, false], [this.#child.stderr!, true]] as const) {
      createInterface({ input: stream }).on('line', (line) => {
        this.output += `${line}\n`;
        if (isStderr) this.stderr += `${line}\n`;
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          // not a log line: kept in `output`
        }
        for (const watcher of this.#watchers) watcher();
      });
    }
  }

  /** Why a wait failed: the process is gone, and what it said. */
  #endedError(what: string): Error {
    const code = this.#child.exitCode;
    const signal = this.#child.signalCode;
    const how = signal === null ? `exited with code ${code}` : `was killed by ${signal}`;
    return new Error(`the process ${how} before ${what}; its stderr:\n${this.stderr.slice(-3000) || '(empty)'}\noutput:\n${this.output.slice(-2000)}`);
  }

  /** The first log line (already written or still to come) that matches; rejects at once if the process ends first. */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const line = this.logs.find(predicate);
        if (line) {
          this.#watchers.delete(check);
          clearTimeout(timer);
          resolve(line);
        } else if (this.#done) {
          this.#watchers.delete(check);
          clearTimeout(timer);
          reject(this.#endedError('writing such a log line'));
        }
      };
      const timer = setTimeout(() => {
        this.#watchers.delete(check);
        reject(new Error(`no such log line within ${timeoutMs} ms; output so far:\n${this.output.slice(-3000)}`));
      }, timeoutMs).unref();
      this.#watchers.add(check);
      check();
    });
  }

  /** `promise`, unless the process ends before it settles: then a rejection naming `what`, with the stderr. */
  whileRunning<T>(promise: Promise<T>, what: string): Promise<T> {
    return Promise.race([
      promise,
      this.ended.then(() =>
        // The promise may have settled in the same turn the process ended: prefer its outcome.
        Promise.race([promise, Promise.reject(this.#endedError(what))]),
      ),
    ]);
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

  /** SIGKILL if still running; resolves once it has ended. */
  async stop(): Promise<void> {
    this.signal('SIGKILL');
    await this.ended;
  }
}
