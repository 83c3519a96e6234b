// Watching the articles folder: fs.watch says something changed, a short debounce lets a burst of
// changes (a copy of many files, an editor's save in several steps) settle into one rescan, and a
// periodic rescan catches what fs.watch misses (network file systems, a folder replaced whole).
// Every rescan is LiveLibrary.rescan(): it reads only the files whose stamps changed.
//
// On Linux fs.watch is inotify and reports every create, write, rename and removal in the folder
// at once; the periodic rescan is the safety net, not the mechanism.
import { statSync, watch, type FSWatcher } from 'node:fs';
import type { LiveLibrary, ReloadReport } from './live-library.js';

export interface WatchOptions {
  /** Quiet time after the last change before the folder is rescanned. */
  readonly debounceMs?: number;
  /** Longest a rescan waits while changes keep coming. */
  readonly maxWaitMs?: number;
  /**
   * Period of the safety-net rescan. It grows to 20 times what the last rescan took, so that
   * looking at a large folder never takes more than a twentieth of the time.
   */
  readonly rescanMs?: number;
  /** Use fs.watch (default); without it only the periodic rescan finds changes. */
  readonly fsWatch?: boolean;
  /** A rescan failed in a way no bad file explains (a bug): the watcher keeps going. */
  readonly onError?: (err: unknown) => void;
  /** fs.watch cannot watch the folder (once per change of that state); the periodic rescan goes on. */
  readonly onWatchProblem?: (problem: string) => void;
}

export interface ArticleWatcher {
  /** Rescan soon (debounced like a change fs.watch reports), e.g. after this process wrote the folder. */
  nudge(): void;
  /** Stops watching; a rescan under way finishes. */
  close(): void;
}

export const WATCH_DEFAULTS = { debounceMs: 150, maxWaitMs: 1000, rescanMs: 1000 } as const;

/** Only these names can change what is served; hidden files (a write's temporary file) cannot. */
const matters = (name: string | null): boolean => name === null || (!name.startsWith('.') && /\.(txt|html|json)$/.test(name));

/** The folder's inode, to notice it was replaced (the watch then follows the old, gone folder). */
function inodeOf(dir: string): bigint | undefined {
  try {
    return statSync(dir, { bigint: true }).ino;
  } catch {
    return undefined;
  }
}

export function watchArticles(live: LiveLibrary, options: WatchOptions = {}): ArticleWatcher {
  const { debounceMs, maxWaitMs, rescanMs } = { ...WATCH_DEFAULTS, ...options };
  const useFsWatch = options.fsWatch !== false;
  let closed = false;
  let firstChangeAt: number | undefined;
  let debounce: NodeJS.Timeout | undefined;
  let safety: NodeJS.Timeout | undefined;
  let lastTookMs = 0;
  let watcher: FSWatcher | undefined;
  let watchedInode: bigint | undefined;
  let watchProblem: string | undefined;

  const reportWatchProblem = (problem: string | undefined) => {
    if (problem !== undefined && problem !== watchProblem) options.onWatchProblem?.(problem);
    watchProblem = problem;
  };

  const stopWatcher = () => {
    watcher?.close();
    watcher = undefined;
  };

  /** (Re)starts fs.watch when it is not running, or follows a folder that was replaced. */
  const ensureWatcher = () => {
    if (!useFsWatch || closed) return;
    const inode = inodeOf(live.dir);
    if (watcher !== undefined && inode === watchedInode) return;
    stopWatcher();
    if (inode === undefined) return reportWatchProblem(`cannot watch ${live.dir}: it is gone; looking again every ${rescanMs / 1000} s`);
    try {
      watcher = watch(live.dir, { persistent: false }, (_event, name) => {
        if (matters(name)) changed();
      });
      watchedInode = inode;
      watcher.on('error', (err: NodeJS.ErrnoException) => {
        stopWatcher();
        reportWatchProblem(`cannot watch ${live.dir} (${err.code ?? err.message}); looking again every ${rescanMs / 1000} s`);
        changed();
      });
      reportWatchProblem(undefined);
    } catch (err) {
      reportWatchProblem(`cannot watch ${live.dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); looking again every ${rescanMs / 1000} s`);
    }
  };

  const scheduleSafety = () => {
    clearTimeout(safety);
    if (closed) return;
    safety = setTimeout(() => {
      ensureWatcher();
      rescan();
    }, Math.max(rescanMs, 20 * lastTookMs));
    safety.unref();
  };

  const rescan = () => {
    clearTimeout(debounce);
    debounce = undefined;
    firstChangeAt = undefined;
    if (closed) return;
    let report: ReloadReport | undefined;
    const started = performance.now();
    try {
      report = live.rescan();
    } catch (err) {
      options.onError?.(err);
    }
    lastTookMs = report?.tookMs ?? performance.now() - started;
    scheduleSafety();
  };

  /** A change: rescan once the folder has been quiet for debounceMs, but no later than maxWaitMs after the first. */
  function changed(): void {
    if (closed) return;
    const now = performance.now();
    firstChangeAt ??= now;
    clearTimeout(debounce);
    debounce = setTimeout(rescan, Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now)));
    debounce.unref();
  }

  ensureWatcher();
  scheduleSafety();
  return {
    nudge: changed,
    close() {
      closed = true;
      clearTimeout(debounce);
      clearTimeout(safety);
      stopWatcher();
    },
  };
}
