// Fetch a page a user linked to, safely: a typed URL is an attack surface (server-side request
// forgery). Only http and https; the host is resolved and every address checked (no loopback,
// private, link-local, CGNAT, multicast, unspecified, reserved or cloud-metadata address, IPv4 or
// IPv6, embedded forms included); the socket connects to the very address that was checked (no
// second lookup, so no DNS-rebinding window); every redirect is checked again (at most 5); one
// total timeout; a body cap counted as the bytes arrive (after decompression); only text/html
// and text/plain.
import { lookup as systemLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isMetadataName, refusal } from './address.js';
import { decodePage } from './charset.js';
import { AddFailure, fail } from './problems.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Host name → its addresses. The default asks the system resolver; tests inject their own. */
export type Resolver = (host: string) => Promise<readonly ResolvedAddress[]>;

export interface FetchOptions {
  /** Tests only (KUTIP_FETCH_ALLOW_LOOPBACK=1): allow loopback addresses. Never private ones. */
  readonly allowLoopback?: boolean;
  /** Total time for every lookup, redirect and byte, in ms (default 10 s). */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes after decompression (default 5 MB). */
  readonly maxBytes?: number;
  /** Redirects followed at most (default 5). */
  readonly maxRedirects?: number;
  readonly resolve?: Resolver;
}

export interface FetchedPage {
  /** Where the page was finally read from, after redirects. */
  readonly url: string;
  readonly contentType: 'text/html' | 'text/plain';
  readonly text: string;
  /** The encoding the body was decoded from. */
  readonly encoding: string;
}

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;
const USER_AGENT = 'kutip/0.1 (news article reader)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolver: Resolver = async (host) =>
  (await systemLookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** Settle with the promise, or reject as soon as the signal aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}

/** Check a URL before any connection: scheme, credentials, and the address(es) of its host. */
async function checkedTarget(url: URL, options: FetchOptions, signal: AbortSignal): Promise<ResolvedAddress> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail({ code: 'bad-scheme', scheme: url.protocol.replace(/:$/, '') });
  if (url.username !== '' || url.password !== '') fail({ code: 'credentials-in-url' });
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isMetadataName(host)) fail({ code: 'refused-host', host });
  const family = isIP(host);
  let addresses: readonly ResolvedAddress[];
  if (family !== 0) addresses = [{ address: host, family: family === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await abortable((options.resolve ?? systemResolver)(host), signal);
    } catch (err) {
      if (signal.aborted) throw err;
      return fail({ code: 'dns-failed', host });
    }
  }
  if (addresses.length === 0) fail({ code: 'dns-failed', host });
  // Every address must pass: a name that also resolves to a private address is refused.
  for (const a of addresses) {
    const kind = refusal(a.address, { allowLoopback: options.allowLoopback === true });
    if (kind !== undefined) fail({ code: 'refused-address', host, address: a.address, kind });
  }
  return addresses[0]!;
}

/** A lookup that answers only the address that was checked: the socket cannot go elsewhere. */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return (_host, options, callback) => {
    if ((options as { all?: boolean }).all === true) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

function request(url: URL, target: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request({
      protocol: url.protocol,
      hostname: host,
      ...(url.port !== '' && { port: Number(url.port) }),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { 'user-agent': USER_AGENT, accept: 'text/html, text/plain;q=0.9', 'accept-encoding': 'gzip, deflate, br' },
      agent: false,
      lookup: pinnedLookup(target),
      signal,
      ...(secure && isIP(host) === 0 && { servername: host }),
    });
    req.once('response', resolve);
    req.once('error', (err: NodeJS.ErrnoException) =>
      reject(signal.aborted ? err : new AddFailure({ code: 'connect-failed', host, reason: err.code ?? err.message })),
    );
    req.end();
  });
}

/** The body, decompressed, refused as soon as it passes the cap. */
function readBody(res: IncomingMessage, host: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoders: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
    gzip: () => zlib.createGunzip(),
    'x-gzip': () => zlib.createGunzip(),
    deflate: () => zlib.createInflate(),
    br: () => zlib.createBrotliDecompress(),
  };
  let body: Readable = res;
  if (encoding !== 'identity') {
    const make = decoders[encoding];
    if (make === undefined) {
      res.destroy();
      return Promise.reject(new AddFailure({ code: 'bad-content-type', contentType: `${res.headers['content-type'] ?? 'none'} (${encoding})` }));
    }
    body = pipeline(res, make(), () => {});
  }
  const limitMb = maxBytes / 1024 / 1024;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (err?: unknown): void => {
      signal.removeEventListener('abort', onAbort);
      if (err === undefined) resolve(Buffer.concat(chunks));
      else reject(err);
    };
    const onAbort = (): void => {
      body.destroy();
      res.destroy();
      finish(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    body.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= maxBytes) return void chunks.push(chunk);
      body.destroy();
      res.destroy();
      finish(new AddFailure({ code: 'too-large', limitMb }));
    });
    body.once('end', () => finish());
    body.once('error', (err) => finish(signal.aborted ? signal.reason : new AddFailure({ code: 'connect-failed', host, reason: (err as NodeJS.ErrnoException).code ?? err.message })));
  });
}

async function follow(start: URL, options: FetchOptions, signal: AbortSignal): Promise<FetchedPage> {
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  let url = start;
  for (let redirects = 0; ; redirects++) {
    const target = await checkedTarget(url, options, signal);
    const res = await request(url, target, signal);
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      res.destroy();
      if (redirects >= maxRedirects) fail({ code: 'too-many-redirects', limit: maxRedirects });
      const location = res.headers.location?.trim() ?? '';
      if (location === '') fail({ code: 'bad-redirect' });
      try {
        url = new URL(location, url);
      } catch {
        fail({ code: 'bad-redirect' });
      }
      continue;
    }
    if (status < 200 || status > 299) {
      res.destroy();
      fail({ code: 'http-status', status });
    }
    const contentType = res.headers['content-type'];
    const media = contentType?.split(';')[0]!.trim().toLowerCase();
    if (media !== 'text/html' && media !== 'text/plain') {
      res.destroy();
      fail({ code: 'bad-content-type', contentType: media ?? 'none' });
    }
    if (Number(res.headers['content-length'] ?? 0) > maxBytes) {
      res.destroy();
      fail({ code: 'too-large', limitMb: maxBytes / 1024 / 1024 });
    }
    const bytes = await readBody(res, url.hostname, maxBytes, signal);
    const decoded = decodePage(bytes, { html: media === 'text/html', ...(contentType !== undefined && { contentType }) });
    return { url: url.href, contentType: media as 'text/html' | 'text/plain', text: decoded.text, encoding: decoded.encoding };
  }
}

/** Fetch a page by its URL under every rule above; failures are AddFailure with a code. */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return fail({ code: 'bad-url' });
  }
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const controller = new AbortController();
  const timeout = new AddFailure({ code: 'timeout', seconds: Math.round(timeoutMs / 100) / 10 });
  const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
  try {
    return await follow(url, options, controller.signal);
  } catch (err) {
    if (err instanceof AddFailure || !controller.signal.aborted) throw err;
    throw timeout;
  } finally {
    clearTimeout(timer);
  }
}
