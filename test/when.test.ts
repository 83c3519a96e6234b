// /when: the date of the passage that tells of the event, as written and resolved, with the passage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerWhen } from '../src/answer/when.js';
import type { LibraryEntry } from '../src/index/library.js';
import { run } from './helpers/answer.js';
import { extractDates } from '../src/extract/dates/index.js';
import { libraryFromFixtures } from './helpers/articles.js';
import { parseArticle } from '../src/load/article.js';
import type { Answer } from '../src/findings.js';
import type { Understanding } from '../src/types.js';

const nothing: Understanding = { people: [], organisations: [], places: [], quotes: [], dates: [], names: [] };
/** An article with only its dates understood: what /when reads. */
const entry = (name: string): LibraryEntry => {
  const article = parseArticle(name, readFileSync(join(import.meta.dirname, 'fixtures', `${name}.txt`), 'utf8'));
  return { article, understanding: { ...nothing, dates: extractDates(article) } };
};
const tempo = [entry('tempo-2024-11-02-korut-rusia')];

function verbatim(entries: readonly LibraryEntry[], a: Answer): boolean {
  return a.citations.every((c) => {
    const text = entries.find((e) => e.article.id === c.article)!.article.paragraphs[c.paragraph - 1]!.text;
    return c.excerpt === text && (c.highlights ?? []).every((h) => text.includes(h));
  });
}

describe('answerWhen on the Tempo article', () => {
  it('/when Putin menyatakan dokumen fundamental → Rabu, 19 Juni 2024 (2024-06-19), ¶5', () => {
    const a = run(answerWhen, tempo, 'when', 'Putin menyatakan dokumen fundamental');
    expect(a).toMatchObject({ command: 'when', found: true, value: 'Rabu, 19 Juni 2024' });
    expect(a.answer).toBe('Rabu, 19 Juni 2024 (2024-06-19) — ¶5');
    expect(a.citations[0]!.paragraph).toBe(5);
    expect(a.citations[0]!.highlights).toContain('Rabu, 19 Juni 2024');
    expect(verbatim(tempo, a)).toBe(true);
  });
  it('a relative date is shown with its resolved range: the treaty was signed "pekan ini"', () => {
    const a = run(answerWhen, tempo, 'when', 'perjanjian kemitraan ditandatangani');
    expect(a).toMatchObject({ found: true, value: 'pekan ini', answer: 'pekan ini (2024-06-17 – 2024-06-23) — ¶9' });
  });
  it('the meeting in Moscow → Sabtu, 2 November 2024, ¶2', () => {
    expect(run(answerWhen, tempo, 'when', 'Lavrov bertemu Choe Son Hui')).toMatchObject({ found: true, value: 'Sabtu, 2 November 2024' });
  });
  it('a passage with no date → found:false, the nearest earlier date labelled as not the event\'s', () => {
    const a = run(answerWhen, tempo, 'when', 'NATO mengonfirmasi pengiriman pasukan', 'id');
    expect(a.found).toBe(false);
    expect(a.value).toBeUndefined();
    expect(a.answer).toContain('(¶3) tidak menyebut tanggal');
    expect(a.answer).toContain('Sabtu, 2 November 2024 (2024-11-02)');
    expect(a.citations.map((c) => c.paragraph)).toEqual([3, 2]);
    expect(verbatim(tempo, a)).toBe(true);
  });
  it('nothing relevant → found:false, no citations', () => {
    expect(run(answerWhen, tempo, 'when', 'Biden')).toMatchObject({ found: false, citations: [] });
    expect(run(answerWhen, tempo, 'when', '')).toMatchObject({ found: false, citations: [] });
  });
});

describe('answerWhen on other articles', () => {
  it('the date nearest the matched words, in an English article', () => {
    const entries = [entry('en-dates-2024-06-21-river-flood')];
    expect(run(answerWhen, entries, 'when', 'mayor declared an emergency')).toMatchObject({
      found: true,
      value: 'Wednesday, June 19, 2024',
    });
    expect(run(answerWhen, entries, 'when', 'bridge closed three months')).toMatchObject({ found: true, value: '2015' });
  });
  it('a day and month in brackets, IndoSum spacing', () => {
    const entries = [entry('cnnindonesia-2017-03-06-ekonomi-china')];
    const a = run(answerWhen, entries, 'when', 'Darmin ditemui di Gedung Djuanda');
    expect(a).toMatchObject({ found: true, value: 'Senin (6/3)', answer: 'Senin (6/3) (2017-03-06) — ¶3' });
  });
});

describe('answerWhen asks for the event, not only its names', () => {
  it.each(['perang dunia kedua', 'Kim Jong Un lahir', 'Putin meninggal'])('/when %s → found:false', (query) => {
    const people = libraryFromFixtures('tempo-2024-11-02-korut-rusia.txt').entries;
    expect(run(answerWhen, people, 'when', query).found).toBe(false);
  });
});

