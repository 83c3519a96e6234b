import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticle, inputOf, type AddInput, type AddResult } from '../src/add/add-article.js';
import type { FetchOptions } from '../src/add/fetch-page.js';
import { parseSidecar } from '../src/load/sidecar.js';
import { readArticles } from './helpers/articles.js';
import { loadLibrary } from '../src/load/library.js';
import { fixtureArticle, fixturesDir } from './helpers/articles.js';
import { pageBytes, pagesDir, serve, startPageServer, type PageServer } from './helpers/page-server.js';
import { tempFolder } from './helpers/temp.js';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
  server.route('/internasional/korut-rusia', serve(pageBytes('tempo-modern.html')));
  server.route('/copy-of-korut-rusia', serve(pageBytes('tempo-modern.html')));
  server.route('/arsip/korut', serve(pageBytes('tempo-old-windows-1252.html'), 'text/html'));
  server.route('/amp/jepang', serve(pageBytes('antara-amp.html')));
  server.route('/tpp.txt', serve(readFileSync(join(fixturesDir, 'cnnindonesia-2017-05-17-tpp-apec.txt')), 'text/plain; charset=utf-8'));
  server.route('/indeks', serve(pageBytes('no-article.html')));
});
afterAll(() => server.close());

const fetch: FetchOptions = { allowLoopback: true };
const emptyFolder = (): string => tempFolder('kutip-add-');
const texts = (fixture: string): string[] => fixtureArticle(fixture).paragraphs.map((p) => p.text);

async function added(input: AddInput, dir: string, id?: string) {
  const result = await addArticle(input, { dir, fetch, ...(id !== undefined && { id }) });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.article;
}

function problem(result: AddResult) {
  if (result.ok) throw new Error(`added ${result.article.id}`);
  return result.problem;
}

