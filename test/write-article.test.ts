import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AddFailure } from '../src/add/problems.js';
import { indexFolder, normalizeUrl, textHash, writeArticle } from '../src/add/write-article.js';
import { tempFolder } from './helpers/temp.js';

describe('one spelling per article address', () => {
  it('ignores scheme, www, fragment, trailing slash, tracking parameters and parameter order', () => {
    const same = [
      'https://www.tempo.co/internasional/korut-rusia',
      'http://tempo.co/internasional/korut-rusia/',
      'https://tempo.co/internasional/korut-rusia?utm_source=wa&utm_medium=share',
      'https://tempo.co/internasional/korut-rusia#komentar',
      'https://tempo.co/internasional/korut-rusia?fbclid=abc',
    ].map(normalizeUrl);
    expect(new Set(same).size).toBe(1);
    expect(normalizeUrl('https://a.example/x?b=2&a=1')).toBe(normalizeUrl('https://a.example/x?a=1&b=2'));
    expect(normalizeUrl('https://a.example/x?id=1')).not.toBe(normalizeUrl('https://a.example/x?id=2'));
    expect(normalizeUrl('https://a.example/x')).not.toBe(normalizeUrl('https://b.example/x'));
    expect(normalizeUrl('ftp://a.example/x')).toBeUndefined();
    expect(normalizeUrl('not a url')).toBeUndefined();
  });

  it('hashes the text by its paragraphs, spacing aside', () => {
    expect(textHash(['Satu  dua.', 'Tiga.'])).toBe(textHash([' Satu dua.', 'Tiga. ']));
    expect(textHash(['Satu dua.', 'Tiga.'])).not.toBe(textHash(['Satu dua. Tiga.']));
  });
});

describe('writing an article', () => {
  it('writes the sidecar and the text whole, and never over an article that is there', () => {
    const dir = tempFolder('kutip-write-');
    writeArticle(dir, 'a', 'Satu.\n\nDua.\n', { outlet: 'Tempo' });
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'a.txt']);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toEqual({ outlet: 'Tempo' });
    let error: unknown;
    try {
      writeArticle(dir, 'a', 'Lain.\n', {});
    } catch (err) {
      error = err;
    }
    expect((error as AddFailure).problem).toEqual({ code: 'id-taken', id: 'a' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Satu.\n\nDua.\n');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'a.txt']);
  });

  it('takes back the sidecar when the text cannot be placed', () => {
    const dir = tempFolder('kutip-write-');
    writeFileSync(join(dir, 'b.txt'), 'Ditulis tangan.\n');
    expect(() => writeArticle(dir, 'b', 'Baru.\n', {})).toThrow(AddFailure);
    expect(readdirSync(dir)).toEqual(['b.txt']);
  });

  it('indexes the ids, links and texts of the folder', () => {
    const dir = tempFolder('kutip-write-');
    writeArticle(dir, 'a', 'Satu kalimat.\n', { url: 'https://www.example.com/a/' });
    writeFileSync(join(dir, 'orphan.json'), '{}');
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2]));
    const index = indexFolder(dir);
    expect([...index.ids].sort()).toEqual(['a', 'broken', 'orphan']);
    expect([...index.byUrl]).toEqual([[normalizeUrl('https://example.com/a'), 'a']]);
    expect([...index.byText.values()]).toEqual(['a']);
  });
});
