// Bytes of a page → text. The encoding comes from a byte-order mark, then the Content-Type header,
// then (for HTML) a <meta charset> or http-equiv in the first bytes, as browsers read them; a page
// that declares nothing is UTF-8 when it decodes as UTF-8, else windows-1252 (what browsers assume).
import { TextDecoder } from 'node:util';
import { metaCharset } from './dom.js';

/** Browsers look for <meta charset> in the first 1024 bytes; pages with long heads push it later. */
const PRESCAN_BYTES = 4096;

/**
 * windows-1252 bytes 0x80–0x9F (WHATWG Encoding): Node 20.18.3 and later decode them as Latin-1
 * control characters (nodejs/node#56542, #60888), which would turn “quotes” into invisible
 * characters, so kutip maps them itself. 0 keeps the byte's own code point.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] || c.charCodeAt(0)));
}

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, ''));
  } catch {
    return undefined; // an unknown label is as good as none
  }
}

/** The charset parameter of a Content-Type header: `text/html; charset=windows-1252`. */
export function headerCharset(contentType: string | undefined): string | undefined {
  const param = contentType?.split(';').slice(1).map((p) => p.trim().split('=')).find(([k]) => k?.toLowerCase() === 'charset');
  return param?.[1];
}

function bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

export interface Decoded {
  readonly text: string;
  /** The encoding the text was read in (WHATWG name: "utf-8", "windows-1252" …). */
  readonly encoding: string;
}

/** Decode a page's bytes; `html` turns on the <meta charset> prescan. */
export function decodePage(bytes: Uint8Array, options: { contentType?: string; html: boolean }): Decoded {
  const declared =
    decoderFor(bom(bytes)) ??
    decoderFor(headerCharset(options.contentType)) ??
    (options.html ? decoderFor(metaCharset(decodeWindows1252(bytes.subarray(0, PRESCAN_BYTES)))) : undefined);
  // A page that says UTF-16 in a <meta> cannot be: the prescan read it as ASCII (HTML spec).
  const decoder = declared?.encoding.startsWith('utf-16') && bom(bytes) === undefined ? new TextDecoder('utf-8') : declared;
  if (decoder) return { text: decode(decoder, bytes), encoding: decoder.encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Does this text look like an HTML document rather than an article's plain text? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i.test(text.replace(/^\uFEFF/, '').slice(0, 2048));
}
