// A when-answer takes the day as the paragraph writes it in full (answer/candidates.ts): the weekday
// of a dateline ("Lorem, Rabu -") is the same day the paragraph writes "Rabu (7/9)", so the answer
// is the date. Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

function whenOf(text: string, question: string): string | undefined {
  const entries = entriesOf([parseArticle('weekday', text)], understand);
  const a = toAnswer(answerQuestion(scopeOf(entries), readQuery({ command: 'ask', query: question }), focusOf(question, 'when')), 'id');
  return a.found ? a.value : undefined;
}

describe('a dateline weekday gives way to the same weekday written with its date', () => {
  it('Indonesian: "Kota Lorem, Rabu - … Rabu (7/9)"', () => {
    const text = 'Kota Lorem, Rabu - Jembatan gantung di Desa Ipsum runtuh diterjang banjir bandang menjelang subuh, Rabu (7/9). Warga kini menyeberang dengan rakit.';
    expect(whenOf(text, 'Kapan jembatan gantung di Desa Ipsum runtuh?')).toBe('7/9');
  });

  it('a weekday the paragraph writes alone is still an answer', () => {
    const text = 'Jembatan gantung di Desa Ipsum runtuh diterjang banjir bandang pada Rabu pagi. Warga kini menyeberang dengan rakit.';
    expect(whenOf(text, 'Kapan jembatan gantung di Desa Ipsum runtuh?')).toBe('Rabu');
  });
});
