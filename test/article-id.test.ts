import { describe, expect, it } from 'vitest';
import { deriveId, freeId, isValidId, outletSlug, siteName, slugify } from '../src/add/article-id.js';

describe('article ids', () => {
  it('slugify keeps lower-case ASCII words', () => {
    expect(slugify('Jepang Beri Sanksi — Tambahan!')).toBe('jepang-beri-sanksi-tambahan');
    expect(slugify('Kühne & Söhne: café')).toBe('kuhne-sohne-cafe');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('日本')).toBe('');
  });

  it.each([
    ['Tempo.co', 'tempo'],
    ['TEMPO.CO', 'tempo'],
    ['CNN Indonesia', 'cnnindonesia'],
    ['ANTARA News', 'antaranews'],
    ['www.antaranews.com', 'antaranews'],
    ['kompas.co.id', 'kompas'],
    ['Harbour Wire', 'harbourwire'],
  ])('the outlet %s is %s', (outlet, slug) => {
    expect(outletSlug(outlet)).toBe(slug);
  });

  it('reads the site name of a host', () => {
    expect(siteName('en.tempo.co')).toBe('tempo');
    expect(siteName('www.kompas.co.id')).toBe('kompas');
    expect(siteName('localhost')).toBe('localhost');
  });

  it('is outlet-date-title, each part when known', () => {
    expect(deriveId({ outlet: 'Tempo.co', publishedAt: '2024-11-02T09:41:00+07:00', title: 'Korut dan Rusia Tegaskan Komitmen' })).toBe('tempo-2024-11-02-korut-dan-rusia-tegaskan-komitmen');
    expect(deriveId({ url: 'https://www.antaranews.com/berita/648918/jepang-beri-sanksi-tambahan-untuk-korut.html' })).toBe('antaranews-jepang-beri-sanksi-tambahan-untuk-korut');
    expect(deriveId({ lede: 'Presiden berkata bahwa pemilihan berjalan lancar dan aman.' })).toBe('presiden-berkata-bahwa-pemilihan-berjalan-lancar');
    expect(deriveId({})).toBe('article');
    expect(deriveId({ title: '日本の記事' })).toBe('article');
  });

  it('is never longer than 100 characters nor anything but a file name', () => {
    const id = deriveId({ outlet: 'An Outlet With A Very Long Name Indeed', publishedAt: '2024-01-01', title: 'word '.repeat(80) });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(isValidId(id)).toBe(true);
    for (const bad of ['', '-a', 'a-', 'A', 'a.b', 'a/b', '..', 'a'.repeat(101)]) expect(isValidId(bad), bad).toBe(false);
  });

  it('moves on to -2, -3 … when taken', () => {
    const taken = new Set(['x', 'x-2']);
    expect(freeId('y', (c) => taken.has(c))).toBe('y');
    expect(freeId('x', (c) => taken.has(c))).toBe('x-3');
  });
});
