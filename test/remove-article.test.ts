import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeArticleFiles } from '../src/add/remove-article.js';

const root = mkdtempSync(join(tmpdir(), 'kutip-remove-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('removing an article from the folder', () => {
  it("deletes the article's text, page and sidecar, and nothing else", () => {
    const dir = join(root, 'articles');
    mkdirSync(dir);
    for (const name of ['a.txt', 'a.html', 'a.json', 'ab.txt', 'b.txt', 'b.json']) writeFileSync(join(dir, name), 'x');
    expect(removeArticleFiles(dir, 'a')).toEqual({ ok: true });
    expect(readdirSync(dir).sort()).toEqual(['ab.txt', 'b.json', 'b.txt']);
    // Already gone is not an error.
    expect(removeArticleFiles(dir, 'a')).toEqual({ ok: true });
  });

  it('refuses anything that is not a plain file name of the folder', () => {
    const dir = join(root, 'inner');
    mkdirSync(dir);
    writeFileSync(join(root, 'outside.txt'), 'x');
    writeFileSync(join(dir, '.hidden.txt'), 'x');
    for (const id of ['../outside', `${root}/outside`, 'x/../../outside', '.hidden', '']) {
      expect(removeArticleFiles(dir, id), id).toEqual({ ok: false, reason: 'not an article id' });
    }
    expect(readdirSync(root)).toContain('outside.txt');
    expect(readdirSync(dir)).toEqual(['.hidden.txt']);
  });
});
