import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, type FetchOptions, type Resolver } from '../src/add/fetch-page.js';
import { AddFailure, type AddProblem } from '../src/add/problems.js';
import { pageBytes, redirect, serve, startPageServer, type PageServer } from './helpers/page-server.js';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const loopback: FetchOptions = { allowLoopback: true };

/** The problem a fetch fails with (the test fails if it succeeds or throws anything else). */
async function problemOf(address: string, options: FetchOptions = loopback): Promise<AddProblem> {
  try {
    await fetchPage(address, options);
  } catch (err) {
    if (err instanceof AddFailure) return err.problem;
    throw err;
  }
  throw new Error(`${address} was fetched`);
}

/** A resolver that knows a few names and counts how often it is asked. */
function resolver(table: Record<string, string[] | ((call: number) => string[])>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (host: string) => {
    calls.push(host);
    const entry = table[host];
    const addresses = typeof entry === 'function' ? entry(calls.filter((h) => h === host).length) : entry;
    if (addresses === undefined) throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
  };
  return Object.assign(resolve, { calls });
}

describe('fetching a page', () => {
  it('reads an HTML page from the loopback server when loopback is allowed (tests only)', async () => {
    server.route('/tempo', serve(pageBytes('tempo-modern.html')));
    const page = await fetchPage(`${server.origin}/tempo`, loopback);
    expect(page.contentType).toBe('text/html');
    expect(page.url).toBe(`${server.origin}/tempo`);
    expect(page.text).toContain('Menteri Luar Negeri Korea Utara dan Rusia');
  });

  it('reads text/plain as it is', async () => {
    server.route('/plain', serve('Jakarta - Sebuah berita.\n', 'text/plain; charset=utf-8'));
    const page = await fetchPage(`${server.origin}/plain`, loopback);
    expect(page).toMatchObject({ contentType: 'text/plain', text: 'Jakarta - Sebuah berita.\n', encoding: 'utf-8' });
  });

  it('decodes with the charset of the Content-Type header, which wins over the page', async () => {
    const body = Buffer.concat([
      Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'),
      Buffer.from([0x93, 0x48, 0x61, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80]),
      Buffer.from('</p></body></html>'),
    ]);
    server.route('/cp1252', serve(body, 'text/html; charset=windows-1252'));
    const page = await fetchPage(`${server.origin}/cp1252`, loopback);
    expect(page.encoding).toBe('windows-1252');
    expect(page.text).toContain('“Hai” – €');
  });

  it('decodes a saved windows-1252 page by its <meta http-equiv> when the header names no charset', async () => {
    server.route('/old', serve(pageBytes('tempo-old-windows-1252.html'), 'text/html'));
    const page = await fetchPage(`${server.origin}/old`, loopback);
    expect(page.encoding).toBe('windows-1252');
    expect(page.text).toContain('“Sebagai hasil kunjungan Anda');
    expect(page.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it('follows up to 5 redirects, relative ones too, and ends on the last address', async () => {
    server.route('/r0', redirect('/r1', 301));
    server.route('/r1', redirect(`${server.origin}/r2`, 302));
    server.route('/r2', redirect('r3', 303));
    server.route('/r3', redirect('/r4', 307));
    server.route('/r4', redirect('/plain', 308));
    const page = await fetchPage(`${server.origin}/r0`, loopback);
    expect(page.url).toBe(`${server.origin}/plain`);
  });

  it('connects to the very address it checked, asking the resolver once per hop', async () => {
    const resolve = resolver({ 'news.test': ['127.0.0.1'] });
    const page = await fetchPage(`http://news.test:${server.port}/plain`, { ...loopback, resolve });
    expect(page.text).toContain('Sebuah berita');
    expect(resolve.calls).toEqual(['news.test']);
    expect(server.requests.at(-1)).toEqual({ path: '/plain', host: `news.test:${server.port}` });
  });

  it('leaves no DNS-rebinding window: a name that would resolve elsewhere the second time is never asked again', async () => {
    const resolve = resolver({ 'rebind.test': (call) => (call === 1 ? ['127.0.0.1'] : ['10.0.0.1']) });
    const page = await fetchPage(`http://rebind.test:${server.port}/plain`, { ...loopback, resolve });
    expect(page.text).toContain('Sebuah berita');
    expect(resolve.calls).toEqual(['rebind.test']);
  });
});

describe('refusals', () => {
  it.each([
    ['ftp://example.com/a', { code: 'bad-scheme', scheme: 'ftp' }],
    ['file:///etc/passwd', { code: 'bad-scheme', scheme: 'file' }],
    ['javascript:alert(1)', { code: 'bad-scheme', scheme: 'javascript' }],
    ['not a link', { code: 'bad-url' }],
    ['http://user:secret@example.com/', { code: 'credentials-in-url' }],
  ])('%s is refused before any connection', async (address, problem) => {
    expect(await problemOf(address)).toEqual(problem);
  });

  it.each([
    ['http://127.0.0.1:1/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f.1/', 'loopback'],
    ['http://10.0.0.1/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://172.16.5.4/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://[fd00:ec2::254]/', 'metadata'],
    ['http://169.254.1.1/', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://100.64.0.1/', 'cgnat'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://[ff02::1]/', 'multicast'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://[::ffff:10.0.0.1]/', 'private'],
    ['http://[64:ff9b::a00:1]/', 'private'],
    ['http://[fc00::1]/', 'private'],
  ])('%s is refused as %s (without the test-only setting)', async (address, kind) => {
    expect(await problemOf(address, {})).toMatchObject({ code: 'refused-address', kind });
  });

  it('allows loopback with the setting, and still refuses every other kind', async () => {
    expect(await problemOf('http://10.0.0.1/', loopback)).toMatchObject({ code: 'refused-address', kind: 'private' });
    expect(await problemOf('http://169.254.169.254/', loopback)).toMatchObject({ code: 'refused-address', kind: 'metadata' });
  });

  it('refuses a name that resolves to a private address, or to a public and a private one', async () => {
    const resolve = resolver({ 'intranet.test': ['10.1.2.3'], 'mixed.test': ['93.184.216.34', '192.168.0.10'], 'v6.test': ['::ffff:169.254.169.254'] });
    expect(await problemOf('http://intranet.test/', { resolve })).toEqual({ code: 'refused-address', host: 'intranet.test', address: '10.1.2.3', kind: 'private' });
    expect(await problemOf('http://mixed.test/', { resolve })).toMatchObject({ code: 'refused-address', address: '192.168.0.10' });
    expect(await problemOf('http://v6.test/', { resolve })).toMatchObject({ code: 'refused-address', kind: 'metadata' });
  });

  it('refuses "localhost" by what it resolves to', async () => {
    const resolve = resolver({ localhost: ['127.0.0.1', '::1'] });
    expect(await problemOf('http://localhost/', { resolve })).toMatchObject({ code: 'refused-address', kind: 'loopback' });
  });

  it('refuses the cloud metadata names without resolving them', async () => {
    const resolve = resolver({ 'metadata.google.internal': ['169.254.169.254'] });
    expect(await problemOf('http://metadata.google.internal/computeMetadata/v1/', { resolve })).toEqual({ code: 'refused-host', host: 'metadata.google.internal' });
    expect(resolve.calls).toEqual([]);
  });

  it('says when a name does not resolve', async () => {
    expect(await problemOf('http://nowhere.test/', { resolve: resolver({}) })).toEqual({ code: 'dns-failed', host: 'nowhere.test' });
  });

  it('checks every redirect again: a redirect to a refused address is refused', async () => {
    server.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/iam/'));
    server.route('/to-private', redirect('http://10.0.0.5:8080/admin'));
    server.route('/to-mapped', redirect('http://[::ffff:192.168.0.1]/'));
    server.route('/to-name', redirect('http://intranet.test/'));
    server.route('/to-file', redirect('file:///etc/passwd'));
    server.route('/to-nowhere', (_req, res) => res.writeHead(302).end());
    const resolve = resolver({ 'intranet.test': ['10.9.8.7'] });
    expect(await problemOf(`${server.origin}/to-metadata`)).toMatchObject({ code: 'refused-address', kind: 'metadata' });
    expect(await problemOf(`${server.origin}/to-private`)).toMatchObject({ code: 'refused-address', kind: 'private', address: '10.0.0.5' });
    expect(await problemOf(`${server.origin}/to-mapped`)).toMatchObject({ code: 'refused-address', kind: 'private' });
    expect(await problemOf(`${server.origin}/to-name`, { ...loopback, resolve })).toMatchObject({ code: 'refused-address', host: 'intranet.test' });
    expect(await problemOf(`${server.origin}/to-file`)).toEqual({ code: 'bad-scheme', scheme: 'file' });
    expect(await problemOf(`${server.origin}/to-nowhere`)).toEqual({ code: 'bad-redirect' });
  });

  it('stops after 5 redirects', async () => {
    for (let i = 0; i < 6; i++) server.route(`/loop${i}`, redirect(`/loop${i + 1}`));
    server.route('/loop6', serve('<p>never reached</p>'));
    const before = server.requests.length;
    expect(await problemOf(`${server.origin}/loop0`)).toEqual({ code: 'too-many-redirects', limit: 5 });
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/loop0', '/loop1', '/loop2', '/loop3', '/loop4', '/loop5']);
  });

  it('gives up on a server that never answers, at the total timeout', async () => {
    server.route('/silent', () => {});
    expect(await problemOf(`${server.origin}/silent`, { ...loopback, timeoutMs: 300 })).toEqual({ code: 'timeout', seconds: 0.3 });
  });

  it('gives up on a body that trickles forever, at the total timeout', async () => {
    server.route('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Sebentar');
    });
    expect(await problemOf(`${server.origin}/trickle`, { ...loopback, timeoutMs: 300 })).toEqual({ code: 'timeout', seconds: 0.3 });
  });

  it('refuses a body over 5 MB as it arrives, declared or not, and a compressed one by its size unpacked', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    server.route('/big', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'transfer-encoding': 'chunked' });
      res.end(big);
    });
    server.route('/declared', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<p>');
    });
    server.route('/bomb', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')));
    });
    for (const path of ['/big', '/declared', '/bomb']) {
      expect(await problemOf(`${server.origin}${path}`), path).toEqual({ code: 'too-large', limitMb: 5 });
    }
  });

  it('reads a gzip-compressed page under the cap', async () => {
    server.route('/gz', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from('Jakarta - Berita yang dikompres.\n')));
    });
    expect((await fetchPage(`${server.origin}/gz`, loopback)).text).toBe('Jakarta - Berita yang dikompres.\n');
  });

  it.each([
    ['application/pdf', 'application/pdf'],
    ['image/png', 'image/png'],
    ['application/json; charset=utf-8', 'application/json'],
    [undefined, 'none'],
  ])('refuses a %s body', async (type, shown) => {
    server.route('/typed', (_req, res) => {
      res.writeHead(200, type === undefined ? {} : { 'content-type': type });
      res.end('%PDF-1.7');
    });
    expect(await problemOf(`${server.origin}/typed`)).toEqual({ code: 'bad-content-type', contentType: shown });
  });

  it('says which HTTP status the site answered with', async () => {
    expect(await problemOf(`${server.origin}/missing`)).toEqual({ code: 'http-status', status: 404 });
  });

  it('says when the connection breaks off in the middle of the page', async () => {
    server.route('/cut', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
      res.write('<html><body><p>Sebagian', () => res.socket?.destroy());
    });
    expect(await problemOf(`${server.origin}/cut`)).toMatchObject({ code: 'connect-failed', host: '127.0.0.1' });
  });

  it('says when the site cannot be reached', async () => {
    const closed = await startPageServer();
    const origin = closed.origin;
    await closed.close();
    expect(await problemOf(`${origin}/`)).toMatchObject({ code: 'connect-failed', host: '127.0.0.1', reason: 'ECONNREFUSED' });
  });
});
