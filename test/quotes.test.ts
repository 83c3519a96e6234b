// Quotes: each form of issue 3 item 2 on the shared articles (copied verbatim into fixtures) and on
// written fixtures (English; Indonesian with IndoSum spacing, ” ” marks and a two-paragraph quote).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes, quoteSpans } from '../src/extract/quotes.js';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';
import type { Article, Quote } from '../src/types.js';

const fixture = (name: string): Article =>
  parseArticle(name, readFileSync(join(import.meta.dirname, 'fixtures', `${name}.txt`), 'utf8'));
const brief = (q: Quote) => ({ paragraphs: q.paragraphs, speaker: q.speaker, via: q.via });
const verbatim = (a: Article, q: Quote) =>
  q.text.split('\n').every((part, i) => a.paragraphs[q.paragraphs[i]! - 1]!.text.includes(part));

describe('quoteSpans', () => {
  it('pairs straight, curly and closing-closing marks, and leaves an unclosed quote open', () => {
    expect(quoteSpans('"a b," kata X. “c d,” ujar Y.').map((s) => s.closed)).toEqual([true, true]);
    expect(quoteSpans('” a b , ” kata X.')).toHaveLength(1);
    expect(quoteSpans('“Kalimat pertama. Kalimat kedua.')).toEqual([{ paragraph: 0, open: 0, close: 32, closed: false }]);
  });
});

describe('extractQuotes on the Tempo article', () => {
  const a = fixture('tempo-2024-11-02-korut-rusia');
  const quotes = extractQuotes(a);
  it('finds the four quotes: Putin ¶6 via Antara, Kim ¶7 and ¶8, the treaty ¶10 via KCNA', () => {
    expect(quotes.map(brief)).toEqual([
      { paragraphs: [6], speaker: 'Putin', via: 'Antara' },
      { paragraphs: [7], speaker: 'Kim Jong Un', via: undefined },
      { paragraphs: [8], speaker: 'Kim', via: undefined },
      { paragraphs: [10], speaker: undefined, via: 'KCNA' },
    ]);
  });
  it('keeps the words verbatim, without marks or the closing comma', () => {
    expect(quotes.every((q) => verbatim(a, q))).toBe(true);
    expect(quotes[0]!.text.startsWith('Sebagai hasil kunjungan')).toBe(true);
    expect(quotes[0]!.text.endsWith('telah disiapkan')).toBe(true);
    expect(quotes[1]!.text).toBe('persahabatan yang kuat antara kedua negara akan semakin kuat');
  });
});

describe('extractQuotes on the IndoSum articles', () => {
  it('Antara: "kata Kim", "Guterres mengatakan bahwa …", "menurut pernyataan" as relay; scare quote dropped', () => {
    const a = fixture('antara-2017-08-26-jepang-sanksi-korut');
    const quotes = extractQuotes(a);
    expect(quotes.map(brief)).toEqual([
      { paragraphs: [4], speaker: undefined, via: undefined },
      { paragraphs: [5], speaker: 'Kim', via: undefined },
      { paragraphs: [6], speaker: 'Guterres', via: undefined },
      { paragraphs: [9], speaker: 'Kim', via: 'pernyataan Korea Utara' },
      { paragraphs: [11], speaker: 'Kim', via: undefined },
    ]);
    expect(quotes.some((q) => q.text === 'bijaksana')).toBe(false);
  });
  it('CNN Indonesia: "ujar Darmin", then "jelasnya" after "Menurut Darmin"', () => {
    const quotes = extractQuotes(fixture('cnnindonesia-2017-03-06-ekonomi-china'));
    expect(quotes.map(brief)).toEqual([
      { paragraphs: [3], speaker: 'Darmin', via: undefined },
      { paragraphs: [4], speaker: 'Darmin', via: undefined },
    ]);
  });
  it('CNN Indonesia: "kata X, role", "ujarnya", title stripped, "kata dia" after reported speech, a follow-on quote', () => {
    const quotes = extractQuotes(fixture('cnnindonesia-2017-05-17-tpp-apec'));
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
      [6, 'Alan Bollard'],
      [6, 'Alan Bollard'],
      [8, 'Shinzo Abe'],
      [11, 'Nguyen Xian Thanh'],
      [11, 'Nguyen Xian Thanh'],
    ]);
    expect(quotes.some((q) => q.text === 'pemerkosaan')).toBe(false);
  });
  it('Rimanews: "kata Presiden Jokowi", "ujar Presiden" (title alone → Jokowi), "demikian Presiden Jokowi"', () => {
    const quotes = extractQuotes(fixture('rimanews-2017-04-18-pilkada-dki'));
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
      [2, 'Jokowi'],
      [4, 'Jokowi'],
      [6, 'Jokowi'],
      [8, 'Jokowi'],
    ]);
  });
});

describe('extractQuotes on written fixtures', () => {
  it('Indonesian: ” ” marks with odd spacing, a quote over two paragraphs, "tutup Muzani", "ujarnya … dikutip dari Antara"', () => {
    const a = fixture('id-quotes-2017-06-02-rapat-dpr');
    // Speakers as the article's people name them ("Pansus" after a title is part of the role, not a name).
    const quotes = extractQuotes(a, understand(a).people);
    expect(quotes.map(brief)).toEqual([
      { paragraphs: [2], speaker: 'Ahmad Muzani', via: undefined },
      { paragraphs: [4, 5], speaker: 'Ahmad Muzani', via: undefined },
      { paragraphs: [7], speaker: 'Lukman Edy', via: 'Antara' },
    ]);
    expect(quotes[0]!.text).toBe('Semua fraksi sudah bicara, dan hasilnya kita bawa ke paripurna');
    expect(quotes[1]!.text.split('\n')).toHaveLength(2);
    expect(quotes.every((q) => verbatim(a, q))).toBe(true);
    expect(quotes.some((q) => q.text === 'alot')).toBe(false);
  });
  it('English: "told Reuters", "said X, role", a two-paragraph quote, "he said", "according to", "the minister said"', () => {
    const a = fixture('en-quotes-2024-03-14-harbour-talks');
    const quotes = extractQuotes(a);
    expect(quotes.map(brief)).toEqual([
      { paragraphs: [2], speaker: 'Reyes', via: 'Reuters' },
      { paragraphs: [3], speaker: 'Helen Marsh', via: undefined },
      { paragraphs: [3], speaker: 'Helen Marsh', via: undefined },
      { paragraphs: [5, 6], speaker: 'Tom Baker', via: undefined },
      { paragraphs: [7], speaker: 'Tom Baker', via: undefined },
      { paragraphs: [8], speaker: 'Sarah Quinn', via: undefined },
      { paragraphs: [9], speaker: 'Daniel Reyes', via: undefined },
    ]);
    expect(quotes.some((q) => q.text === 'final insult')).toBe(false);
    expect(quotes.every((q) => verbatim(a, q))).toBe(true);
  });
});

describe('extractQuotes with a title in lower case after the speech verb', () => {
  it('"…," said councillor Ann Lee. → Ann Lee', () => {
    const text = 'LONDON (Reuters) - The council voted on a plan.\n\n"We will not give up," said councillor Ann Lee.\n\n"It is a fair deal," Mayor Tom Baker said.\n';
    const quotes = extractQuotes(parseArticle('councillor', text));
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
      [2, 'Ann Lee'],
      [3, 'Tom Baker'],
    ]);
  });
});
