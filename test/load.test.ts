import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError, parseSidecar } from '../src/load/sidecar.js';
import { guessLanguage, parseArticle, parseDateline } from '../src/load/article.js';
import { dataDir, fixtureArticle, fixtureText, readArticles, TEMPO } from './helpers/articles.js';
import { tempFolder } from './helpers/temp.js';

function folder(files: Record<string, string>): string {
  const dir = tempFolder('kutip-load-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('sidecar metadata', () => {
  it('is read and validated', () => {
    const [a] = readArticles(folder({
      'a.txt': 'Jakarta, Kompas - Sebuah berita.',
      'a.json': JSON.stringify({ title: 'Judul', url: 'https://example.com/a', outlet: 'Kompas', publishedAt: '2024-01-05', language: 'id' }),
    }));
    expect(a!.meta).toMatchObject({ title: 'Judul', url: 'https://example.com/a', outlet: 'Kompas', publishedAt: '2024-01-05', language: 'id', city: 'Jakarta' });
  });

  it.each([
    [{ publishedAt: '2 November 2024' }, 'publishedAt', 'ISO date'],
    [{ publishedAt: '2024-02-31' }, 'publishedAt', 'real date'],
    [{ language: 'fr' }, 'language', ''],
    [{ url: 'not a url' }, 'url', ''],
    [{ title: 42 }, 'title', ''],
    [{ headline: 'x' }, 'headline', ''],
  ])('%j stops loading with one line naming the file and the field', (sidecar, field, words) => {
    const dir = folder({ 'a.txt': 'Some text.', 'a.json': JSON.stringify(sidecar) });
    let error: unknown;
    try {
      readArticles(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ArticleError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain(join(dir, 'a.json'));
    expect(message).toContain(`"${field}"`);
    expect(message).toContain(words);
  });

  it('names broken JSON', () => {
    expect(() => parseSidecar('x.json', '{"title": ')).toThrow(/x\.json: not valid JSON/);
  });

  // Found by test/properties-load.test.ts: JSON.parse quotes the file, so a sidecar holding "\r\u0001"
  // made the problem two lines with a raw control character.
  it('reports broken JSON on one line, control characters of the file escaped', () => {
    let message = '';
    try {
      parseSidecar('x.json', '\r\u0001\u001b[2J');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^x\.json: not valid JSON \(/);
    expect(message).toContain('\\u000d');
    expect(message).not.toMatch(/\p{Cc}/u);
  });
});

describe('inferred metadata', () => {
  it.each([
    ['TEMPO.CO, Jakarta - Menteri bertemu.', { outlet: 'TEMPO.CO', city: 'Jakarta' }],
    ['Tokyo (ANTARA News) - Jepang akan.', { outlet: 'ANTARA News', city: 'Tokyo' }],
    ['Jakarta, CNN Indonesia - - Menteri.', { outlet: 'CNN Indonesia', city: 'Jakarta' }],
    ['Merdeka.com - Presiden berkata.', { outlet: 'Merdeka.com' }],
    ['LONDON (Reuters) - Dock workers.', { outlet: 'Reuters', city: 'LONDON' }],
    ['Presiden Joko Widodo berkata bahwa.', {}],
    ['JAKARTA - Presiden berkata bahwa.', { city: 'JAKARTA' }],
  ])('dateline of %j', (lede, expected) => {
    expect(parseDateline(lede)).toEqual(expected);
  });

  it('guesses the language from the text', () => {
    expect(guessLanguage(fixtureText('tempo-2024-11-02-korut-rusia.txt'))).toBe('id');
    expect(guessLanguage(fixtureText('en-harbour-strike.txt'))).toBe('en');
    expect(fixtureArticle('en-council-vote.txt').meta.language).toBe('en');
  });

  it('takes the publication date from an ISO date in the file name when no sidecar gives one', () => {
    expect(fixtureArticle('antara-2017-08-26-jepang-sanksi-korut.txt').meta.publishedAt).toBe('2017-08-26');
    expect(fixtureArticle('en-council-vote.txt').meta.publishedAt).toBeUndefined();
    expect(parseArticle('scrape-2024-13-45-x', 'Sebuah berita.').meta.publishedAt).toBeUndefined();
  });
});

describe('the articles folder', () => {
  it('loads the shipped Tempo article with its sidecar', () => {
    const [a] = readArticles(dataDir, TEMPO);
    expect(a!.meta).toMatchObject({ outlet: 'Tempo.co', publishedAt: '2024-11-02', language: 'id', city: 'Jakarta' });
  });

  it('refuses an unknown --article id and lists what there is', () => {
    expect(() => readArticles(dataDir, 'nope')).toThrow(/no article "nope" \(have: tempo-2024-11-02-korut-rusia/);
  });

  it('refuses a folder that is missing or empty', () => {
    expect(() => readArticles(join(tmpdir(), 'kutip-does-not-exist'))).toThrow(/cannot read the articles folder \(ENOENT\)/);
    expect(() => readArticles(folder({ 'notes.md': '#' }))).toThrow(/no \.txt articles/);
  });

  it('gives each article a content hash that changes with the text', () => {
    const a = readArticles(folder({ 'a.txt': 'One.' }))[0]!;
    const b = readArticles(folder({ 'a.txt': 'Two.' }))[0]!;
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.contentHash).not.toBe(b.contentHash);
  });
});
