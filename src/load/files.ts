// An article's files as read from disk: `<id>.txt` (or a saved `<id>.html` page) and the optional
// `<id>.json` sidecar, each within its size and encoding limits, and the ids a folder holds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArticleFile, readArticleText } from '../add/page-source.js';
import type { Article } from '../types.js';
import { parseArticle } from './article.js';
import { ArticleError, parseSidecar, type Sidecar } from './sidecar.js';

/** An article's files as read from disk, before any parsing. */
export interface ArticleSource {
  readonly id: string;
  readonly raw: string;
  readonly sidecar: Sidecar;
  /** sha256 of the text and the sidecar: the key of everything derived from them. */
  readonly hash: string;
}

/** Larger files are not news articles (or not only one): refused rather than slowly indexed. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** A "paragraph" longer than this is a file without line breaks, not a paragraph. */
export const MAX_PARAGRAPH_CHARS = 20_000;
const MAX_SIDECAR_BYTES = 64 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read a text file that must be UTF-8 text of bounded size; the error says which rule it broke. */
function readText(file: string, maxBytes: number): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ArticleError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length > maxBytes) {
    throw new ArticleError(file, `too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB)`);
  }
  if (bytes.includes(0)) throw new ArticleError(file, 'is a binary file, not text');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ArticleError(file, 'is not valid UTF-8 text');
  }
}

/** Read one article's text and validated sidecar; a saved web page is read by its article. */
export function readArticleSource(dir: string, id: string): ArticleSource {
  const txt = join(dir, `${id}.txt`);
  const json = join(dir, `${id}.json`);
  const text = readArticleText(dir, id, () => readText(txt, MAX_ARTICLE_BYTES));
  if ('problem' in text) throw new ArticleError(text.file, text.problem);
  const raw = text.raw;
  if (raw.trim() === '') throw new ArticleError(txt, 'is empty');
  const sidecarText = existsSync(json) ? readText(json, MAX_SIDECAR_BYTES) : undefined;
  const sidecar = { ...text.sidecar, ...(sidecarText === undefined ? {} : parseSidecar(json, sidecarText)) };
  const hash = createHash('sha256').update(raw).update('\0').update(sidecarText ?? '').update(text.hash ?? '').digest('hex');
  return { id, raw, sidecar, hash };
}

/** Parse a source into an Article; an article with nothing left after cleaning is an error. */
export function articleFromSource(dir: string, source: ArticleSource): Article {
  const file = join(dir, `${source.id}.txt`);
  // Refuse an endless line before any parsing work is spent on it.
  const endless = source.raw.split('\n').findIndex((line) => line.length > MAX_PARAGRAPH_CHARS);
  if (endless >= 0) throw new ArticleError(file, `line ${endless + 1} is longer than ${MAX_PARAGRAPH_CHARS} characters; no paragraph is that long`);
  const article = parseArticle(source.id, source.raw, source.sidecar, source.hash);
  if (article.paragraphs.length === 0) throw new ArticleError(file, 'no paragraphs left after cleaning');
  const long = article.paragraphs.find((p) => p.text.length > MAX_PARAGRAPH_CHARS);
  if (long) throw new ArticleError(file, `¶${long.n} is longer than ${MAX_PARAGRAPH_CHARS} characters; no paragraph is that long`);
  return article;
}

/** The one line that says why an article could not be loaded. */
export function loadProblem(dir: string, id: string, err: unknown): string {
  return err instanceof ArticleError ? err.message : `${join(dir, `${id}.txt`)}: cannot be loaded (${(err as Error).message})`;
}

/** Article ids of a folder: every `*.txt` and `*.html`, sorted. */
export function listArticleIds(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new ArticleError(dir, `cannot read the articles folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return [...new Set(names.filter(isArticleFile).map((n) => n.replace(/\.(txt|html)$/, '')))].sort();
}

/** The ids to load: every article of the folder, or the one asked for (which must be there). */
export function idsToLoad(dir: string, only?: string): string[] {
  const ids = listArticleIds(dir);
  if (only !== undefined) {
    if (!ids.includes(only)) throw new ArticleError(dir, `no article "${only}" (have: ${ids.join(', ') || 'none'})`);
    return [only];
  }
  if (ids.length === 0) throw new ArticleError(dir, 'no .txt articles (nor .html pages) in the folder');
  return ids;
}
