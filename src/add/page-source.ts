// Saved web pages in the articles folder: `<id>.html`, or a page saved as `<id>.txt`, are read the
// way `kutip add` reads them (Readability over a DOM), never served tag by tag. And the one line
// that names every other file of the folder kutip does not read.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSource, Sidecar } from '../load.js';
import { decodePage, looksLikeHtml } from './charset.js';
import { readPage } from './page.js';

/** A saved page may be larger than an article's text: pages carry scripts, styles and markup. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** A page kutip could not read: the file and what is wrong, for one line at start-up. */
export interface PageProblem {
  readonly file: string;
  readonly problem: string;
}

/** The first bytes of a file, to tell a page saved as .txt from an article's text. */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(2048);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** The page file behind an id: `<id>.html`, or `<id>.txt` when it holds an HTML document. */
function pageFile(dir: string, id: string): string | undefined {
  const txt = join(dir, `${id}.txt`);
  try {
    return looksLikeHtml(head(txt)) ? txt : undefined;
  } catch {
    // no readable .txt: the .html, if there is one
  }
  const html = join(dir, `${id}.html`);
  try {
    return statSync(html).isFile() ? html : undefined;
  } catch {
    return undefined;
  }
}

/** The text kutip writes and reads for an article: one paragraph per blank-line-separated block. */
export const articleText = (paragraphs: readonly string[]): string => `${paragraphs.join('\n\n')}\n`;

/**
 * Read the page behind an article id, or undefined when the id is a plain-text article. The
 * sidecar holds what the page says of itself; an `<id>.json` beside it is merged by the loader.
 */
export function readPageSource(dir: string, id: string): ArticleSource | PageProblem | undefined {
  const file = pageFile(dir, id);
  if (file === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { file, problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (bytes.length > MAX_PAGE_BYTES) {
    return { file, problem: `too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit for a page is ${MAX_PAGE_BYTES / 1024 / 1024} MB)` };
  }
  const page = readPage(decodePage(bytes, { html: true }).text);
  if (page === undefined) return { file, problem: 'is a web page with no readable article' };
  const raw = articleText(page.paragraphs);
  const sidecar: Sidecar = page.meta;
  const hash = createHash('sha256').update(raw).update('\0').update(JSON.stringify(sidecar)).digest('hex');
  return { id, raw, sidecar, hash };
}

/** Ids of a folder's articles: every `.txt` and `.html` file. */
export function isArticleFile(name: string): boolean {
  return name.endsWith('.txt') || name.endsWith('.html');
}

/**
 * One line naming every file of the folder that kutip does not read (anything but an article and
 * its sidecar), or undefined when there is none. Nothing in the folder is ignored silently.
 */
export function unreadFilesLine(dir: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined; // the loader has said why the folder cannot be read
  }
  const ids = new Set(names.filter(isArticleFile).map((n) => n.replace(/\.(txt|html)$/, '')));
  const unread = names.filter((name) => {
    if (name.endsWith('.txt')) return false;
    if (name.endsWith('.html')) return names.includes(`${name.slice(0, -5)}.txt`);
    if (name.endsWith('.json') && ids.has(name.slice(0, -5))) return false;
    try {
      return statSync(join(dir, name)).isFile();
    } catch {
      return true;
    }
  });
  if (unread.length === 0) return undefined;
  const shown = unread.slice(0, 10).map((n) => (n.endsWith('.html') ? `${n} (${n.slice(0, -5)}.txt has the same id)` : n));
  const more = unread.length > 10 ? ` and ${unread.length - 10} more` : '';
  return `${dir}: ${unread.length} file${unread.length === 1 ? '' : 's'} not read (only .txt and .html articles, each with an optional .json): ${shown.join(', ')}${more}`;
}
