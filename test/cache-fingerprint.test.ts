// The cache's code fingerprint reads every file of the code that makes an article and what is
// understood of it, subfolders included: a change to the date rules (src/extract/dates/) must make
// every cached file stale, or an upgraded kutip would keep serving what the old rules read.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintedFiles } from '../src/load/cache.js';

const src = join(import.meta.dirname, '..', 'src');

describe('the cache fingerprint', () => {
  it('reads the files of text/, load/, extract/ and lang/ and of their subfolders', () => {
    const read = fingerprintedFiles().map((f) => relative(src, f).split('\\').join('/'));
    expect(read).toContain('extract/dates/rules.ts');
    expect(read).toContain('extract/dates/relative-rules.ts');
    expect(read).toContain('lang/common-words-id.json');
    for (const dir of ['text', 'load', 'extract', 'lang']) {
      const all = readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:ts|json)$/.test(f));
      for (const f of all) expect(read).toContain(`${dir}/${f.split('\\').join('/')}`);
    }
    expect(read.some((f) => f.startsWith('answer/') || f.startsWith('bot/'))).toBe(false);
  });
});
