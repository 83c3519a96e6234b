// A library that follows its folder. One holder keeps the current Library; every front end reads it
// at the start of an interaction and keeps that one to the end, so an answer sees the old library
// or the new one, never a mix. `rescan()` looks at the folder again and, when an article was added,
// changed or removed, swaps in a new Library whole: unchanged articles keep their entries (nothing is
// read again), changed ones are read again (through the on-disk cache), and the index is rebuilt
// from the previous one (src/index/rebuild.ts: only the changed articles' paragraphs are tokenized).
// A file that cannot be read keeps the previous good version of its article. The Library itself
// stays a value; watching the folder is src/load/watch-articles.ts's job.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { libraryOf, type Library, type LibraryEntry } from '../index/library.js';
import { rebuildPassageIndex } from '../index/rebuild.js';
import { ArticleCache } from './cache.js';
import { listArticleIds, readArticleSource } from './files.js';
import { entryOf, loadLibrary, loadProblem, type LoadStats } from './library.js';
import type { ParallelOptions } from './parallel.js';
import { ArticleError } from './sidecar.js';

/** Where the current library is read from, at the start of each interaction. */
export interface LibrarySource {
  readonly current: Library;
}

/** What one rescan found. */
export interface ReloadReport {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  /** Articles served as they were. */
  readonly kept: number;
  /** Articles served after the rescan. */
  readonly articles: number;
  /** One line per file that could not be read: a bad article keeps its previous version. */
  readonly problems: readonly string[];
  /** Whether a new library was swapped in (something was added, changed or removed). */
  readonly swapped: boolean;
  readonly tookMs: number;
}

interface Known {
  /** The files as last seen; undefined: never looked at (read again at the next rescan). */
  readonly stamp: string | undefined;
  /** The version served, if any: a file that was bad when first seen has none. */
  readonly entry: LibraryEntry | undefined;
}

