// addArticle: a link, a saved web page or a text file → `<id>.txt` and `<id>.json` in the
// articles folder, and what kutip understood of it. One pure entry point for every front end (the
// command line now, a Discord command later): it returns data and error codes, never sentences.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { cleanArticle } from '../text/clean.js';
import { parseArticle, parseDateline } from '../load/article.js';
import { sidecarSchema, type Sidecar } from '../load/sidecar.js';
import type { Language } from '../types.js';
import { deriveId, freeId, isValidId, slugify } from './article-id.js';
import { decodePage, looksLikeHtml } from './charset.js';
import { fetchPage, type FetchOptions } from './fetch-page.js';
import { readPage } from './page.js';
import { articleText, MAX_PAGE_BYTES } from './page-source.js';
import type { PageMeta } from './page-meta.js';
import { AddFailure, fail, type AddProblem } from './problems.js';
import { indexFolder, makeFolder, refuseDuplicate, textHash, writeArticle } from './write-article.js';

/** What to add: a link, a file on this machine, or bytes received with a name (an attachment). */
export type AddInput = { readonly url: string } | { readonly file: string } | { readonly name: string; readonly bytes: Uint8Array };

export interface AddOptions {
  /** The articles folder (ARTICLES_DIR). */
  readonly dir: string;
  /** The id to use instead of the derived one. */
  readonly id?: string;
  readonly fetch?: FetchOptions;
  /** Create the folder when it does not exist yet (the command line's `--articles-dir`), once there is an article to write. */
  readonly createDir?: boolean;
}

export interface AddedArticle {
  readonly id: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly publishedAt?: string;
  readonly url?: string;
  readonly language: Language;
  readonly paragraphs: number;
  readonly lede: string;
  /** Whether the article was read out of a web page or taken as text. */
  readonly from: 'page' | 'text';
  readonly files: { readonly text: string; readonly sidecar: string };
}

export type AddResult = { readonly ok: true; readonly article: AddedArticle } | { readonly ok: false; readonly problem: AddProblem };

/** A command-line argument: a link when it starts with a scheme ("https:", "ftp:" …), else a file. */
export function inputOf(argument: string): AddInput {
  return /^[a-z][a-z0-9+.-]+:/i.test(argument.trim()) ? { url: argument.trim() } : { file: argument };
}

interface Content {
  readonly text: string;
  readonly html: boolean;
  /** Addresses the article was read from: the one asked for and the one redirects ended on. */
  readonly urls: readonly string[];
}

function fromBytes(name: string, bytes: Uint8Array): Content {
  if (bytes.length > MAX_PAGE_BYTES) fail({ code: 'too-large', limitMb: MAX_PAGE_BYTES / 1024 / 1024 });
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) fail({ code: 'binary-file', file: name });
  const byName = ['.html', '.htm', '.xhtml'].includes(extname(name).toLowerCase());
  const decoded = decodePage(bytes, { html: true });
  const html = byName || looksLikeHtml(decoded.text);
  return { text: html ? decoded.text : decodePage(bytes, { html: false }).text, html, urls: [] };
}

function fromFile(file: string): Content {
  try {
    if (!statSync(file).isFile()) return fail({ code: 'file-unreadable', file, reason: 'EISDIR' });
    if (statSync(file).size > MAX_PAGE_BYTES) fail({ code: 'too-large', limitMb: MAX_PAGE_BYTES / 1024 / 1024 });
    return fromBytes(file, readFileSync(file));
  } catch (err) {
    if (err instanceof AddFailure) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return fail(code === 'ENOENT' ? { code: 'file-not-found', file } : { code: 'file-unreadable', file, reason: code });
  }
}

async function contentOf(input: AddInput, options: AddOptions): Promise<Content> {
  if ('url' in input) {
    if (input.url.trim() === '') fail({ code: 'empty-input' });
    const page = await fetchPage(input.url, options.fetch);
    return { text: page.text, html: page.contentType === 'text/html' || looksLikeHtml(page.text), urls: [input.url.trim(), page.url] };
  }
  if ('file' in input) {
    if (input.file.trim() === '') fail({ code: 'empty-input' });
    return fromFile(input.file);
  }
  return fromBytes(input.name, input.bytes);
}

