// Saved web pages in the articles folder: `<id>.html`, or a page saved as `<id>.txt`, are read the
// way `kutip add` reads them (Readability over a DOM), never served tag by tag. And the one line
// that names every other file of the folder kutip does not read.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Sidecar } from '../load/sidecar.js';
import { decodePage, looksLikeHtml } from './charset.js';
import { readPage } from './page.js';

/** A saved page may be larger than an article's text: pages carry scripts, styles and markup. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** A page kutip could not read: the file and what is wrong, for one line at start-up. */
export interface PageProblem {
  readonly file: string;
  readonly problem: string;
}

/** The text kutip writes and reads for an article: one paragraph per blank-line-separated block. */
export const articleText = (paragraphs: readonly string[]): string => `${paragraphs.join('\n\n')}\n`;

/** The article text kutip reads for an id, and what a page said of itself. */
export interface ArticleText {
  readonly raw: string;
  /** What a page says of itself (an `<id>.json` beside it is merged by the loader). */
  readonly sidecar?: Sidecar;
  /** sha256 of the page's article and metadata, when the text came out of a page. */
  readonly hash?: string;
}

/** The article of an HTML document, or the one-line problem with it. */
function fromPage(file: string, html: string): ArticleText | PageProblem {
  const page = readPage(html);
  if (page === undefined) return { file, problem: 'is a web page with no readable article' };
  const raw = articleText(page.paragraphs);
  const sidecar: Sidecar = page.meta;
  return { raw, sidecar, hash: createHash('sha256').update(raw).update('\0').update(JSON.stringify(sidecar)).digest('hex') };
}

/**
 * The text behind an article id: `<id>.txt` as read by `readTxt` (the loader's own checks), unless
 * it holds an HTML document, which is read as a page; else `<id>.html`, read as a page. A page is
 * never served tag by tag.
 */
export function readArticleText(dir: string, id: string, readTxt: () => string): ArticleText | PageProblem {
  const file = join(dir, `${id}.html`);
  if (!existsSync(file) || existsSync(join(dir, `${id}.txt`))) {
    const raw = readTxt();
    return looksLikeHtml(raw) ? fromPage(join(dir, `${id}.txt`), raw) : { raw };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { file, problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (bytes.length > MAX_PAGE_BYTES) {
    return { file, problem: `too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit for a page is ${MAX_PAGE_BYTES / 1024 / 1024} MB)` };
  }
  return fromPage(file, decodePage(bytes, { html: true }).text);
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
