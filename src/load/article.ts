// load: raw text → Article. Cleans a scrape into numbered paragraphs, splits them into sentences,
// and reads what the text says about itself (dateline, language) where no sidecar says it.
import { createHash } from 'node:crypto';
import { cleanArticle } from '../text/clean.js';
import { tables } from '../lang/index.js';
import { gazetteer } from '../lang/places.js';
import { splitSentences } from '../text/sentences.js';
import type { Article, ArticleMeta, Language, Paragraph } from '../types.js';
import { isRealDay, type Sidecar } from './sidecar.js';

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
  // "ROTTERDAM, March 12 (Reuters) -": a short date may stand between the city and the outlet.
  const paren = new RegExp(`^(${name})(?:\\s*,\\s*[\\p{L}\\p{N} .]{3,25}?)?\\s*\\(([^)]{2,40})\\)\\s*[-–—]`, 'u').exec(lede);
  if (paren) return { city: paren[1], outlet: paren[2] };
  const pair = new RegExp(`^(${name})\\s*,\\s*(${name})\\s*[-–—]`, 'u').exec(lede);
  if (pair) {
    const [a, b] = [pair[1]!, pair[2]!];
    return outletLike(a) && !outletLike(b) ? { outlet: a, city: b } : { city: a, outlet: b };
  }
  // "BRISTOL, Feb 20 -": a city and a short date, no outlet.
  const dated = new RegExp(`^(${name})\\s*,\\s*[\\p{L} .]{0,12}\\p{N}[\\p{L}\\p{N} .]{0,12}\\s*[-–—]\\s`, 'u').exec(lede);
  if (dated) return { city: dated[1] };
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

const bylineWords = new Set(Object.values(tables).flatMap((t) => t.bylineWords ?? []));

/** A byline or credit line: a few words opening with a byline word ("Oleh Rina", "By Jane Holloway"). */
function isByline(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 8 && bylineWords.has(words[0]!.toLowerCase().replace(/[^\p{L}]/gu, ''));
}

/**
 * How a file opens: the headline, when one stands above the lede — a short line of three to twenty
 * words that ends in no full stop, comma or colon and is no byline, followed (past any byline) by a
 * longer paragraph — and the lede, the first paragraph past the headline and bylines (0-based). The
 * headline stays the article's first paragraph (its ¶1), and is its title where no sidecar gives one.
 */
export function openingOf(paragraphs: readonly string[]): { headline?: string; lede: number } {
  const first = paragraphs[0];
  const pastBylines = (from: number): number => {
    let i = from;
    while (i < paragraphs.length - 1 && isByline(paragraphs[i]!)) i++;
    return i;
  };
  if (first === undefined) return { lede: 0 };
  const words = first.split(/\s+/);
  const next = pastBylines(1);
  const headline = words.length >= 3 && words.length <= 20 && !/[.,;:]$/.test(first) && !isByline(first) && paragraphs[next] !== undefined && paragraphs[next]!.length > first.length;
  return headline ? { headline: first, lede: next } : { lede: pastBylines(0) };
}

/** The headline above the lede, if the file opens with one (see openingOf). */
export const headlineOf = (paragraphs: readonly string[]): string | undefined => openingOf(paragraphs).headline;

/** Build an Article from a raw scrape and an optional validated sidecar. */
export function parseArticle(id: string, raw: string, sidecar: Sidecar = {}, contentHash?: string): Article {
  const { paragraphs: texts } = cleanArticle(raw);
  const paragraphs: Paragraph[] = texts.map((text, i) => ({
    n: i + 1,
    text,
    sentences: splitSentences(text).map((s, index) => ({ paragraph: i + 1, index, ...s })),
  }));
  const { headline, lede } = openingOf(texts);
  // The dateline opens the lede: the paragraph past a headline and a byline.
  const dateline = parseDateline(texts[lede] ?? '');
  const fileDate = [/(\d{4}-\d{2}-\d{2})/.exec(id)?.[1]].find((d) => d !== undefined && isRealDay(d));
  const meta: ArticleMeta = {
    ...((sidecar.title ?? headline) !== undefined && { title: sidecar.title ?? headline }),
    ...(sidecar.url !== undefined && { url: sidecar.url }),
    ...((sidecar.outlet ?? dateline.outlet) !== undefined && { outlet: sidecar.outlet ?? dateline.outlet }),
    ...((sidecar.publishedAt ?? fileDate) !== undefined && { publishedAt: sidecar.publishedAt ?? fileDate }),
    ...(dateline.city !== undefined && { city: dateline.city }),
    ...(lede > 0 && { lede: lede + 1 }),
    language: sidecar.language ?? guessLanguage(texts.join(' ')),
  };
  const hash = contentHash ?? createHash('sha256').update(raw).update('\0').update(JSON.stringify(sidecar)).digest('hex');
  return { id, meta, paragraphs, contentHash: hash };
}

