// Where-answers (answer/where-named.ts fromElsewhere): a name after "dari" / "from" says where a thing comes from or
// whose it is ("kantor dari Dewan Lorem", "kekalahan dari Kerajaan Ipsum"), which answers no question of where a thing
// is or happened; it answers one asking where from ("berasal", "come from"), or when the sentence says the thing comes
// from there ("berasal dari Velmora"). Passages written for these tests.
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

describe('a name after "dari" / "from"', () => {
  it('Indonesian: "dilahirkan oleh Putri Ipsum dari Velmora" answers no "Di mana … dilahirkan?"', () => {
    const text = 'Menurut catatan lama, Raja Lorem dilahirkan oleh Putri Ipsum dari Velmora, seorang bangsawan di istana.';
    expect(whereOf(text, 'id', 'Di mana Raja Lorem dilahirkan?')).toBeUndefined();
  });

  it('Indonesian: "serta kantor dari Parlemen Velmora" answers no "Di mana kantor …?"', () => {
    const text = 'Gedung itu menjadi tempat bagi Dewan Lorem dan Komisi Ipsum, serta kantor dari Parlemen Velmora.';
    expect(whereOf(text, 'id', 'Di mana kantor Dewan Lorem?')).toBeUndefined();
  });

  it('Indonesian: "kekalahannya … dari Kerajaan Velmora" answers no "Di mana … dihukum mati?"', () => {
    const text = 'Setelah kekalahannya dalam Pertempuran Lorem dari Kerajaan Velmora, Pangeran Ipsum ditangkap dan dihukum mati.';
    expect(whereOf(text, 'id', 'Di mana Pangeran Ipsum dihukum mati?')).toBeUndefined();
  });

  it('English: "captured by troops from Velmora" answers no "Where was … put to death?"', () => {
    const text = 'After his defeat in the Battle of Lorem, Prince Ipsum was captured by troops from Velmora and put to death.';
    expect(whereOf(text, 'en', 'Where was Prince Ipsum put to death?')).toBeUndefined();
  });

  it('Indonesian: a question asking where from is answered ("Di mana asal alat musik sasando?")', () => {
    const text = 'Alat musik sasando ini berasal dari Velmora dan masih dimainkan hingga kini.';
    expect(whereOf(text, 'id', 'Di mana asal alat musik sasando?')).toBe('Velmora');
  });

  it('Indonesian: the sentence saying where it comes from answers ("berasal dari Velmora")', () => {
    const text = 'Alat musik sasando yang ditemukan para penggembala ini berasal dari Velmora.';
    expect(whereOf(text, 'id', 'Di mana alat musik sasando ditemukan?')).toBe('Velmora');
  });

  it('English: a question asking where from is answered ("Where did the delegates come from?")', () => {
    const text = 'The delegates came from Velmora to sign the treaty.';
    expect(whereOf(text, 'en', 'Where did the delegates come from?')).toBe('Velmora');
  });
});
