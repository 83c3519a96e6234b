// The DOM kutip reads pages with: linkedom (a light, spec-minded DOM without a browser, no script
// execution), loaded on first use: importing it costs ~160 ms, which a start-up without any .html
// article must not pay. Only the few DOM members kutip touches are typed here (the project's
// TypeScript has no DOM library).
import { createRequire } from 'node:module';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

type Linkedom = typeof import('linkedom');
let linkedom: Linkedom | undefined;

/** Parse an HTML document. Scripts are never run; nothing is fetched. */
export function parseDocument(html: string): DomDocument {
  linkedom ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedom.parseHTML(html).document as unknown as DomDocument;
}

export const elements = (list: ArrayLike<DomElement>): DomElement[] => Array.from(list);

/** The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">. */
export function metaCharset(head: string): string | undefined {
  const doc = parseDocument(head);
  const direct = doc.querySelector('meta[charset]')?.getAttribute('charset');
  if (direct) return direct;
  const equiv = elements(doc.querySelectorAll('meta[http-equiv]')).find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-type');
  const content = equiv?.getAttribute('content') ?? '';
  const param = content.split(';').map((p) => p.trim().split('=')).find(([k]) => k?.toLowerCase() === 'charset');
  return param?.[1];
}
