// Where-answers (answer/where-named.ts): a thing named for the place it stands in ("Universitas Velmora", "FC Velmora",
// "stasiun Velmora") lies in that place; the place's name after a locative, with the places holding it after commas,
// is the answer, though the question writes the name too. A place asked about itself ("kota Velmora") is not its own
// answer. Passages written for these tests.
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

describe('a thing named for the place it stands in', () => {
  it('Indonesian: "klub … yang berbasis di Velmora, Lorem, Ipsum"', () => {
    const text = 'FC Velmora adalah klub sepak bola profesional yang berbasis di Velmora, Tarragona, Spanyol.';
    expect(whereOf(text, 'id', 'Di mana markas FC Velmora?')).toBe('Velmora, Tarragona, Spanyol');
  });

  it('Indonesian: "stasiun … yang terletak di Velmora, Lorem"', () => {
    const text = 'Stasiun Velmora adalah stasiun kereta api kelas besar yang terletak di Velmora, Jakarta Pusat, dekat taman kota.';
    expect(whereOf(text, 'id', 'Di mana letak stasiun Velmora?')).toBe('Velmora, Jakarta Pusat');
  });

  it('English: "Velmora Station … located in Velmora, Kent, England"', () => {
    const text = 'Velmora Station is a railway station located in Velmora, Kent, England, on the main line to the coast.';
    expect(whereOf(text, 'en', 'Where is Velmora Station located?')).toBe('Velmora, Kent, England');
  });

  it('a place asked about itself is not its own answer ("di mana letak kota Velmora?")', () => {
    const text = 'Kota Velmora terletak di Velmora, Provinsi Jawa Tengah, di tepi Sungai Lorem.';
    expect(whereOf(text, 'id', 'Di mana letak kota Velmora?')).toBe('Provinsi Jawa Tengah');
  });
});
