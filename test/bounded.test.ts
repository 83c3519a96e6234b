// Ranked, bounded answers over a library where names recur across hundreds of articles (synthetic
// articles from bench/zipf-corpus.ts, built here): every command answers with the best few — at
// most 5 articles and 10 citations a page, 3 of one article — says how many there are, and pages
// through all of them in order without repeating one; the ranking puts the articles about the
// name first; /who gives the role most articles give; /source without an article describes the
// library. No timing is asserted (that is the bench's job).
import { beforeAll, describe, expect, it } from 'vitest';
import { ZipfLibrary, personOf, placeOf } from '../bench/zipf-corpus.js';
import { castOf } from '../src/answer/people.js';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import type { Answer } from '../src/findings.js';
import type { CommandName } from '../src/types.js';

const SEED = 5;
const zipf = new ZipfLibrary({ seed: SEED, people: 40, places: 30, exponent: 1.3 });
const articles = Array.from({ length: 300 }, (_, i) => zipf.article(i));
const namedIn = new Map<number, number>();
for (const a of articles) for (const p of a.people) namedIn.set(p, (namedIn.get(p) ?? 0) + 1);
const [topRank, topCount] = [...namedIn].sort((a, b) => b[1] - a[1])[0]!;
const TOP = personOf(SEED, topRank).name;
const SURNAME = TOP.split(' ')[1]!;

let library: Library;
beforeAll(() => {
  library = libraryOf(entriesOf(articles.map((a) => parseArticle(a.id, a.text, a.sidecar)), understand));
}, 120_000);

const ask = (command: CommandName, query: string, page?: number, article?: string): Answer =>
  answer(library, { command, query, ...(page !== undefined && { page }), ...(article !== undefined && { article }) });

/** Every bound of a page over several articles. */
function expectBounded(a: Answer): void {
  expect(a.citations.length).toBeLessThanOrEqual(10);
  const perArticle = new Map<string, number>();
  for (const c of a.citations) perArticle.set(c.article, (perArticle.get(c.article) ?? 0) + 1);
  expect(perArticle.size).toBeLessThanOrEqual(5);
  for (const n of perArticle.values()) expect(n).toBeLessThanOrEqual(3);
  expect(Buffer.byteLength(JSON.stringify(a))).toBeLessThanOrEqual(16 * 1024);
}

