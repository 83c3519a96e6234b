import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from './helpers/articles.js';
import { loadLibrary } from '../src/load/library.js';
import { fixtureArticle, fixtureText } from './helpers/articles.js';
import { pagesDir } from './helpers/page-server.js';
import { kutip } from './helpers/run.js';
import { tempFolder } from './helpers/temp.js';

function folder(files: Record<string, string | Buffer>, pages: Record<string, string> = {}): string {
  const dir = tempFolder('kutip-pages-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const [name, page] of Object.entries(pages)) copyFileSync(join(pagesDir, page), join(dir, name));
  return dir;
}

const TEMPO = fixtureArticle('tempo-2024-11-02-korut-rusia.txt');

describe('web pages in the articles folder', () => {
  it('are read by their article, with the metadata the page gives', () => {
    const dir = folder({}, { 'korut-rusia.html': 'tempo-modern.html', 'jepang.html': 'antara-amp.html' });
    const [jepang, korut] = readArticles(dir);
    expect(korut!.id).toBe('korut-rusia');
    expect(korut!.paragraphs.map((p) => p.text)).toEqual(TEMPO.paragraphs.map((p) => p.text));
    expect(korut!.meta).toMatchObject({ outlet: 'Tempo.co', publishedAt: '2024-11-02', language: 'id', title: expect.stringContaining('Tegaskan Komitmen') });
    expect(jepang!.paragraphs).toHaveLength(12);
    expect(jepang!.meta.url).toBe('https://www.antaranews.com/berita/648918/jepang-beri-sanksi-tambahan-untuk-korut');
  });

  it('read a page saved as .txt as a page, not tag by tag', () => {
    const dir = folder({}, { 'saved.txt': 'tempo-modern.html' });
    const [saved] = readArticles(dir);
    expect(saved!.paragraphs[0]!.text).toMatch(/^TEMPO\.CO, Jakarta - /);
    expect(saved!.paragraphs.map((p) => p.text)).toEqual(TEMPO.paragraphs.map((p) => p.text));
    expect(saved!.paragraphs.some((p) => /<|DOCTYPE/i.test(p.text))).toBe(false);
    expect(saved!.meta.outlet).toBe('Tempo.co');
    // A .txt is UTF-8 text of at most 1 MB, page or not: a windows-1252 page saved as .txt is refused, not misread.
    const other = folder({}, { 'old.txt': 'tempo-old-windows-1252.html' });
    expect(() => readArticles(other)).toThrow(/old\.txt: is not valid UTF-8 text/);
  });

  it('let a sidecar beside the page correct what the page says', () => {
    const dir = folder({ 'p.json': JSON.stringify({ outlet: 'Tempo', publishedAt: '2024-11-03' }) }, { 'p.html': 'tempo-modern.html' });
    expect(readArticles(dir)[0]!.meta).toMatchObject({ outlet: 'Tempo', publishedAt: '2024-11-03', language: 'id' });
  });

  it('change the content hash when the page or its sidecar changes', () => {
    const a = folder({}, { 'p.html': 'tempo-modern.html' });
    const b = folder({ 'p.json': JSON.stringify({ outlet: 'Tempo' }) }, { 'p.html': 'tempo-modern.html' });
    const c = folder({}, { 'p.html': 'tempo-old-windows-1252.html' });
    const [ha, hb, hc] = [a, b, c].map((dir) => readArticles(dir)[0]!.contentHash);
    expect(new Set([ha, hb, hc]).size).toBe(3);
  });

  it('a page with no article, and every file kutip does not read, are named at start-up, one line each', () => {
    const dir = folder(
      { 'good.txt': fixtureText('tempo-2024-11-02-korut-rusia.txt'), 'notes.md': '# notes', 'scan.pdf': '%PDF', 'orphan.json': '{}', 'good.html': '<html></html>' },
      { 'index.html': 'no-article.html' },
    );
    mkdirSync(join(dir, 'old'));
    const library = loadLibrary({ dir });
    expect(library.entries.map((e) => e.article.id)).toEqual(['good']);
    expect(library.stats.problems).toHaveLength(2);
    expect(library.stats.problems[0]).toBe(`${join(dir, 'index.html')}: is a web page with no readable article`);
    expect(library.stats.problems[1]).toBe(
      `${dir}: 4 files not read (only .txt and .html articles, each with an optional .json): good.html (good.txt has the same id), notes.md, orphan.json, scan.pdf`,
    );
  });

  it('are served by kutip ask like any article, the unread files on one stderr line', () => {
    const dir = folder({ 'README': 'folder of articles' }, { 'jepang.html': 'antara-amp.html' });
    const r = kutip(['ask', '--json', '--articles-dir', dir, '/source'], '', { CACHE_DIR: 'off' });
    expect(r.status).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.citations[0]).toMatchObject({ article: 'jepang', paragraph: 1 });
    expect(answer.answer).toContain('ANTARA News');
    expect(r.stderr.trim().split('\n')).toEqual([`kutip: skipped ${dir}: 1 file not read (only .txt and .html articles, each with an optional .json): README`]);
  });
});