/** An article's files as they stand on disk: any write, rename or removal of one changes it. */
export function stampOf(dir: string, id: string): string {
  return ['.txt', '.html', '.json']
    .map((ext) => {
      try {
        const s = statSync(join(dir, `${id}${ext}`), { bigint: true, throwIfNoEntry: false });
        return s === undefined ? '-' : `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
      } catch {
        return '?';
      }
    })
    .join('|');
}

/** The stamps of every article of a folder; empty when it cannot be read (the load says why). */
function stampFolder(dir: string): Map<string, string> {
  try {
    return new Map(listArticleIds(dir).map((id) => [id, stampOf(dir, id)]));
  } catch {
    return new Map();
  }
}

export interface LiveLibraryOptions {
  readonly cacheDir?: string;
  /** The cache the first load used, so one process keeps one (wins over `cacheDir`). */
  readonly cache?: ArticleCache;
  /** The stamps of the files as they were before `library` was read from them; missing ones are checked at the first rescan. */
  readonly stamps?: ReadonlyMap<string, string>;
}

export class LiveLibrary implements LibrarySource {
  #library: Library;
  readonly #known = new Map<string, Known>();
  readonly #listeners = new Set<(report: ReloadReport) => void>();
  readonly #cache: ArticleCache | undefined;
  /** The last reason the folder could not be listed, so it is reported once. */
  #folderProblem: string | undefined;

  constructor(library: Library, readonly dir: string, { cacheDir, cache, stamps = new Map() }: LiveLibraryOptions = {}) {
    this.#library = library;
    this.#cache = cache ?? (cacheDir === undefined ? undefined : new ArticleCache(cacheDir));
    for (const entry of library.entries) this.#known.set(entry.article.id, { stamp: stamps.get(entry.article.id), entry });
    // A file that was bad at load is not read again until it changes.
    for (const [id, stamp] of stamps) if (!this.#known.has(id)) this.#known.set(id, { stamp, entry: undefined });
  }

  /** The library to answer from now. Read it once per interaction and keep it. */
  get current(): Library {
    return this.#library;
  }

  /** Calls `listener` after every rescan that swapped the library or met a bad file; returns how to stop. */
  onReload(listener: (report: ReloadReport) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Resolves true once the library serves the article (`present`) or no longer serves it, and false
   * when that has not happened within `timeoutMs`.
   */
  whenServed(id: string, present: boolean, timeoutMs: number): Promise<boolean> {
    const done = () => (this.#library.get(id) !== undefined) === present;
    if (done()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const stop = this.onReload(() => {
        if (!done()) return;
        stop();
        clearTimeout(timer);
        resolve(true);
      });
      const timer = setTimeout(() => {
        stop();
        resolve(false);
      }, timeoutMs);
      timer.unref();
    });
  }

  /** Looks at the folder again and swaps in a new library when an article was added, changed or removed. */
  rescan(): ReloadReport {
    const started = performance.now();
    const problems: string[] = [];
    let ids: string[];
    try {
      ids = listArticleIds(this.dir);
      this.#folderProblem = undefined;
    } catch (err) {
      // The folder is gone or unreadable: keep serving what was loaded, and say so once.
      const problem = err instanceof ArticleError ? err.message : `${this.dir}: ${(err as Error).message}`;
      if (problem !== this.#folderProblem) problems.push(`${problem}; still serving the ${this.#library.entries.length} articles loaded`);
      this.#folderProblem = problem;
      return this.#report({ added: [], changed: [], removed: [], kept: this.#library.entries.length, problems, swapped: false, started });
    }

    const entries: LibraryEntry[] = [];
    const added: string[] = [];
    const changed: string[] = [];
    /** Content hashes of the versions no longer served: their cache files go, unless another article has the same text. */
    const gone: string[] = [];
    let kept = 0;
    for (const id of ids) {
      const stamp = stampOf(this.dir, id);
      const known = this.#known.get(id);
      const previous = known?.entry;
      if (known !== undefined && known.stamp === stamp) {
        if (previous !== undefined) entries.push(previous);
        if (previous !== undefined) kept++;
        continue;
      }
      let entry = previous;
      try {
        const source = readArticleSource(this.dir, id);
        // Touched but the same text and sidecar: the entry served stays, nothing is parsed.
        if (previous === undefined || previous.article.contentHash !== source.hash) {
          entry = entryOf(this.dir, source, this.#cache).entry;
          (previous === undefined ? added : changed).push(id);
          if (previous !== undefined) gone.push(previous.article.contentHash);
        }
      } catch (err) {
        problems.push(previous === undefined ? loadProblem(this.dir, id, err) : `${loadProblem(this.dir, id, err)}; still serving its previous version`);
      }
      this.#known.set(id, { stamp, entry });
      if (entry !== undefined) entries.push(entry);
      if (entry !== undefined && entry === previous) kept++;
    }

    const listed = new Set(ids);
    const removed: string[] = [];
    for (const [id, known] of this.#known) {
      if (listed.has(id)) continue;
      this.#known.delete(id);
      if (known.entry !== undefined) removed.push(id);
      if (known.entry !== undefined) gone.push(known.entry.article.contentHash);
    }
    const served = new Set(entries.map((e) => e.article.contentHash));
    for (const hash of gone) if (!served.has(hash)) this.#cache?.forget(hash);
    removed.sort();
    const swapped = added.length + changed.length + removed.length > 0;
    // Entries in the folder's (sorted) order, as a fresh load would have them; the index is rebuilt
    // from the previous one, tokenizing only the paragraphs of what was added or changed.
    if (swapped) this.#library = libraryOf(entries, rebuildPassageIndex(this.#library, entries), this.#library);
    return this.#report({ added, changed, removed, kept, problems, swapped, started });
  }

  #report(found: Omit<ReloadReport, 'articles' | 'tookMs'> & { readonly started: number }): ReloadReport {
    const { started, ...rest } = found;
    const report: ReloadReport = { ...rest, articles: this.#library.entries.length, tookMs: Math.round(performance.now() - started) };
    if (report.swapped || report.problems.length > 0) for (const listener of this.#listeners) listener(report);
    return report;
  }
}

/** What `loadLiveLibrary` gives: the live library and what its first load found, for the start-up lines. */
export interface LoadedLive {
  readonly live: LiveLibrary;
  readonly stats: LoadStats;
}

/**
 * Loads a folder as `loadLibrary` does (the same errors, the same start-up report) into a library
 * that can follow the folder. The files' stamps are taken before they are read, so a file written
 * during the load is read again at the first rescan.
 */
export function loadLiveLibrary({ dir, cacheDir, parallel }: { readonly dir: string; readonly cacheDir?: string; readonly parallel?: ParallelOptions }): LoadedLive {
  const stamps = stampFolder(dir);
  const cache = cacheDir === undefined ? undefined : new ArticleCache(cacheDir);
  const loaded = loadLibrary({ dir, ...(cache !== undefined && { cache }), ...(parallel !== undefined && { parallel }) });
  const live = new LiveLibrary(loaded, dir, { ...(cache !== undefined && { cache }), stamps });
  return { live, stats: loaded.stats };
}
