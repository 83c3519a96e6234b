import { describe, expect, it } from 'vitest';
import type { AddedArticle } from '../src/add/add-article.js';
import type { AddProblem } from '../src/add/problems.js';
import { addedText, problemText, WORDS } from '../src/add/words.js';

const problems: AddProblem[] = [
  { code: 'empty-input' },
  { code: 'bad-url' },
  { code: 'bad-scheme', scheme: 'ftp' },
  { code: 'credentials-in-url' },
  { code: 'refused-host', host: 'metadata.google.internal' },
  { code: 'refused-address', host: 'intranet.example', address: '10.0.0.1', kind: 'private' },
  { code: 'dns-failed', host: 'nowhere.example' },
  { code: 'connect-failed', host: 'a.example', reason: 'ECONNREFUSED' },
  { code: 'too-many-redirects', limit: 5 },
  { code: 'bad-redirect' },
  { code: 'timeout', seconds: 10 },
  { code: 'too-large', limitMb: 5 },
  { code: 'bad-content-type', contentType: 'application/pdf' },
  { code: 'http-status', status: 404 },
  { code: 'no-article' },
  { code: 'file-not-found', file: 'a.html' },
  { code: 'file-unreadable', file: 'a.html', reason: 'EACCES' },
  { code: 'binary-file', file: 'a.jpg' },
  { code: 'bad-id', id: '../x' },
  { code: 'id-taken', id: 'x' },
  { code: 'duplicate-url', id: 'x' },
  { code: 'duplicate-text', id: 'x' },
  { code: 'folder-unreadable', dir: 'data/articles', reason: 'ENOENT' },
  { code: 'write-failed', dir: 'data/articles', reason: 'EROFS' },
];

describe('what kutip add says', () => {
  it('has an English and an Indonesian sentence for every problem, each one line', () => {
    expect(problems.map((p) => p.code).sort()).toEqual(Object.keys(WORDS.en.problems).sort());
    for (const p of problems) {
      const en = problemText(p, 'en');
      const id = problemText(p, 'id');
      expect(en, p.code).toMatch(/^\S.*[.)]$/);
      expect(id, p.code).toMatch(/^\S.*[.)]$/);
      expect(en).not.toBe(id);
      for (const line of [en, id]) expect(line).not.toContain('\n');
    }
    expect(problemText(problems[5]!, 'en')).toBe('intranet.example (10.0.0.1) is a private network: kutip reads only from the public internet.');
    expect(problemText(problems[20]!, 'id')).toBe('Artikel ini sudah ada di pustaka, sebagai “x” (tautan sama).');
  });

  it('keeps a host name with a line break in it on one line', () => {
    expect(problemText({ code: 'dns-failed', host: 'a\nb.example' })).toBe('The site a b.example could not be found.');
  });

  it('lists what it understood, in either language', () => {
    const article: AddedArticle = {
      id: 'tempo-2024-11-02-x', outlet: 'Tempo.co', publishedAt: '2024-11-02', language: 'id', paragraphs: 11,
      lede: 'TEMPO.CO, Jakarta - Menteri bertemu.', from: 'page', files: { text: 'd/x.txt', sidecar: 'd/x.json' },
    };
    expect(addedText(article, 'en').split('\n')).toEqual([
      'Added “tempo-2024-11-02-x”.', 'Title: not given', 'Outlet: Tempo.co', 'Published: 2024-11-02', 'Language: Indonesian',
      'Paragraphs: 11', 'Lede: TEMPO.CO, Jakarta - Menteri bertemu.', 'Files: d/x.txt, d/x.json',
    ]);
    expect(addedText(article, 'id')).toContain('Bahasa: Indonesia\nParagraf: 11\nTeras: TEMPO.CO, Jakarta - Menteri bertemu.');
  });
});
