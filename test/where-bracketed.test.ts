// Where-answers (answer/where-candidates.ts): a short form in brackets written inside a place's name, between a part
// of it and its rest ("Republik Demokratik (RD) Kongo", "Kepolisian Daerah (Polda) Metro Jaya", "Democratic Republic
// (DR) of Congo"), belongs to the name; the answer is the whole name. Passages written for these tests.
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

describe('a bracketed short form inside a place\'s name', () => {
  it('Indonesian: "di Republik Demokratik (RD) Kongo bagian timur"', () => {
    const text = 'Tentara menembak mati belasan warga dalam bentrokan yang terjadi di Republik Demokratik (RD) Kongo bagian timur, kata pejabat pada Sabtu.';
    expect(whereOf(text, 'id', 'Di mana bentrokan terjadi?')).toBe('Republik Demokratik (RD) Kongo bagian timur');
  });

  it('Indonesian: "di Kepolisian Daerah (Polda) Metro Jaya"', () => {
    const text = 'Polisi menahan dua tersangka penipuan di Kepolisian Daerah (Polda) Metro Jaya pada Senin.';
    expect(whereOf(text, 'id', 'Di mana tersangka ditahan?')).toBe('Kepolisian Daerah (Polda) Metro Jaya');
  });

  it('English: "near Goma, Democratic Republic (DR) of Congo"', () => {
    const text = 'Soldiers shot dead a dozen villagers near Goma, Democratic Republic (DR) of Congo, on Saturday, officials said.';
    expect(whereOf(text, 'en', 'Where were the villagers shot dead?')).toBe('Goma, Democratic Republic (DR) of Congo');
  });

  it('a bracket closing the name is no part of what follows ("di Bandung (Jabar) pada Senin")', () => {
    const text = 'Polisi menahan dua tersangka penipuan di Bandung (Jabar) pada Senin.';
    expect(whereOf(text, 'id', 'Di mana tersangka ditahan?')).toBe('Bandung');
  });
});
