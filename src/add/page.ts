// A web page → the article's paragraphs and metadata. The main text is found by Mozilla's
// Readability (Firefox Reader View) over a real DOM; kutip then takes each block of what it kept
// (paragraph, list item, quote) as one paragraph, leaving out headings, captions and blocks that
// are mostly links (related-article lists, "read also" boxes).
import { createRequire } from 'node:module';
import { ELEMENT_NODE, TEXT_NODE, parseDocument, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { readPageMeta, type PageMeta } from './page-meta.js';

type ReadabilityModule = typeof import('@mozilla/readability');
let readability: ReadabilityModule | undefined;

export interface PageArticle {
  readonly paragraphs: readonly string[];
  readonly meta: PageMeta;
}

/** Below this many characters of text, what Readability kept is not an article. */
export const MIN_ARTICLE_CHARS = 200;

/** Elements whose text is never article text (and every AMP component but amp-fit-text: ads, analytics, menus). */
const SKIP = new Set(['INS', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE']);
/** Elements that start a new paragraph. */
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER']);

const squash = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/**
 * Walk the kept content: text and inline elements run together into one paragraph; a block
 * element or a <br><br> ends it. A paragraph whose text is mostly links is navigation (a related
 * article, a "read also" box), not the article.
 */
function paragraphsOf(root: DomElement): string[] {
  const out: string[] = [];
  let run = '';
  let linked = 0;
  let breaks = 0;
  const flush = (): void => {
    const text = squash(run);
    if (text !== '' && linked / text.length <= 0.5) out.push(text);
    run = '';
    linked = 0;
    breaks = 0;
  };
  const walk = (node: DomNode, inLink: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      if (t.trim() === '') {
        run += ' ';
        return;
      }
      run += t;
      if (inLink) linked += squash(t).length;
      breaks = 0;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    if (SKIP.has(el.tagName) || (el.tagName.startsWith('AMP-') && el.tagName !== 'AMP-FIT-TEXT')) return;
    if (el.tagName === 'BR') {
      if (++breaks >= 2) flush();
      else run += ' ';
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child, inLink || el.tagName === 'A');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return out;
}

/** Read the article of a page, or undefined when the page holds no readable article. */
export function readPage(html: string, pageUrl?: string): PageArticle | undefined {
  const doc = parseDocument(html);
  if (doc.documentElement === null) return undefined;
  // Metadata first: Readability takes the document apart as it reads it.
  const meta = readPageMeta(doc, pageUrl);
  readability ??= createRequire(import.meta.url)('@mozilla/readability') as ReadabilityModule;
  const Reader = readability.Readability as unknown as new (d: DomDocument, o: object) => { parse(): { content?: string | null } | null };
  let content: string | null | undefined;
  try {
    content = new Reader(doc, { charThreshold: MIN_ARTICLE_CHARS }).parse()?.content;
  } catch {
    content = undefined; // a page that breaks the reader has no readable article
  }
  if (content === null || content === undefined) return undefined;
  const kept = parseDocument(`<!DOCTYPE html><html><body>${content}</body></html>`).body;
  const blocks = kept === null ? [] : paragraphsOf(kept);
  // A headline, date or byline the reader kept above the text is no paragraph of the article.
  const first = blocks.findIndex((b) => b.length >= 150 || /[.!?"”’)]$/.test(b));
  const paragraphs = first < 0 ? [] : blocks.slice(first);
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) return undefined;
  return { paragraphs, meta };
}
