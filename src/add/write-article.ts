// Writing an added article into the articles folder: refused when the folder already has the same
// article (same address, or the same paragraphs), else `<id>.json` then `<id>.txt`, each written
// to a temporary file and renamed into place, so a reader never sees half a file.
import { createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../text/clean.js';
import { readArticleSource } from '../load/files.js';
import { type Sidecar } from '../load/sidecar.js';
import { AddFailure, fail } from './problems.js';

/** Tracking parameters that do not change which article an address names. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_\w+|igshid|ref|ref_src|amp|outputType)$/i;

/**
 * One spelling per article address: scheme, "www.", default port, fragment, trailing slash,
 * tracking parameters and parameter order do not count.
 */
export function normalizeUrl(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const params = [...url.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length === 0 ? '' : `?${new URLSearchParams(params).toString()}`;
  const path = url.pathname.replace(/\/amp\/?$/, '/').replace(/\/+$/, '') || '/';
  return `${url.hostname.replace(/^www\./, '')}${url.port === '' ? '' : `:${url.port}`}${path}${query}`;
}

/** What makes two articles the same text: their cleaned paragraphs, spacing aside. */
export function textHash(paragraphs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const p of paragraphs) hash.update(p.replace(/\s+/g, ' ').trim()).update('\n');
  return hash.digest('hex');
}

export interface FolderIndex {
  /** Every id in use: a .txt, .html or .json of that name. */
  readonly ids: ReadonlySet<string>;
  readonly byUrl: ReadonlyMap<string, string>;
  readonly byText: ReadonlyMap<string, string>;
}

/**
 * The addresses and texts of the articles already in the folder; an unreadable article is passed over.
 * `missingIsEmpty`: a folder that does not exist yet is one without articles (it is made on writing).
 */
export function indexFolder(dir: string, missingIsEmpty = false): FolderIndex {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'error';
    if (!(missingIsEmpty && reason === 'ENOENT')) return fail({ code: 'folder-unreadable', dir, reason });
    names = [];
  }
  const ids = new Set(names.filter((n) => /\.(txt|html|json)$/.test(n)).map((n) => n.replace(/\.(txt|html|json)$/, '')));
  const byUrl = new Map<string, string>();
  const byText = new Map<string, string>();
  for (const id of [...ids].sort()) {
    if (!names.includes(`${id}.txt`) && !names.includes(`${id}.html`)) continue;
    try {
      const source = readArticleSource(dir, id);
      const url = source.sidecar.url === undefined ? undefined : normalizeUrl(source.sidecar.url);
      if (url !== undefined && !byUrl.has(url)) byUrl.set(url, id);
      const hash = textHash(cleanArticle(source.raw).paragraphs);
      if (!byText.has(hash)) byText.set(hash, id);
    } catch {
      // A file kutip cannot read is reported when it loads; it holds no article to compare with.
    }
  }
  return { ids, byUrl, byText };
}

/** Make the articles folder and its parents, if missing; one that cannot be made is a failed write. */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    fail({ code: 'write-failed', dir, reason: (err as NodeJS.ErrnoException).code ?? 'error' });
  }
}

/** Refuse an article the folder already has, naming the article it has. */
export function refuseDuplicate(index: FolderIndex, urls: readonly (string | undefined)[], hash?: string): void {
  for (const address of urls) {
    const key = address === undefined ? undefined : normalizeUrl(address);
    const id = key === undefined ? undefined : index.byUrl.get(key);
    if (id !== undefined) fail({ code: 'duplicate-url', id });
  }
  const same = hash === undefined ? undefined : index.byText.get(hash);
  if (same !== undefined) fail({ code: 'duplicate-text', id: same });
}

/**
 * Create a file whole: write a hidden temporary file beside it, then link it into place, which
 * fails if the name was taken meanwhile (two adds at once never overwrite each other).
 */
function createAtomically(dir: string, name: string, text: string, id: string): void {
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx', mode: 0o644 });
    try {
      linkSync(temp, join(dir, name));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') fail({ code: 'id-taken', id });
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw err;
      renameSync(temp, join(dir, name)); // a file system without hard links: rename is still atomic
    }
  } catch (err) {
    if (err instanceof AddFailure) throw err;
    throw new AddFailure({ code: 'write-failed', dir, reason: (err as NodeJS.ErrnoException).code ?? 'error' });
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The sidecar first, then the text: a loader that sees the text sees its metadata too. */
export function writeArticle(dir: string, id: string, text: string, sidecar: Sidecar): { text: string; sidecar: string } {
  const files = { text: join(dir, `${id}.txt`), sidecar: join(dir, `${id}.json`) };
  createAtomically(dir, `${id}.json`, `${JSON.stringify(sidecar, null, 2)}\n`, id);
  try {
    createAtomically(dir, `${id}.txt`, text, id);
  } catch (err) {
    rmSync(files.sidecar, { force: true });
    throw err;
  }
  return files;
}
