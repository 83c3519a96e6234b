// Why an answerable question was refused: the least score a passage of one sentence can give, and the
// relative a question asks of. Passages and questions are written for these tests (invented names).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { questionSettings } from '../src/answer/question.js';
import { FULL_WEIGHT, leastScore } from '../src/answer/least-score.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle('bacaan', `${text}\n`, { language })], understand));
const ask = (text: string, query: string, language: 'id' | 'en') => answer(libraryWith(text, language), { command: 'ask', query, locale: language });

describe('the least score', () => {
  it('is the usual one where the passage tells its words apart, lower where it weighs every word one', () => {
    expect(leastScore([2.1, 1])).toBe(questionSettings.minScore);
    expect(leastScore([FULL_WEIGHT])).toBe(questionSettings.minScore);
    expect(leastScore([1, 1])).toBeLessThan(questionSettings.minScore);
    expect(leastScore([1, 1])).toBeCloseTo(questionSettings.minScore / FULL_WEIGHT);
    expect(leastScore([])).toBeCloseTo(questionSettings.minScore / FULL_WEIGHT);
  });

  const id =
    'Varnet merupakan jaringan komputer yang dibentuk oleh Badan Riset Kota Selen pada tahun 1971, melalui proyek lembaga yang mengembangkan jaringan yang dinamakan Selnet, di mana mereka menunjukkan cara kerja perangkat keras yang berbasis Unix.';
  const en =
    'Varnet is a computer network built by the Selen Research Agency in 1971, through a project of an agency that developed a network called Selnet, in which they showed how hardware based on Unix works.';

  it('lets a passage of one sentence answer a question whose words it says, a few words from the date (Indonesian)', () => {
    const a = ask(id, 'Kapan Varnet ditemukan?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1971');
  });

  it('lets a passage of one sentence answer a question whose words it says (English)', () => {
    const a = ask(en, 'When was Varnet built?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1971');
  });

  it('still refuses what the sentence does not say', () => {
    expect(ask(id, 'Kapan Varnet ditutup?', 'id').found).toBe(false);
    expect(ask(en, 'When was Varnet shut down?', 'en').found).toBe(false);
  });
});

describe('the relative a question asks of', () => {
  const id = 'Tomas Arven, yang lahir di Kota Selen, adalah anak dari pedagang Marko Arven dan Lina Bresc, seorang penyanyi.';
  const en = 'Tomas Arven, who was born in Selen, was the son of the merchant Marko Arven and of Lina Bresc, a singer.';

  it('must be said: a passage naming his parents tells no sister (Indonesian)', () => {
    expect(ask(id, 'Siapakah nama adik Tomas Arven dari Kota Selen?', 'id').found).toBe(false);
  });

  it('must be said: a passage naming his parents tells no wife (English)', () => {
    expect(ask(en, 'Who was the wife of Tomas Arven of Selen?', 'en').found).toBe(false);
  });

  it('is a word of its own, no misspelt table word ("sister" is not "sistem")', () => {
    expect(ask(en, 'Who was the sister of Tomas Arven?', 'en').found).toBe(false);
  });

  it('is answered where the passage says it', () => {
    expect(ask(en, 'Who was the mother of Tomas Arven of Selen?', 'en').value).toBe('Lina Bresc');
  });
});
