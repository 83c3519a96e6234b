// Names coordinated in the slot a who-question asks about answer together (answer/coordinated.ts):
// the doers after the asked verb's agent marker ("diproduksi oleh A dan B"), the subject right
// before the asked verb ("A and B founded …"), a given name alone before "dan" sharing the surname
// after it. A list in another role is left alone. Invented people, bodies and places.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

function who(text: string, question: string): string | undefined {
  const entries = entriesOf([parseArticle('coordinated', text)], understand);
  const a = toAnswer(answerQuestion(scopeOf(entries), readQuery({ command: 'ask', query: question }), focusOf(question, 'who')), 'en');
  return a.found ? a.value : undefined;
}

describe('names coordinated in the asked slot answer together', () => {
  it('bodies after the agent marker of the asked verb (Indonesian)', () => {
    const text = 'Serial animasi Lorem Kecil diproduksi oleh Ipsum Studios dan Dolor Network sejak tahun 2001. Serial ini tayang setiap hari Minggu.';
    expect(who(text, 'Siapa yang memproduksi Lorem Kecil?')).toBe('Ipsum Studios dan Dolor Network');
  });

  it('bodies after the agent marker of the asked verb (English)', () => {
    const text = 'The cartoon Little Lorem was produced by Ipsum Studios and Dolor Network from 2001. It airs every Sunday.';
    expect(who(text, 'Who produced Little Lorem?')).toBe('Ipsum Studios and Dolor Network');
  });

  it('a given name alone before "dan" shares the surname after it, as the subject of the asked verb (Indonesian)', () => {
    const text = 'Jack dan Laura Wiratmaja mendirikan Ipsumsoft pada tahun 1969. Perusahaan itu kini berkantor di Bandung.';
    expect(who(text, 'Siapa pendiri Ipsumsoft?')).toBe('Jack dan Laura Wiratmaja');
  });

  it('a given name alone before "and" shares the surname after it, as the subject of the asked verb (English)', () => {
    const text = 'Jack and Laura Wiratmaja founded Ipsumsoft in 1969. The company is now based in Bandung.';
    expect(who(text, 'Who founded Ipsumsoft?')).toBe('Jack and Laura Wiratmaja');
  });

  it('a list in another role than the asked one is left out (Indonesian)', () => {
    const text = 'Ipsumsoft didirikan oleh Budi Santoso pada tahun 1990. Budi Santoso kemudian mempekerjakan Rina Marlina dan Joko Purnomo sebagai pengembang.';
    expect(who(text, 'Siapa pendiri Ipsumsoft?')).toBe('Budi Santoso');
  });

  it('a list in another role than the asked one is left out (English)', () => {
    const text = 'Ipsumsoft was founded by Budi Santoso in 1990. Budi Santoso later hired Rina Marlina and Joko Purnomo as developers.';
    expect(who(text, 'Who founded Ipsumsoft?')).toBe('Budi Santoso');
  });

  it('people after the agent marker are said once each, in the passage\'s order', () => {
    const id = 'Klub Lorem didirikan pada tahun 1899 oleh Rina Marlina dan Joko Purnomo, dua guru dari Bogor.';
    expect(who(id, 'Siapa pendiri Klub Lorem?')).toBe('Rina Marlina dan Joko Purnomo');
    const en = 'Lorem Club was founded in 1899 by Rina Marlina and Joko Purnomo, two teachers from Bogor.';
    expect(who(en, 'Who founded Lorem Club?')).toBe('Rina Marlina and Joko Purnomo');
  });
});