describe('adding an article from a link', () => {
  it('writes <id>.txt and <id>.json that the loader reads back as the article, and says what it understood', async () => {
    const dir = emptyFolder();
    const article = await added({ url: `${server.origin}/internasional/korut-rusia` }, dir);
    expect(article).toEqual({
      id: 'tempo-2024-11-02-menteri-luar-negeri-korea-utara-dan-rusia',
      title: 'Menteri Luar Negeri Korea Utara dan Rusia Tegaskan Komitmen Kerja Sama',
      outlet: 'Tempo.co',
      publishedAt: '2024-11-02',
      url: 'https://www.tempo.co/internasional/menlu-korut-dan-rusia-tegaskan-komitmen-1163391',
      language: 'id',
      paragraphs: 11,
      lede: texts('tempo-2024-11-02-korut-rusia.txt')[0],
      from: 'page',
      files: { text: join(dir, `${article.id}.txt`), sidecar: join(dir, `${article.id}.json`) },
    });
    // Exactly the two files, no temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual([`${article.id}.json`, `${article.id}.txt`]);
    // The sidecar passes the loader's strict schema; the text is paragraphs separated by blank lines, no HTML.
    const sidecar = parseSidecar('x.json', readFileSync(article.files.sidecar, 'utf8'));
    expect(sidecar).toEqual({ title: article.title, url: article.url, outlet: 'Tempo.co', publishedAt: '2024-11-02', language: 'id' });
    const text = readFileSync(article.files.text, 'utf8');
    expect(text).not.toMatch(/<[a-z!/]/i);
    expect(text.trim().split('\n\n')).toHaveLength(11);
    const [loaded] = readArticles(dir);
    expect(loaded!.paragraphs.map((p) => p.text)).toEqual(texts('tempo-2024-11-02-korut-rusia.txt'));
    expect(loaded!.meta).toMatchObject({ outlet: 'Tempo.co', publishedAt: '2024-11-02', language: 'id', city: 'Jakarta' });
  });

  it('refuses the same article again, by link (canonical or fetched, however spelt) or by text, naming the article it has', async () => {
    const dir = emptyFolder();
    const first = await added({ url: `${server.origin}/internasional/korut-rusia` }, dir);
    const again = async (url: string) => problem(await addArticle({ url }, { dir, fetch }));
    expect(await again(`${server.origin}/internasional/korut-rusia`)).toEqual({ code: 'duplicate-url', id: first.id });
    // A link the folder has is refused before anything is fetched or resolved, however it is spelt.
    const resolve = async (host: string) => {
      throw new Error(`resolved ${host}`);
    };
    const known = 'http://tempo.co/internasional/menlu-korut-dan-rusia-tegaskan-komitmen-1163391/?utm_source=wa&utm_medium=share#top';
    expect(problem(await addArticle({ url: known }, { dir, fetch: { resolve } }))).toEqual({ code: 'duplicate-url', id: first.id });
    // Another address whose page names the same canonical link.
    expect(await again(`${server.origin}/copy-of-korut-rusia`)).toEqual({ code: 'duplicate-url', id: first.id });
    // The same article in an old windows-1252 layout, with no canonical link: the same text.
    expect(await again(`${server.origin}/arsip/korut`)).toEqual({ code: 'duplicate-text', id: first.id });
    // The same text from a file.
    expect(problem(await addArticle({ file: join(fixturesDir, 'tempo-2024-11-02-korut-rusia.txt') }, { dir }))).toEqual({ code: 'duplicate-text', id: first.id });
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('recognises an article the folder had before kutip add: a hand-written .txt and a dropped .html', async () => {
    const dir = emptyFolder();
    copyFileSync(join(fixturesDir, 'tempo-2024-11-02-korut-rusia.txt'), join(dir, 'by-hand.txt'));
    copyFileSync(join(pagesDir, 'antara-amp.html'), join(dir, 'dropped.html'));
    expect(problem(await addArticle({ url: `${server.origin}/internasional/korut-rusia` }, { dir, fetch }))).toEqual({ code: 'duplicate-text', id: 'by-hand' });
    expect(problem(await addArticle({ url: `${server.origin}/amp/jepang` }, { dir, fetch }))).toEqual({ code: 'duplicate-url', id: 'dropped' });
  });

  it('takes text/plain as the article text, the link as its url, the outlet from the dateline', async () => {
    const dir = emptyFolder();
    const article = await added({ url: `${server.origin}/tpp.txt` }, dir);
    expect(article).toMatchObject({ from: 'text', outlet: 'CNN Indonesia', url: `${server.origin}/tpp.txt`, paragraphs: 11, language: 'id' });
    expect(article.id).toBe('cnnindonesia-jepang-dan-negara-negara-lain-yang-masih');
    expect(readArticles(dir)[0]!.paragraphs.map((p) => p.text)).toEqual(texts('cnnindonesia-2017-05-17-tpp-apec.txt'));
  });

  it('uses the id it is given, and refuses one that is taken or could be a path', async () => {
    const dir = emptyFolder();
    expect((await added({ url: `${server.origin}/amp/jepang` }, dir, 'jepang-sanksi')).id).toBe('jepang-sanksi');
    expect(readArticles(dir)[0]!.id).toBe('jepang-sanksi');
    const tpp = { url: `${server.origin}/tpp.txt` };
    expect(problem(await addArticle(tpp, { dir, fetch, id: 'jepang-sanksi' }))).toEqual({ code: 'id-taken', id: 'jepang-sanksi' });
    for (const id of ['../evil', 'a/b', 'Capital', '.hidden', 'x.txt', '', 'a'.repeat(101)]) {
      expect(problem(await addArticle(tpp, { dir, fetch, id }))).toEqual({ code: 'bad-id', id });
    }
    expect(readdirSync(dir).sort()).toEqual(['jepang-sanksi.json', 'jepang-sanksi.txt']);
  });

  it('gives a different article that derives a taken id the next free one', async () => {
    const dir = emptyFolder();
    const page = (body: string) =>
      `<html lang="en"><head><meta property="og:site_name" content="Coastline Press"><title>Port strike</title></head><body><article>${body}</article></body></html>`;
    const strike = (day: string) =>
      `<p>The port strike entered its ${day} day as talks between the union and the operator broke down again without a new date.</p>` +
      `<p>Ships queued outside the harbour while the striking dock workers held a rally at the main gate of the container terminal on the ${day} day.</p>`;
    server.route('/strike-1', serve(page(strike('third'))));
    server.route('/strike-2', serve(page(strike('fourth'))));
    expect((await added({ url: `${server.origin}/strike-1` }, dir)).id).toBe('coastlinepress-port-strike');
    expect((await added({ url: `${server.origin}/strike-2` }, dir)).id).toBe('coastlinepress-port-strike-2');
  });

  it('writes nothing for a page with no article or a refused link', async () => {
    const dir = emptyFolder();
    expect(problem(await addArticle({ url: `${server.origin}/indeks` }, { dir, fetch }))).toEqual({ code: 'no-article' });
    expect(problem(await addArticle({ url: `${server.origin}/indeks` }, { dir }))).toMatchObject({ code: 'refused-address', kind: 'loopback' });
    expect(problem(await addArticle({ url: '' }, { dir }))).toEqual({ code: 'empty-input' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says when the articles folder cannot be read', async () => {
    const dir = join(emptyFolder(), 'missing');
    expect(problem(await addArticle({ url: `${server.origin}/amp/jepang` }, { dir, fetch }))).toEqual({ code: 'folder-unreadable', dir, reason: 'ENOENT' });
  });
});

describe('adding an article from a file', () => {
  it('reads a saved page by its article', async () => {
    const dir = emptyFolder();
    const article = await added({ file: join(pagesDir, 'en-harbour-latin1.html') }, dir);
    expect(article).toMatchObject({ id: 'harbourwire-2022-08-21-felixstowe-dock-workers-begin-eight-day-strike', outlet: 'Harbour Wire', language: 'en', paragraphs: 4, from: 'page' });
    expect(readArticles(dir)[0]!.paragraphs.map((p) => p.text)).toEqual(texts('en-harbour-strike.txt'));
  });

  it('names a text file by its file name, and reads a page saved as .txt as a page', async () => {
    const dir = emptyFolder();
    const text = await added({ file: join(fixturesDir, 'rimanews-2017-04-18-pilkada-dki.txt') }, dir);
    expect(text).toMatchObject({ id: 'rimanews-2017-04-18-pilkada-dki', from: 'text', outlet: 'Rimanews', publishedAt: '2017-04-18', paragraphs: 8 });
    const saved = join(emptyFolder(), 'Jepang beri sanksi.txt');
    copyFileSync(join(pagesDir, 'antara-amp.html'), saved);
    const page = await added({ file: saved }, dir);
    expect(page).toMatchObject({ id: 'antaranews-2017-08-26-jepang-beri-sanksi-tambahan-untuk-korut', from: 'page', paragraphs: 12 });
    expect(loadLibrary({ dir }).entries).toHaveLength(2);
  });

  it('takes bytes with a name, as a chat attachment arrives', async () => {
    const dir = emptyFolder();
    const article = await added({ name: 'halaman.html', bytes: pageBytes('cnnindonesia-detail.html') }, dir);
    expect(article).toMatchObject({ outlet: 'CNN Indonesia', publishedAt: '2017-03-06', paragraphs: 7 });
  });

  it('refuses a missing, binary or oversized file, or a folder', async () => {
    const dir = emptyFolder();
    const other = emptyFolder();
    writeFileSync(join(other, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    writeFileSync(join(other, 'huge.html'), Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    mkdirSync(join(other, 'sub'));
    const refuse = async (file: string) => problem(await addArticle({ file }, { dir }));
    expect(await refuse(join(other, 'nope.html'))).toEqual({ code: 'file-not-found', file: join(other, 'nope.html') });
    expect(await refuse(join(other, 'photo.jpg'))).toEqual({ code: 'binary-file', file: join(other, 'photo.jpg') });
    expect(await refuse(join(other, 'huge.html'))).toEqual({ code: 'too-large', limitMb: 5 });
    expect(await refuse(join(other, 'sub'))).toEqual({ code: 'file-unreadable', file: join(other, 'sub'), reason: 'EISDIR' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a command-line argument', () => {
  it('is a link when it starts with a scheme, else a file', () => {
    expect(inputOf('https://www.tempo.co/a')).toEqual({ url: 'https://www.tempo.co/a' });
    expect(inputOf('  http://x.example/ ')).toEqual({ url: 'http://x.example/' });
    expect(inputOf('file:///etc/passwd')).toEqual({ url: 'file:///etc/passwd' });
    expect(inputOf('saved/page.html')).toEqual({ file: 'saved/page.html' });
    expect(inputOf('C:\\pages\\a.html')).toEqual({ file: 'C:\\pages\\a.html' });
  });
});
