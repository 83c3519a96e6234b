// Where-answers (answer/where-lists.ts): places the sentence writes as one coordinated phrase after one locative
// ("in Yorkshire and Cumbria", "di Jawa Barat dan Jawa Tengah") answer together, not the one or the other.
// Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf, type LibraryEntry } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const passage = (text: string, language: 'id' | 'en'): readonly LibraryEntry[] => entriesOf([parseArticle('passage', `Judul\n${text}\n`, { language })], understand);

function whereOf(text: string, language: 'id' | 'en', question: string): string | undefined {
  const a = toAnswer(answerQuestion(scopeOf(passage(text, language)), readQuery({ command: 'ask', query: question }), focusOf(question, 'where')), language);
  return a.found ? a.value : undefined;
}

describe('a coordinated list of places after one locative is answered whole', () => {
  it('Indonesian: "di Jawa Barat dan Jawa Tengah"', () => {
    const text = 'Hujan deras sejak Sabtu malam menyebabkan banjir di Jawa Barat dan Jawa Tengah, kata badan penanggulangan bencana.';
    expect(whereOf(text, 'id', 'Di mana banjir terjadi?')).toBe('Jawa Barat dan Jawa Tengah');
  });

  it('English: "in Yorkshire and Cumbria"', () => {
    const text = 'Heavy rain on Sunday caused floods in Yorkshire and Cumbria, the agency said.';
    expect(whereOf(text, 'en', 'Where did the floods happen?')).toBe('Yorkshire and Cumbria');
  });

  it('English: a name owning what follows is no second place ("in Leeds and Yorkshire\'s farms")', () => {
    const text = 'The storm caused floods in Leeds and Yorkshire\'s farms lost their crops, the agency said.';
    expect(whereOf(text, 'en', 'Where did the storm cause floods?')).toBe('Leeds');
  });
});
