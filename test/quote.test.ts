// /quote: by speaker (any case, hyphens, typos, through a person of the article), by relay, by
// topic; a person mentioned but never quoted and an unknown name are found:false.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuote } from '../src/answer/quote.js';
import type { LibraryEntry } from '../src/index/library.js';
import { run } from './helpers/answer.js';
import { attributionOf, extractQuotes } from '../src/extract/quotes.js';
import { parseArticle } from '../src/load/article.js';
import type { Answer } from '../src/findings.js';
import type { Person, Understanding } from '../src/types.js';

const nothing: Understanding = { people: [], organisations: [], places: [], quotes: [], dates: [], names: [] };
/** An article with only its quotes understood (speakers as written): what /quote reads. */
const entry = (name: string): LibraryEntry => {
  const article = parseArticle(name, readFileSync(join(import.meta.dirname, 'fixtures', `${name}.txt`), 'utf8'));
  return { article, understanding: { ...nothing, quotes: extractQuotes(article).map((q) => ({ ...q, ...(attributionOf(article, q) !== undefined && { attribution: attributionOf(article, q)! }) })) } };
};
const tempo = [entry('tempo-2024-11-02-korut-rusia')];
const paragraphs = (a: Answer) => a.citations.map((c) => c.paragraph);

/** Every citation is the paragraph's own text and every highlight a verbatim part of it. */
function verbatim(entries: readonly LibraryEntry[], a: Answer): boolean {
  return a.citations.every((c) => {
    const text = entries.find((e) => e.article.id === c.article)!.article.paragraphs[c.paragraph - 1]!.text;
    return c.excerpt === text && (c.highlights ?? []).every((h) => text.includes(h));
  });
}

describe('answerQuote on the Tempo article', () => {
  it('/quote Kim → ¶7 and ¶8, the quotes highlighted', () => {
    const a = run(answerQuote, tempo, 'quote', 'Kim');
    expect(a).toMatchObject({ command: 'quote', found: true, value: 'Kim Jong Un' });
    expect(paragraphs(a)).toEqual([7, 8]);
    expect(a.citations[0]!.highlights).toEqual(['persahabatan yang kuat antara kedua negara akan semakin kuat']);
    expect(a.answer).toContain('(¶8)');
    expect(verbatim(tempo, a)).toBe(true);
  });
  it('accepts the spellings readers type: kim jong-un, KIM JONG UN, vladimir puttin', () => {
    expect(paragraphs(run(answerQuote, tempo, 'quote', 'kim jong-un'))).toEqual([7, 8]);
    expect(paragraphs(run(answerQuote, tempo, 'quote', 'KIM JONG UN'))).toEqual([7, 8]);
    const putin = run(answerQuote, tempo, 'quote', 'vladimir puttin');
    expect(putin).toMatchObject({ found: true, value: 'Putin' });
    expect(paragraphs(putin)).toEqual([6]);
    expect(putin.answer).toContain('via Antara');
  });
  it('/quote Lavrov → found:false, mentioned in ¶2', () => {
    const a = run(answerQuote, tempo, 'quote', 'Lavrov');
    expect(a.found).toBe(false);
    expect(a.answer).toBe('Lavrov is mentioned in ¶2 but is not quoted.');
    expect(paragraphs(a)).toEqual([2]);
    expect(verbatim(tempo, a)).toBe(true);
  });
  it('/quote Biden and a blank query → found:false, no citations', () => {
    expect(run(answerQuote, tempo, 'quote', 'Biden')).toMatchObject({ found: false, citations: [] });
    expect(run(answerQuote, tempo, 'quote', '   ')).toMatchObject({ found: false, citations: [] });
  });
  it('/quote KCNA → the treaty text it reported, shown with its attribution', () => {
    const a = run(answerQuote, tempo, 'quote', 'KCNA');
    expect(a).toMatchObject({ found: true, value: 'KCNA' });
    expect(paragraphs(a)).toEqual([10]);
    expect(a.answer.startsWith('bunyi satu pasal dalam perjanjian')).toBe(true);
  });
  it('by topic: /quote persahabatan → Kim ¶7; /quote dokumen fundamental → Putin ¶6', () => {
    expect(run(answerQuote, tempo, 'quote', 'persahabatan')).toMatchObject({ found: true, value: 'Kim Jong Un' });
    const a = run(answerQuote, tempo, 'quote', 'dokumen fundamental');
    expect(a).toMatchObject({ found: true, value: 'Putin' });
    expect(paragraphs(a)).toEqual([6]);
  });
  it('links a short speaker to the full name of a person of the article', () => {
    const putin: Person = { name: 'Vladimir Putin', role: 'Presiden Rusia', aliases: ['Putin', 'Vladimir Putin'], paragraphs: [4, 5, 6, 7] };
    const withPeople = [{ ...tempo[0]!, understanding: { ...tempo[0]!.understanding, people: [putin] } }];
    expect(run(answerQuote, withPeople, 'quote', 'Vladimir Putin')).toMatchObject({ found: true, value: 'Vladimir Putin' });
  });
  it('a person of the article with no quotes → where they are mentioned', () => {
    const lavrov: Person = { name: 'Sergei Viktorovich Lavrov', role: 'Menteri Luar Negeri Rusia', aliases: ['Lavrov', 'Sergey Lavrov'], paragraphs: [2] };
    const withPeople = [{ ...tempo[0]!, understanding: { ...tempo[0]!.understanding, people: [lavrov] } }];
    const a = run(answerQuote, withPeople, 'quote', 'Sergey Lavrov', 'id');
    expect(a).toMatchObject({ found: false, answer: 'Sergei Viktorovich Lavrov disebut di ¶2 tetapi tidak dikutip.' });
  });
});

describe('answerQuote on other articles', () => {
  it('a quote over two paragraphs cites both, and names the article when several are loaded', () => {
    const entries = [entry('en-quotes-2024-03-14-harbour-talks'), entry('id-quotes-2017-06-02-rapat-dpr')];
    const a = run(answerQuote, entries, 'quote', 'tom baker');
    expect(a).toMatchObject({ found: true, value: 'Tom Baker' });
    expect(paragraphs(a)).toEqual([5, 6, 7]);
    expect(a.answer).toContain('en-quotes-2024-03-14-harbour-talks ¶5, ¶6');
    expect(verbatim(entries, a)).toBe(true);
    expect(paragraphs(run(answerQuote, entries, 'quote', 'Muzani'))).toEqual([2, 4, 5]);
  });
  it('a title-only attribution is the named minister', () => {
    const a = run(answerQuote, [entry('en-quotes-2024-03-14-harbour-talks')], 'quote', 'Daniel Reyes');
    expect(paragraphs(a)).toEqual([2, 9]);
  });
});
