// "Berapa pendapatan film itu?", "How much did the film earn?": a sum of money is told by a sentence
// writing an amount ("US$ 450 juta", "$450 million") with a noun or verb of money ("meraup",
// "grossed"), even where it does not write the noun asked; a count of the thing ("sebuah film",
// "a film") is no answer. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { askText } from './helpers/articles.js';

const id = [
  'Sekuel Film Lorem Mulai Digarap',
  'Studio Ipsum menunjuk seorang penulis baru untuk sekuel film Lorem, sebuah film laga yang dirilis dua tahun lalu.',
  'Film itu telah meraup lebih dari US$ 450 juta atau sekitar Rp 6 triliun di seluruh dunia.',
].join('\n\n');

const en = [
  'Lorem Sequel Gets a Writer',
  'Ipsum Studios has hired a new writer for the sequel to Lorem, a film released two years ago.',
  'The film grossed more than $450 million worldwide, the studio said.',
].join('\n\n');

describe('how much money', () => {
  it('Indonesian: the amount of a verb of money answers a noun of money', () => {
    const reply = askText(id, 'Berapa pendapatan film Lorem?', 'id');
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('US$ 450 juta');
  });
  it('English: the amount the film grossed answers what it earned', () => {
    const reply = askText(en, 'How much did the film earn?', 'en');
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('$450 million');
  });
  it('asked in English of the Indonesian article', () => {
    const reply = askText(id, 'How much did the film earn?', 'id');
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('US$ 450 juta');
  });
});
