// A name a sentence opens with as its source ("Menurut X, …", "According to X, …") tells what the
// clause after it says; it is not the doer of that clause's verb. A company's legal form before its
// name ("PT …") opens the name, and English firms end with their trade ("… Construction").
// Passages are written for these tests (invented people and firms).
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/extract/organisations.js';
import { parseArticle } from '../src/load/article.js';
import { askText, askValue } from './helpers/articles.js';

const article = (text: string, language: 'id' | 'en') => parseArticle('t', `${text}\n`, { language, publishedAt: '2024-05-01' });

describe('the source a sentence opens with is not the doer', () => {
  const en = "According to the agency's regional director, Sarah Lorem, the barrier will be built by Ipsum Construction, a firm based in Leeds.";
  const id = 'Menurut direktur regional badan itu, Sari Lorem, tanggul akan dibangun oleh PT Ipsum Karya, perusahaan yang berbasis di Bandung.';
  it('answers the builder, not the source, in both languages', () => {
    expect(askValue(en, 'Who will build the barrier?', 'en')).toBe('Ipsum Construction');
    expect(askValue(id, 'Siapa yang akan membangun tanggul?', 'id')).toBe('PT Ipsum Karya');
  });
  it('still answers who the source is', () => {
    expect(askValue(en, 'Who is the regional director?', 'en')).toBe('Sarah Lorem');
    expect(askValue(id, 'Siapa direktur regional badan itu?', 'id')).toBe('Sari Lorem');
  });
  it('refuses the source where the clause names no doer', () => {
    expect(askValue('According to police chief Budi Lorem, the bridge was damaged overnight.', 'Who damaged the bridge?', 'en')).toBeUndefined();
    expect(askValue('Menurut Kapolres Budi Lorem, jembatan itu dirusak semalam.', 'Siapa yang merusak jembatan?', 'id')).toBeUndefined();
  });
});

describe('firms by their legal form or trade', () => {
  it('"PT <Name>" is the whole company, not "PT"', () => {
    const names = extractOrganisations(article('Proyek itu dikerjakan PT Lorem Karya. Kontrak kedua dimenangkan PT Ipsum Jaya.', 'id')).map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['PT Lorem Karya', 'PT Ipsum Jaya']));
    expect(names).not.toContain('PT');
  });
  it('an English firm ends with its trade', () => {
    const names = extractOrganisations(article('The contract went to Lorem Engineering and Ipsum Logistics last year.', 'en')).map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Lorem Engineering', 'Ipsum Logistics']));
  });
});

describe("a firm's base is not where it works", () => {
  const en = 'The barrier will be built by Lorem Construction, a firm based in Leeds.';
  const id = 'Tanggul akan dibangun oleh PT Lorem Karya, perusahaan yang berbasis di Bandung.';
  it('does not answer where the barrier is built with the firm’s base', () => {
    expect(askValue(en, 'Where will the barrier be built?', 'en')).toBeUndefined();
    expect(askValue(id, 'Di mana tanggul akan dibangun?', 'id')).toBeUndefined();
  });
  it('says which word the passage writes instead of the asked one', () => {
    expect(JSON.stringify(askText(en, 'Where will the barrier be built?', 'en'))).toContain('“based”, not “built”');
    expect(JSON.stringify(askText(id, 'Di mana tanggul akan dibangun?', 'id'))).toContain('“berbasis”, bukan “dibangun”');
  });
  it('answers where the firm is based', () => {
    expect(askValue(en, 'Where is Lorem Construction based?', 'en')).toBe('Leeds');
    expect(askValue(id, 'Di mana PT Lorem Karya berbasis?', 'id')).toBe('Bandung');
  });
});
