import { describe, expect, it } from 'vitest';
import { cleanArticle, isPromoLine } from '../src/text/clean.js';
import { parseArticle } from '../src/load/article.js';
import { fixtureArticle, fixtureText } from './helpers/articles.js';

describe('cleaning the Tempo scrape', () => {
  const article = fixtureArticle('tempo-2024-11-02-korut-rusia.txt');
  const all = article.paragraphs.map((p) => p.text).join('\n');

  it('keeps exactly the 11 paragraphs of the article', () => {
    expect(article.paragraphs).toHaveLength(11);
    expect(article.paragraphs[0]!.text.startsWith('TEMPO.CO, Jakarta -')).toBe(true);
    expect(article.paragraphs[10]!.text.startsWith('Menurut KCNA')).toBe(true);
    expect(article.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('drops the repeated ad line and the editor trailer', () => {
    expect(all).not.toMatch(/Baca berita dengan sedikit iklan/);
    expect(all).not.toMatch(/Pilihan editor/i);
    expect(all).not.toMatch(/Lebanon/);
  });

  it('keeps every paragraph verbatim', () => {
    const raw = fixtureText('tempo-2024-11-02-korut-rusia.txt');
    for (const p of article.paragraphs) expect(raw).toContain(p.text);
  });
});

describe('cleaning blank-line articles', () => {
  it('splits IndoSum texts on blank lines and drops the editor code line', () => {
    const a = fixtureArticle('antara-2017-08-26-jepang-sanksi-korut.txt');
    expect(a.paragraphs).toHaveLength(12);
    expect(a.paragraphs[0]!.text.startsWith('Tokyo (ANTARA News) -')).toBe(true);
    expect(a.paragraphs.map((p) => p.text).join(' ')).not.toContain('G003/M016');
  });

  it('strips a trailing reporter code but keeps the sentence', () => {
    const a = fixtureArticle('cnnindonesia-2017-03-06-ekonomi-china.txt');
    expect(a.paragraphs).toHaveLength(7);
    const last = a.paragraphs[6]!.text;
    expect(last.endsWith('dari total impor nonmigas.')).toBe(true);
    expect(last).not.toContain('(bir / gen)');
  });

  it('keeps a name in parentheses that is not a reporter code', () => {
    const a = fixtureArticle('rimanews-2017-04-18-pilkada-dki.txt');
    expect(a.paragraphs).toHaveLength(8);
    expect(a.paragraphs[0]!.text).toContain('Presiden Joko Widodo (Jokowi)');
  });

  it('joins hard-wrapped lines and drops English promo lines and a [code]', () => {
    const a = fixtureArticle('en-harbour-strike.txt');
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(4);
    expect(texts[0]).toBe(
      'LONDON (Reuters) - Dock workers at the port of Felixstowe began an eight-day strike on Sunday, the union said, in a dispute over pay that threatens to snarl supply chains across Britain.',
    );
    const joined = texts.join(' ');
    expect(joined).not.toMatch(/ADVERTISEMENT|Read more|Also read|\[bal\]/);
    expect(texts[3]!.endsWith('over two years.')).toBe(true);
  });

  it('drops a line repeated through a one-paragraph-per-line article', () => {
    const a = fixtureArticle('en-council-vote.txt');
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/Subscribe|ADVERTISEMENT/);
  });
});

describe('repeated lines', () => {
  it('keep a wrapped line that happens to repeat: it continues its paragraph', () => {
    const raw = 'The council met on Tuesday to discuss the budget, the\nmayor said.\n\nThe vote was close, the\nmayor said.\n\nSponsored content here\n\nSponsored content here\n';
    expect(cleanArticle(raw).paragraphs).toEqual(['The council met on Tuesday to discuss the budget, the mayor said.', 'The vote was close, the mayor said.']);
  });
});

describe('promo lines', () => {
  it.each([
    'Baca juga: Harga cabai naik',
    '[Baca juga: Jokowi resmikan tol]',
    'Pilihan editor: Israel diserang',
    'Simak juga video berikut',
    'ADVERTISEMENT',
    'Read more: Inflation hits 10%',
    'Also read: Rail strikes',
  ])('drops %j', (line) => {
    expect(isPromoLine(line)).toBe(true);
  });

  it.each(['Bacaan doa itu panjang.', 'Readers were asked to vote.', 'Simaklah pesan Presiden.'])('keeps %j', (line) => {
    expect(isPromoLine(line)).toBe(false);
  });

  it('handles CRLF, a BOM and stray whitespace', () => {
    const { paragraphs } = cleanArticle('\uFEFFFirst paragraph here.\r\n\r\n  Second one.  \r\n');
    expect(paragraphs).toEqual(['First paragraph here.', 'Second one.']);
  });

  it('leaves nothing of an article that is only ads', () => {
    expect(parseArticle('x', 'ADVERTISEMENT\nBaca juga: apa\n').paragraphs).toHaveLength(0);
  });

  // Found by test/properties-load.test.ts: a line of zero-width or direction marks was a paragraph
  // nobody could see, and a file of them alone an article.
  it('treats a line of only invisible characters as blank', () => {
    expect(cleanArticle('\u200B\nThe council met on Tuesday.').paragraphs).toEqual(['The council met on Tuesday.']);
    expect(cleanArticle('First one.\n\u2060 \u200F\nSecond one.').paragraphs).toEqual(['First one.', 'Second one.']);
    expect(parseArticle('x', '\u200F').paragraphs).toHaveLength(0);
  });
});
