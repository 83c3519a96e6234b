// Which supported who-answer /ask gives (answer/question.ts, candidates.ts, doers.ts, works.ts):
// the best ranked one unless another's passage says much more of the question; never the title of
// a work; the doer of the asked verb. Invented people, places and works.
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../src/answer/ask.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { toAnswer } from '../src/render/json.js';
import { queryOf, scopeOf } from './helpers/answer.js';

function ask(text: string, question: string): string | undefined {
  const entries = entriesOf([parseArticle('choice', `${text}\n`)], understand);
  const a = toAnswer(answerAsk(scopeOf(entries), queryOf('ask', question)), 'en');
  return a.found ? a.value : undefined;
}

describe('a supported answer is chosen by its rank, lowered for each question word its passage leaves out', () => {
  it('the name standing beside the question\'s words wins over one whose passage says one word more', () => {
    const text =
      'Selain Sinta yang mendapat perak, Wulan (lari 5.000 meter) dan Maya Putri (lompat jauh) juga meraih perak. Wulan tertinggal di belakang Lin Mei (Filipina). Namun, Rosa Dewi didiskualifikasi di nomor tersebut.';
    expect(ask(text, 'Siapakah atlet lompat jauh yang menyumbangkan perak di Kejuaraan Atletik Asia 2025, Manila, Filipina?')).toBe('Maya Putri');
  });
});