describe('answers over hundreds of articles naming the same person', () => {
  it('the synthetic library does recur a name in hundreds of articles', () => {
    expect(topCount).toBeGreaterThanOrEqual(150);
  });

  it.each<[CommandName, () => string]>([
    ['who', () => TOP],
    ['who', () => SURNAME],
    ['quote', () => SURNAME],
    ['where', () => placeOf(SEED, 0)],
    ['search', () => TOP],
    ['search', () => 'harga beras'],
    ['ask', () => `Siapa ${TOP}?`],
    ['source', () => ''],
  ])('/%s is bounded: ≤ 5 articles, ≤ 10 citations, ≤ 3 per article, ≤ 16 KB, and says how many there are', (command, query) => {
    const a = ask(command, query());
    expect(a.found).toBe(true);
    expectBounded(a);
    expect(a.total).toBeGreaterThan(5);
    expect(a.pages).toBe(Math.ceil(a.total! / (a.unit === 'passages' ? 5 : 5)));
    expect(a.page).toBe(1);
  });

  it('/who counts every article naming the person, and says so', () => {
    const expected = library.entries.filter((e) => e.understanding.people.some((p) => p.name === TOP)).length;
    const a = ask('who', TOP);
    expect(a.total).toBe(expected);
    expect(a.unit).toBe('articles');
    expect(a.answer).toContain(`Named in ${expected} articles — the 5 most relevant.`);
    expect(ask('who', TOP, 2).answer).toContain(`Named in ${expected} articles — 6–10 by relevance.`);
  });

  it('pages come in order and cover every article exactly once', () => {
    const first = ask('who', TOP);
    const seen: string[] = [];
    for (let page = 1; page <= first.pages!; page++) {
      const a = ask('who', TOP, page);
      expect(a.page).toBe(page);
      expectBounded(a);
      const articlesHere = [...new Set(a.citations.map((c) => c.article))];
      expect(articlesHere.length).toBe(page < first.pages! ? 5 : first.total! - 5 * (first.pages! - 1));
      for (const id of articlesHere) expect(seen).not.toContain(id);
      seen.push(...articlesHere);
    }
    expect(seen.length).toBe(first.total);
  });

  it('a page past the last is a clear no-page answer, and a huge page costs nothing', () => {
    const first = ask('who', TOP);
    const beyond = ask('who', TOP, first.pages! + 1);
    expect(beyond).toMatchObject({ found: false, reason: 'no-page', citations: [], page: first.pages! + 1, pages: first.pages });
    expect(beyond.answer).toBe(`There is no page ${first.pages! + 1}: this answer has ${first.pages} pages.`);
    expect(answer(library, { command: 'who', query: TOP, page: first.pages! + 1, locale: 'id' }).answer).toContain('Tidak ada halaman');
    for (const command of ['who', 'where', 'quote', 'search', 'source'] as const) {
      expect(ask(command, command === 'where' ? placeOf(SEED, 0) : command === 'source' ? '' : SURNAME, 1_000_000).reason).toBe('no-page');
    }
  });

  it('ranks the articles about the person first: named in the headline and the lede before a passing mention', () => {
    const a = ask('who', TOP);
    const firstArticle = library.get(a.citations[0]!.article)!;
    const person = firstArticle.understanding.people.find((p) => p.name === TOP)!;
    // The top article names them in its headline or lede; some article of the library does neither.
    const headline = (firstArticle.article.meta.title ?? '').includes(SURNAME);
    expect(headline || person.paragraphs[0] === 1).toBe(true);
    const last = ask('who', TOP, a.pages!);
    const lastArticle = library.get(last.citations.at(-1)!.article)!;
    const lastPerson = lastArticle.understanding.people.find((p) => p.name === TOP)!;
    expect((lastArticle.article.meta.title ?? '').includes(SURNAME) && lastPerson.paragraphs[0] === 1).toBe(false);
  });

  it('among equally central articles, the most recent comes first', () => {
    const a = ask('who', TOP);
    const dates = [...new Set(a.citations.map((c) => c.article))].map((id) => library.get(id)!.article.meta.publishedAt!);
    // Page 1's articles share the top centrality (headline and lede): their dates descend.
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('/who gives the role most articles give, how many give it, and the most recent one’s where it differs', () => {
    const roles = library.entries.flatMap((e) => e.understanding.people.filter((p) => p.name === TOP && p.role !== undefined).map((p) => ({ role: p.role!, date: e.article.meta.publishedAt! })));
    const counts = new Map<string, number>();
    for (const r of roles) counts.set(r.role, (counts.get(r.role) ?? 0) + 1);
    const [majority, count] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
    const a = ask('who', TOP);
    expect(a.value).toBe(TOP);
    expect(a.answer.startsWith(`${TOP} — ${majority}`)).toBe(true);
    if (count < roles.length) expect(a.answer).toContain(`as ${count} of the ${roles.length} articles that give a role give it`);
    const latest = roles.reduce((x, y) => (y.date > x.date ? y : x));
    if (latest.role !== majority) expect(a.answer).toContain(`gives “${latest.role}”`);
  });

  it('within one article, a profile pages by paragraphs', () => {
    const id = library.entries.find((e) => e.understanding.people.some((p) => p.name === TOP))!.article.id;
    const a = ask('who', TOP, undefined, id);
    expect(a.unit).toBe('paragraphs');
    expect(a.citations.every((c) => c.article === id)).toBe(true);
    expect(a.answer).not.toContain('Named in');
  });

  it('/search pages by passages, at most 3 of one article a page, and never repeats a passage', () => {
    const first = ask('search', 'harga beras');
    expect(first.unit).toBe('passages');
    const seen = new Set<string>();
    for (let page = 1; page <= Math.min(first.pages!, 6); page++) {
      const a = ask('search', 'harga beras', page);
      expectBounded(a);
      for (const c of a.citations) {
        const key = `${c.article}#${c.paragraph}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  it('/source without an article describes the library: count, outlets, date range, the newest five', () => {
    const a = ask('source', '');
    expect(a.found).toBe(true);
    expect(a.total).toBe(300);
    const dates = articles.map((x) => x.sidecar.publishedAt).sort();
    expect(a.answer).toContain(`300 articles from ${new Set(articles.map((x) => x.sidecar.outlet)).size} outlets`);
    expect(a.answer).toContain(`${dates[0]} – ${dates.at(-1)}`);
    const newest = [...articles].sort((x, y) => (x.sidecar.publishedAt < y.sidecar.publishedAt ? 1 : x.sidecar.publishedAt > y.sidecar.publishedAt ? -1 : x.id.localeCompare(y.id))).slice(0, 5);
    expect(a.citations.map((c) => c.article)).toEqual(newest.map((x) => x.id));
    expect(answer(library, { command: 'source', query: '', locale: 'id' }).answer).toMatch(/^300 artikel dari \d+ media/);
    // With an article, it describes that article, as before.
    expect(ask('source', '', undefined, articles[3]!.id).citations.map((c) => c.article)).toEqual([articles[3]!.id]);
  });

  it('/people over the whole library ranks from the name index, pages every person exactly once, as the article-by-article reading does', () => {
    const seen: string[] = [];
    const first = ask('people', '');
    expect(first.found).toBe(true);
    for (let page = 1; page <= (first.pages ?? 0); page++) {
      const a = ask('people', '', page);
      expect(a.citations.length).toBeLessThanOrEqual(8);
      expect(Buffer.byteLength(JSON.stringify(a))).toBeLessThanOrEqual(16 * 1024);
      seen.push(...a.answer.split('\n').slice(1).map((line) => line.split(/[.—(]/)[0]!.trim()));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(first.total);
    // The same cast, in the same order, as reading every article (castOf) gives.
    const everyArticle = castOf(library.entries.map((entry, position) => ({ entry, position })));
    expect(first.total).toBe(everyArticle.length);
    expect(seen.slice(0, 16)).toEqual(everyArticle.slice(0, 16).map((m) => m.name));
    expect(seen[0]).toBe(TOP);
  });
});