/** Keep only the fields the sidecar schema accepts: a page's odd value is dropped, not fatal. */
function sidecarOf(meta: PageMeta): Sidecar {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (value !== undefined && sidecarSchema.safeParse({ [key]: value }).success) out[key] = value;
  }
  return sidecarSchema.parse(out);
}

/** outlet-date-title, the outlet and the title words read from the dateline and lede when the page gives none. */
function idFromMeta(sidecar: Sidecar, lede: string): string {
  const dateline = parseDateline(lede);
  const words = dateline.outlet !== undefined || dateline.city !== undefined ? lede.replace(/^.{0,80}?\s[-–—]+\s+/u, '') : lede;
  return deriveId({ ...sidecar, outlet: sidecar.outlet ?? dateline.outlet, lede: words });
}

/** Write under the id asked for, or the derived one; a derived id another add took meanwhile moves on. */
function writeUnderFreeId(options: AddOptions, derived: string, ids: ReadonlySet<string>, text: string, sidecar: Sidecar) {
  const taken = new Set(ids);
  for (;;) {
    const id = options.id ?? freeId(derived, (candidate) => taken.has(candidate));
    try {
      return { id, files: writeArticle(options.dir, id, text, sidecar) };
    } catch (err) {
      if (options.id !== undefined || !(err instanceof AddFailure) || err.problem.code !== 'id-taken') throw err;
      taken.add(id);
    }
  }
}

async function add(input: AddInput, options: AddOptions): Promise<AddedArticle> {
  if (options.id !== undefined && !isValidId(options.id)) fail({ code: 'bad-id', id: options.id });
  const index = indexFolder(options.dir, options.createDir === true);
  // A link the folder already has is refused before anything is fetched.
  if ('url' in input) refuseDuplicate(index, [input.url]);
  const content = await contentOf(input, options);
  const fetched = content.urls[content.urls.length - 1];
  const page = content.html ? readPage(content.text, fetched) : { paragraphs: [content.text], meta: {} };
  if (page === undefined) return fail({ code: 'no-article' });
  const paragraphs = cleanArticle(articleText(page.paragraphs)).paragraphs;
  if (paragraphs.length === 0) fail({ code: 'no-article' });
  const sidecar = sidecarOf({ ...page.meta, ...(page.meta.url === undefined && fetched !== undefined && { url: fetched }) });
  const text = articleText(paragraphs);
  refuseDuplicate(index, [sidecar.url, ...content.urls], textHash(cleanArticle(text).paragraphs));
  if (options.id !== undefined && index.ids.has(options.id)) fail({ code: 'id-taken', id: options.id });
  // A text file was named by a person: its name is the id. A page is named by what it says.
  const named = 'file' in input && !content.html ? slugify(basename(input.file, extname(input.file))).slice(0, 100).replace(/-+$/, '') : '';
  const derived = named !== '' ? named : idFromMeta(sidecar, paragraphs[0]!);
  if (options.createDir === true) makeFolder(options.dir);
  const { id, files } = writeUnderFreeId(options, derived, index.ids, text, sidecar);
  // Report what the loader will read from the files just written.
  const article = parseArticle(id, text, sidecar);
  const { meta } = article;
  return {
    id,
    ...(meta.title !== undefined && { title: meta.title }),
    ...(meta.outlet !== undefined && { outlet: meta.outlet }),
    ...(meta.publishedAt !== undefined && { publishedAt: meta.publishedAt }),
    ...(meta.url !== undefined && { url: meta.url }),
    language: meta.language,
    paragraphs: article.paragraphs.length,
    lede: article.paragraphs[0]?.text ?? '',
    from: content.html ? 'page' : 'text',
    files,
  };
}

/** Add an article to the folder. Never throws for a bad input: the result names the problem. */
export async function addArticle(input: AddInput, options: AddOptions): Promise<AddResult> {
  try {
    return { ok: true, article: await add(input, options) };
  } catch (err) {
    if (err instanceof AddFailure) return { ok: false, problem: err.problem };
    throw err;
  }
}
