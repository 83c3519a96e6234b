// A who-answer that is another thing of the kind the question names (answer/other-object.ts): listed
// beside the asked name ("karya-karyanya, di antaranya <Name>, Lorem, dan Ipsum"), or made by its own
// doer ("serial Lorem yang juga diciptakan oleh <X>" for "Siapa pencipta serial Ipsum?"). Passages
// written for these tests: invented people, works and companies, in Indonesian and English.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

/** The short answer /ask gives to a who-question on this passage, undefined when it refuses. */
function whoOf(text: string, question: string, locale: 'id' | 'en' = 'id'): string | undefined {
  const scope = scopeOf(entriesOf([parseArticle('passage', text)], understand));
  const a = toAnswer(answerQuestion(scope, readQuery({ command: 'ask', query: question }), focusOf(question, 'who')), locale);
  return a.found ? a.value : undefined;
}

describe('the other items of a list that names the asked work are not its maker', () => {
  it('Indonesian: the works listed after the asked one, a word of its name among them', () => {
    const text = 'Budi Santoso adalah salah satu komikus legendaris di Indonesia. Ia banyak menghasilkan karya-karya hebat, di antaranya Sky Ball, Fox Tale, dan Blue Sky.';
    expect(whoOf(text, 'Siapakah penulis manga Sky Ball?')).toBe('Budi Santoso');
    expect(whoOf(text, 'Siapa yang menulis komik Sky Ball?')).toBe('Budi Santoso');
    // An apposition after the asked name is kept: no list is introduced.
    const named = 'Kemarin pemerintah menunjuk wakil Yayasan Lorem untuk Ipsum, Budi Santoso, dan dua orang staf untuk memimpin program itu.';
    expect(whoOf(named, 'Siapakah yang ditunjuk sebagai wakil Yayasan Lorem untuk Ipsum?')).toBe('Budi Santoso');
  });

  it('English: the works listed after the asked one', () => {
    const text = 'Lorem Ipsum is one of the legendary comic writers of England. He wrote many great works, including Sky Ball, Fox Tale, and Blue Sky.';
    expect(whoOf(text, 'Who wrote the manga Sky Ball?', 'en')).toBe('Lorem Ipsum');
    expect(whoOf(text, 'Who is the writer of the manga Sky Ball?', 'en')).toBe('Lorem Ipsum');
  });
});

describe('the doer of the asked verb done to another thing of the asked kind is not the one asked', () => {
  it('"serial Lorem yang juga diciptakan oleh <X>"; English reads "which was also created by" alike', () => {
    const text =
      'Pedang Angin adalah salah satu waralaba media yang dimiliki oleh perusahaan permainan Cahaya Lorem dan diciptakan oleh Budi Santoso pada 1995. Pedang Angin merupakan permainan terlaris kedua setelah serial Kota Hujan yang juga diciptakan oleh Cahaya Lorem.';
    expect(whoOf(text, 'Siapakah pencipta serial Pedang Angin?')).toBe('Budi Santoso');
    const english =
      'Wind Blade is a media franchise owned by the game company Ipsum Works and created by Lorem Ipsum in 1995. Wind Blade is the second best-selling game after the series Rain Town, which was also created by Ipsum Works.';
    expect(whoOf(english, 'Who created the series Wind Blade?', 'en')).toBe('Lorem Ipsum');
  });
});
