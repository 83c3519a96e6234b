// load: file → Article. Reads `<id>.txt` (as scraped) and an optional `<id>.json` sidecar,
// cleans the text into numbered paragraphs and splits them into sentences.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isArticleFile, readArticleText } from '../add/page-source.js';
import { cleanArticle } from '../text/clean.js';
import { tables } from '../lang/index.js';
import { gazetteer } from '../lang/places.js';
import { splitSentences } from '../text/sentences.js';
import type { Article, ArticleMeta, Language, Paragraph } from '../types.js';

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** "2024-02-31" matches the pattern but is no day of the calendar. */
function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const sidecarSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    url: z.url().optional(),
    outlet: z.string().trim().min(1).optional(),
    publishedAt: z
      .string()
      .regex(isoDate, 'must be an ISO date like 2024-11-02')
      .refine(isRealDay, 'is not a real date')
      .optional(),
    language: z.enum(['id', 'en']).optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

/** Control characters and line breaks as \uXXXX: a problem stays one line and prints nothing raw from a file. */
const oneLine = (text: string): string => text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export class ArticleError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(oneLine(`${file}: ${message}`));
    this.name = 'ArticleError';
  }
}

/** Validate a sidecar; the error names the file, the field and what is wrong, on one line. */
export function parseSidecar(file: string, json: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new ArticleError(file, `not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length > 0 ? issue.path.join('.') : (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
    throw new ArticleError(file, `field "${field}": ${issue.message}`);
  }
  return result.data;
}

export interface Dateline {
  readonly outlet?: string;
  readonly city?: string;
}

let placeNames: Set<string> | undefined;

/** Is this a place of the gazetteer ("JAKARTA -" is a city's dateline, not an outlet's)? */
function isPlaceName(name: string): boolean {
  placeNames ??= new Set(gazetteer.flatMap((g) => g.names.map((n) => n.toLowerCase())));
  return placeNames.has(name.toLowerCase());
}

const outletLike = (s: string): boolean => /\.|\b[A-Z]{2,}\b|News|Indonesia|Post|Times|Kompas|Tribun/.test(s);

/**
 * The dateline at the start of the lede: "TEMPO.CO, Jakarta -", "Jakarta, CNN Indonesia -",
 * "Tokyo (ANTARA News) -", "Merdeka.com -".
 */
export function parseDateline(lede: string): Dateline {
  const name = "[\\p{Lu}][\\p{L}.'’]*(?: [\\p{Lu}][\\p{L}.'’]*){0,3}";
  const paren = new RegExp(`^(${name})\\s*\\(([^)]{2,40})\\)\\s*[-–—]`, 'u').exec(lede);
  if (paren) return { city: paren[1], outlet: paren[2] };
  const pair = new RegExp(`^(${name})\\s*,\\s*(${name})\\s*[-–—]`, 'u').exec(lede);
  if (pair) {
    const [a, b] = [pair[1]!, pair[2]!];
    return outletLike(a) && !outletLike(b) ? { outlet: a, city: b } : { city: a, outlet: b };
  }
  const single = new RegExp(`^(${name})\\s+[-–—]\\s`, 'u').exec(lede);
  if (single && single[1]!.split(' ').length <= 2) return isPlaceName(single[1]!) ? { city: single[1] } : { outlet: single[1] };
  return {};
}

export function guessLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score = (lang: Language): number => {
    const markers = new Set(tables[lang].markerWords);
    return words.filter((w) => markers.has(w)).length;
  };
  return score('en') > score('id') ? 'en' : 'id';
}

/** Build an Article from a raw scrape and an optional validated sidecar. */
export function parseArticle(id: string, raw: string, sidecar: Sidecar = {}, contentHash?: string): Article {
  const { paragraphs: texts } = cleanArticle(raw);
  const paragraphs: Paragraph[] = texts.map((text, i) => ({
    n: i + 1,
    text,
    sentences: splitSentences(text).map((s, index) => ({ paragraph: i + 1, index, ...s })),
  }));
  const dateline = parseDateline(texts[0] ?? '');
  const fileDate = [/(\d{4}-\d{2}-\d{2})/.exec(id)?.[1]].find((d) => d !== undefined && isRealDay(d));
  const meta: ArticleMeta = {
    ...(sidecar.title !== undefined && { title: sidecar.title }),
    ...(sidecar.url !== undefined && { url: sidecar.url }),
    ...((sidecar.outlet ?? dateline.outlet) !== undefined && { outlet: sidecar.outlet ?? dateline.outlet }),
    ...((sidecar.publishedAt ?? fileDate) !== undefined && { publishedAt: sidecar.publishedAt ?? fileDate }),
    ...(dateline.city !== undefined && { city: dateline.city }),
    language: sidecar.language ?? guessLanguage(texts.join(' ')),
  };
  const hash = contentHash ?? createHash('sha256').update(raw).update('\0').update(JSON.stringify(sidecar)).digest('hex');
  return { id, meta, paragraphs, contentHash: hash };
}

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

/** Read one article file (and its sidecar) from a folder. */
export function readArticle(dir: string, id: string): Article {
  return articleFromSource(dir, readArticleSource(dir, id));
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

/** Every article of a folder; the first bad sidecar stops loading with an ArticleError. */
export function readArticles(dir: string, only?: string): Article[] {
  return idsToLoad(dir, only).map((id) => readArticle(dir, id));
}
