// The short answer of a when-question (answer/short-answer.ts): a year without its label.
// Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

function when(text: string, question: string): string | undefined {
  const entries = entriesOf([parseArticle('short', text)], understand);
  const a = toAnswer(answerQuestion(scopeOf(entries), readQuery({ command: 'ask', query: question }), focusOf(question, 'when')), 'en');
  return a.found ? a.value : undefined;
}

describe('a when-answer as a reader writes it', () => {
  it('a year loses its label (Indonesian and English)', () => {
    expect(when('Jembatan gantung itu dibangun warga desa pada tahun 1987.', 'Kapan jembatan gantung itu dibangun?')).toBe('1987');
    expect(when('The suspension bridge was built by the villagers in the year 1987.', 'When was the suspension bridge built?')).toBe('1987');
  });
});
