// Where-answers (answer/where-candidates.ts): a place the passage writes after a locative with a kind
// of place between ("di kota Lorem"), known to no gazetteer, and the side of a place written after
// it ("Afrika bagian timur laut"), taken with it. Passages written for these tests. The side words
// are Indonesian ("bagian", "sebelah"); English writes the side before the place ("northern Lorem"),
// which stays as it was.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf, type LibraryEntry } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const passage = (text: string, language: 'id' | 'en'): readonly LibraryEntry[] => entriesOf([parseArticle('passage', `${text}\n`, { language })], understand);

function whereOf(text: string, language: 'id' | 'en', question: string): string | undefined {
  const a = toAnswer(answerQuestion(scopeOf(passage(text, language)), readQuery({ command: 'ask', query: question }), focusOf(question, 'where')), language);
  return a.found ? a.value : undefined;
}

describe('the side of a place written after it belongs to the answer', () => {
  it('Indonesian: "Afrika bagian timur laut"', () => {
    const text = 'Negeri Loremia adalah sebuah negara kecil yang terletak di Afrika bagian timur laut dan berbatasan dengan laut.';
    expect(whereOf(text, 'id', 'Di mana letak Negeri Loremia?')).toBe('Afrika bagian timur laut');
  });

  it('Indonesian: a side word with no compass word after it is no side ("Afrika bagian dari …")', () => {
    const text = 'Negeri Loremia terletak di Afrika, bagian dari benua yang luas.';
    expect(whereOf(text, 'id', 'Di mana letak Negeri Loremia?')).toBe('Afrika');
  });

  it('English: the place alone, as before', () => {
    const text = 'Loremia is a small country located in Africa, bordering the Red Sea.';
    expect(whereOf(text, 'en', 'Where is Loremia located?')).toBe('Africa');
  });
});

describe('a place no gazetteer knows, after a locative and a kind of place', () => {
  it('Indonesian: "di kota Wanasriti", the kind in lower case taken with the name', () => {
    const text = 'Pabrik gula Lorem dibangun pada tahun 1890 di kota Wanasriti oleh seorang pengusaha.';
    expect(whereOf(text, 'id', 'Di mana pabrik gula Lorem dibangun?')).toBe('kota Wanasriti');
    const province = 'Desa Ipsumsari terletak di provinsi Norlandia Timur, jauh dari laut.';
    expect(whereOf(province, 'id', 'Di mana letak Desa Ipsumsari?')).toBe('provinsi Norlandia Timur');
  });

  it('an area ("di daerah Lorem") or a kind told which one ("di jalur utama Lorem") is left off; English keeps the name alone', () => {
    const area = 'Gudang beras itu dibangun pada tahun 1950 di daerah Wanasriti oleh para petani.';
    expect(whereOf(area, 'id', 'Di mana gudang beras itu dibangun?')).toBe('Wanasriti');
    const english = 'The old sugar mill was built in 1890 in the town of Wanasriti by a merchant.';
    expect(whereOf(english, 'en', 'Where was the old sugar mill built?')).toBe('Wanasriti');
  });
});
