// An on-disk cache of what load and extract made of each article, keyed by the article's content
// hash and by a fingerprint of the code that made it. A missing, corrupt or stale file is simply
// rebuilt: the cache is never trusted over the article.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Understanding } from '../types.js';

export interface CachedArticle {
  readonly article: Article;
  readonly understanding: Understanding;
}

interface CacheFile extends CachedArticle {
  readonly fingerprint: string;
}

/** Set by the bundler (scripts/bundle.mjs) to what codeFingerprint() gives in dist/src. */
declare const KUTIP_CODE_FINGERPRINT: string | undefined;

/** The compiled `src/` folder (this file lives in src/load/). */
const here = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * A hash of the compiled code that turns a file into an Article and an Understanding: a new
 * build of any of it makes every cached file stale.
 */
export function codeFingerprint(): string {
  if (typeof KUTIP_CODE_FINGERPRINT === 'string') return KUTIP_CODE_FINGERPRINT;
  // Once a process: the code it runs was loaded at its start (a build meanwhile changes the files, not
  // the code running), and reading them all again cost every load from the cache some 5 ms.
  if (fingerprint === undefined) {
    const hash = createHash('sha256');
    for (const file of fingerprintedFiles()) hash.update(file.slice(here.length)).update(readFileSync(file));
    fingerprint = hash.digest('hex').slice(0, 16);
  }
  return fingerprint;
}

let fingerprint: string | undefined;

/**
 * The files codeFingerprint reads: the code and data tables of text, load, extract and lang, their
 * subfolders too (extract/dates/ holds the date rules), in a fixed order.
 */
export function fingerprintedFiles(): string[] {
  const files = (dir: string): string[] => {
    try {
      // The data tables too: a new list of common words (lang/common-words-id.json) reads names differently.
      return readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.js') || f.endsWith('.ts') || f.endsWith('.json'))
        .sort()
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  };
  return ['text', 'load', 'extract', 'lang'].flatMap((dir) => files(join(here, dir)));
}

function looksValid(data: unknown, hash: string, fingerprint: string): data is CacheFile {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<CacheFile>;
  const u = d.understanding as Partial<Understanding> | undefined;
  return (
    d.fingerprint === fingerprint &&
    d.article?.contentHash === hash &&
    Array.isArray(d.article.paragraphs) &&
    d.article.paragraphs.every((p) => typeof p?.text === 'string' && Array.isArray(p.sentences)) &&
    u !== undefined &&
    ['people', 'organisations', 'places', 'quotes', 'dates'].every((k) => Array.isArray((u as Record<string, unknown>)[k]))
  );
}

/** A cache file's name: the code's fingerprint, then the article's content hash. */
const CACHE_FILE = /^(?:([0-9a-f]{16})-)?[0-9a-f]{64}\.json$/;

export class ArticleCache {
  private readonly fingerprint = codeFingerprint();
  private writable = true;
  private pruned = false;

  constructor(readonly dir: string) {}

  private file(hash: string): string {
    return join(this.dir, `${this.fingerprint}-${hash}.json`);
  }

  /**
   * Deletes the files another build of kutip wrote (another fingerprint, or the older names without
   * one): they can never be read again, and an upgrade would otherwise leave a whole copy of the
   * library behind. Files that are not kutip's are left alone. Run on the first write of a process,
   * which is when the code changed or an article did.
   */
  private prune(): void {
    this.pruned = true;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const match = CACHE_FILE.exec(name);
      if (match !== null && match[1] !== this.fingerprint) this.remove(join(this.dir, name));
    }
  }

  private remove(file: string): void {
    try {
      unlinkSync(file);
    } catch {
      // Gone already, or not ours to delete: the cache only ever skips.
    }
  }

  /** Forget an article's cached file (its text changed or it was removed). */
  forget(hash: string): void {
    if (this.writable) this.remove(this.file(hash));
  }

  /** The cached article for this content hash and id, or undefined (missing, corrupt or stale). */
  get(hash: string, id: string): CachedArticle | undefined {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(this.file(hash), 'utf8'));
    } catch {
      return undefined;
    }
    if (!looksValid(data, hash, this.fingerprint) || data.article.id !== id) return undefined;
    return { article: data.article, understanding: data.understanding };
  }

  /** Store an entry; a cache that cannot be written is skipped silently, never an error. */
  put(entry: CachedArticle): void {
    const body: CacheFile = { fingerprint: this.fingerprint, ...entry };
    this.write(entry.article.contentHash, JSON.stringify(body));
  }

  /** Store an entry already written as JSON (`{"article":…,"understanding":…}`, as a worker thread made it). */
  putJson(hash: string, entryJson: string): void {
    this.write(hash, `{"fingerprint":${JSON.stringify(this.fingerprint)},${entryJson.slice(1)}`);
  }

  private write(hash: string, json: string): void {
    if (!this.writable) return;
    if (!this.pruned) this.prune();
    const target = this.file(hash);
    const temp = `${target}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temp, json);
      renameSync(temp, target); // atomic: a reader never sees half a file
    } catch {
      this.writable = false;
    }
  }
}
