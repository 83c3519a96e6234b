// A web server on 127.0.0.1 (ephemeral port) that serves what each test tells it to, and records
// every request it gets. close() ends every connection, slow ones included.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fixturesDir } from './articles.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface PageServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly port: number;
  /** Every request, in order: path and Host header. */
  readonly requests: { readonly path: string; readonly host: string | undefined }[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export const pagesDir = join(fixturesDir, 'pages');

/** The bytes of a saved page of test/fixtures/pages. */
export function pageBytes(name: string): Buffer {
  return readFileSync(join(pagesDir, name));
}

/** Serve bytes with a content type. */
export const serve = (body: Buffer | string, contentType = 'text/html; charset=utf-8', status = 200): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
};

/** Redirect to a location. */
export const redirect = (location: string, status = 302): Handler => (_req, res) => {
  res.writeHead(status, { location });
  res.end();
};

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, Handler>();
  const requests: { path: string; host: string | undefined }[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', host: req.headers.host });
    const handler = routes.get((req.url ?? '').split('?')[0]!);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
