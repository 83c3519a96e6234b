// What a page says about itself: JSON-LD NewsArticle (headline, datePublished, publisher),
// Open Graph (og:title, og:site_name, article:published_time), <link rel=canonical>, <html lang>
// and <title>. The first source that gives a usable value wins, in that order.
import type { Language } from '../types.js';
import { elements, type DomDocument } from './dom.js';

export interface PageMeta {
  readonly title?: string;
  /** The canonical address of the article, absolute http(s). */
  readonly url?: string;
  readonly outlet?: string;
  /** YYYY-MM-DD, the date as the outlet wrote it (its own time zone). */
  readonly publishedAt?: string;
  readonly language?: Language;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|Report)$/;

function isArticle(node: Json): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t.replace(/^https?:\/\/schema\.org\//, '')));
}

/** Every object in the page's JSON-LD blocks (arrays and @graph unfolded); broken blocks are skipped. */
function jsonLdNodes(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    out.push(value as Json);
    visit((value as Json)['@graph'], depth + 1);
  };
  for (const script of elements(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is its problem, not a reason to refuse the article.
    }
  }
  return out;
}

const text = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (v !== null && typeof v === 'object') return text((v as Json)['name'] ?? (v as Json)['@id']);
  return undefined;
};

/** "2024-11-02T10:15:00+07:00" → "2024-11-02"; anything that is not an ISO date gives nothing. */
export function isoDay(value: string | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** An absolute http(s) address, resolved against the page's own address; anything else is dropped. */
function absoluteUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function languageOf(tag: string | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'en') return 'en';
  return undefined;
}

/** Drop the site's name trailing a page title: "Judul - Tempo.co", "Headline | The Outlet". */
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (title === undefined || site === undefined) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  const last = parts[parts.length - 1]!.toLowerCase();
  return parts.length > 1 && site.toLowerCase().includes(last.replace(/^www\./, '')) ? parts.slice(0, -1).join(' - ') : title;
}

/** Read the page's metadata. `pageUrl` is where it was fetched from, to resolve relative links. */
export function readPageMeta(doc: DomDocument, pageUrl?: string): PageMeta {
  const meta = (key: string): string | undefined => {
    const el = elements(doc.querySelectorAll('meta')).find((m) => (m.getAttribute('property') ?? m.getAttribute('name'))?.trim().toLowerCase() === key);
    return text(el?.getAttribute('content') ?? undefined);
  };
  const ld = jsonLdNodes(doc).find(isArticle) ?? {};
  const canonical = elements(doc.querySelectorAll('link[rel]')).find((l) => l.getAttribute('rel')!.toLowerCase().split(/\s+/).includes('canonical'));
  const outlet = text(ld['publisher']) ?? meta('og:site_name');
  const title =
    text(ld['headline']) ?? withoutSiteName(meta('og:title'), outlet) ?? withoutSiteName(text(doc.title), outlet);
  const url =
    absoluteUrl(canonical?.getAttribute('href') ?? undefined, pageUrl) ??
    absoluteUrl(meta('og:url'), pageUrl) ??
    absoluteUrl(text(ld['url']) ?? text(ld['mainEntityOfPage']), pageUrl);
  const publishedAt = isoDay(text(ld['datePublished'])) ?? isoDay(meta('article:published_time'));
  const language = languageOf(doc.documentElement?.getAttribute('lang') ?? undefined) ?? languageOf(text(ld['inLanguage'])) ?? languageOf(meta('og:locale'));
  return {
    ...(title !== undefined && { title: title.slice(0, 300) }),
    ...(url !== undefined && { url }),
    ...(outlet !== undefined && { outlet: outlet.slice(0, 100) }),
    ...(publishedAt !== undefined && { publishedAt }),
    ...(language !== undefined && { language }),
  };
}
