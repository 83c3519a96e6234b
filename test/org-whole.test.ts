// A body the article's understanding names whole is answered whole: its last word stays, though it is a
// common noun or a word of the question's concept ("PT Lorem Konstruksi" for "Siapa yang membangun …?",
// konstruksi ~ bangun). Invented firms and places.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import type { Language } from '../src/types.js';

function who(text: string, question: string, language: Language): string | undefined {
  const entries = entriesOf([parseArticle('firma', `${text}\n`, { language })], understand);
  const a = toAnswer(answerQuestion(scopeOf(entries), readQuery({ command: 'ask', query: question }), focusOf(question, 'who')), language);
  return a.found ? a.value : undefined;
}

describe('an organisation read whole is answered whole', () => {
  it('keeps a last word of the question\'s concept (Indonesian)', () => {
    const text = 'Jembatan gantung di Desa Lorem akan dibangun oleh PT Ipsum Konstruksi, kata kepala desa Budi Santoso, Senin.';
    expect(who(text, 'Siapa yang akan membangun jembatan gantung?', 'id')).toBe('PT Ipsum Konstruksi');
  });
  it('keeps it in English too', () => {
    const text = 'The sea wall at Lorem Bay was built by PT Ipsum Konstruksi, the harbour board said on Monday.';
    expect(who(text, 'Who built the sea wall?', 'en')).toBe('PT Ipsum Konstruksi');
  });
});
