import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { pageBytes, pagesDir, serve, startPageServer, type PageServer } from './helpers/page-server.js';
import { kutip } from './helpers/run.js';
import { kutipAsync } from './helpers/run-async.js';
import { tempFolder } from './helpers/temp.js';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
  server.route('/korut', serve(pageBytes('tempo-modern.html')));
  server.route('/slow', () => {});
});
afterAll(() => server.close());

const emptyFolder = (): string => tempFolder('kutip-cli-add-');
const TEMPO_ID = 'tempo-2024-11-02-menteri-luar-negeri-korea-utara-dan-rusia';

describe('kutip add', () => {
  it('adds a saved page, prints what it understood, and kutip then answers from it', () => {
    const dir = emptyFolder();
    const r = kutip(['add', join(pagesDir, 'tempo-modern.html'), '--articles-dir', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([
      `Added “${TEMPO_ID}”.`,
      'Title: Menteri Luar Negeri Korea Utara dan Rusia Tegaskan Komitmen Kerja Sama',
      'Outlet: Tempo.co',
      'Published: 2024-11-02',
      'Language: Indonesian',
      'Paragraphs: 11',
      expect.stringMatching(/^Lede: TEMPO\.CO, Jakarta - Menteri Luar Negeri Korea Utara dan Rusia menegaskan kembali/),
      `Files: ${join(dir, `${TEMPO_ID}.txt`)}, ${join(dir, `${TEMPO_ID}.json`)}`,
    ]);
    const answer = kutip(['ask', '--json', '--articles-dir', dir, '/search Kursk'], '', { CACHE_DIR: 'off' });
    expect(JSON.parse(answer.stdout)).toMatchObject({ found: true, citations: [{ article: TEMPO_ID, paragraph: 3 }] });
  });

  it('takes the folder from ARTICLES_DIR, the id from --id, and speaks Indonesian with --lang id', () => {
    const dir = emptyFolder();
    const r = kutip(['add', join(pagesDir, 'antara-amp.html'), '--id', 'jepang', '--lang', 'id'], '', { ARTICLES_DIR: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^“jepang” ditambahkan\.\nJudul: Jepang beri sanksi tambahan untuk Korut\nMedia: ANTARA News\nTerbit: 2017-08-26\nBahasa: Indonesia\nParagraf: 12\n/);
    expect(readdirSync(dir).sort()).toEqual(['jepang.json', 'jepang.txt']);
  });

  it('refuses a loopback link with one line unless KUTIP_FETCH_ALLOW_LOOPBACK=1 (tests only)', async () => {
    const dir = emptyFolder();
    const refused = await kutipAsync(['add', `${server.origin}/korut`, '--articles-dir', dir]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe('kutip: 127.0.0.1 is this machine (loopback): kutip reads only from the public internet.\n');
    expect(readdirSync(dir)).toEqual([]);
    const allowed = await kutipAsync(['add', `${server.origin}/korut`, '--articles-dir', dir], { KUTIP_FETCH_ALLOW_LOOPBACK: '1' });
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain(`Added “${TEMPO_ID}”.`);
  });

  it('refuses the same article twice, naming the one it has, in one line and exit 1', async () => {
    const dir = emptyFolder();
    expect(kutip(['add', join(pagesDir, 'tempo-modern.html'), '--articles-dir', dir]).status).toBe(0);
    const again = await kutipAsync(['add', `${server.origin}/korut`, '--articles-dir', dir], { KUTIP_FETCH_ALLOW_LOOPBACK: '1' });
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`kutip: This article is already in the library, as “${TEMPO_ID}” (same link).\n`);
    const old = kutip(['add', join(pagesDir, 'tempo-old-windows-1252.html'), '--articles-dir', dir, '--lang', 'id']);
    expect(old.status).toBe(1);
    expect(old.stderr).toBe(`kutip: Artikel ini sudah ada di pustaka, sebagai “${TEMPO_ID}” (teks sama).\n`);
  });

  it('prints the structured result with --json', () => {
    const dir = emptyFolder();
    const ok = kutip(['add', '--json', join(pagesDir, 'rimanews-plain.html'), '--articles-dir', dir]);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, article: { id: 'rimanews-jokowi-perintahkan-tni-polri-jamin-keamanan', outlet: 'Rimanews', paragraphs: 8 } });
    const refused = kutip(['add', '--json', join(pagesDir, 'no-article.html'), '--articles-dir', dir]);
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout)).toEqual({ ok: false, problem: { code: 'no-article' } });
    expect(refused.stderr).toBe('kutip: No readable article was found on that page.\n');
  });

  it('fails with one clear line on a bad link, a missing file, a bad setting or no argument', () => {
    const dir = emptyFolder();
    expect(kutip(['add', 'ftp://example.com/berita', '--articles-dir', dir]).stderr).toBe('kutip: Only http and https links can be read, not ftp:.\n');
    const missing = kutip(['add', '/nonexistent/page.html', '--articles-dir', dir]);
    expect([missing.status, missing.stderr]).toEqual([1, 'kutip: There is no file /nonexistent/page.html.\n']);
    const setting = kutip(['add', join(pagesDir, 'tempo-modern.html'), '--articles-dir', dir], '', { KUTIP_FETCH_ALLOW_LOOPBACK: 'yes' });
    expect([setting.status, setting.stderr]).toEqual([2, 'kutip: Invalid KUTIP_FETCH_ALLOW_LOOPBACK: must be 1 (for tests only) or unset\n']);
    const none = kutip(['add', '--articles-dir', dir]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('kutip: Give a link (https://…), a saved web page (.html) or a text file (.txt) to add. (kutip --help)\n');
    expect(kutip(['add', 'x.html', '--bogus']).stderr).toMatch(/^kutip: Unknown option '--bogus'/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('makes an articles folder that does not exist yet, and makes none for a refused article', () => {
    const parent = emptyFolder();
    const dir = join(parent, 'news', 'en');
    const r = kutip(['add', join(pagesDir, 'tempo-modern.html'), '--articles-dir', dir]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readdirSync(dir).sort()).toEqual([`${TEMPO_ID}.json`, `${TEMPO_ID}.txt`]);
    const refused = kutip(['add', join(pagesDir, 'no-article.html'), '--articles-dir', join(parent, 'other')]);
    expect(refused.status).toBe(1);
    expect(readdirSync(parent)).toEqual(['news']);
  });

  it('reads the test-only setting as exactly 1, and nothing else', () => {
    expect(parseConfig({ KUTIP_FETCH_ALLOW_LOOPBACK: '1' }).fetchAllowLoopback).toBe(true);
    expect(parseConfig({ KUTIP_FETCH_ALLOW_LOOPBACK: '0' })).not.toHaveProperty('fetchAllowLoopback');
    expect(parseConfig({})).not.toHaveProperty('fetchAllowLoopback');
    expect(() => parseConfig({ KUTIP_FETCH_ALLOW_LOOPBACK: 'true' })).toThrow('Invalid KUTIP_FETCH_ALLOW_LOOPBACK');
  });

  it('is in the usage text', () => {
    expect(kutip(['--help']).stdout).toContain('kutip add <URL | page.html | text.txt> [--id ID]');
  });
});
