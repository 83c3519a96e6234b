// Who-answers the question points at (answer/candidates.ts, answer/name-answers.ts): the name a
// role word of the question stands right beside ("Arsitek … bernama <X>", "<X> sebagai presiden",
// "singer <X>"), and never the rest of a name the question itself writes ("Kerajaan Lorem Kuno" for
// "Kerajaan Lorem"), while a namesake sharing one word of it is someone else, taken whole. Passages
// written for these tests: invented people and places, in Indonesian and English.
import { describe, expect, it } from 'vitest';
import { answerQuestion, rankAnswers } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf, type LibraryEntry } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const passage = (text: string): readonly LibraryEntry[] => entriesOf([parseArticle('passage', text)], understand);

function whoOf(text: string, question: string): string | undefined {
  const a = toAnswer(answerQuestion(scopeOf(passage(text)), readQuery({ command: 'ask', query: question }), focusOf(question, 'who')), 'id');
  return a.found ? a.value : undefined;
}

const candidates = (text: string, question: string): string[] => rankAnswers(scopeOf(passage(text)), readQuery({ command: 'ask', query: question })).map((r) => r.value);

describe('the name a role word of the question stands beside outweighs a nearer one', () => {
  it('Indonesian: "Arsitek gedung ini bernama <X>", not the sculptor named beside the building’s name', () => {
    const text =
      'Balai Lorem adalah gedung pertemuan di Kota Ipsum yang dibangun untuk menghormati Rangga Wiratama. ' +
      'Arsitek gedung ini bernama Hendra Basuki. Danu Prakoso adalah pembuat patung Rangga Wiratama yang diletakkan di dalam gedung.';
    expect(whoOf(text, 'Siapa arsitek Balai Lorem?')).toBe('Hendra Basuki');
  });

  it('Indonesian: "<X>, vokalis <band>," after another name nearer the band’s name', () => {
    const text = 'Lagu Senja Lorem ditulis pada 1990 untuk band Lorem Ipsum oleh Tono Sasmito. Jaka Purnama, vokalis Lorem Ipsum, menyanyikannya pertama kali pada 1991.';
    expect(whoOf(text, 'Siapa vokalis band Lorem Ipsum?')).toBe('Jaka Purnama');
  });

  it('English: "the band’s singer is <X>"', () => {
    const text = 'Lorem Ipsum was formed in 1990 by the drummer Tom Dolor and the guitarist Bill Sitson. The band’s singer is Jack Amet, who joined them in 1992.';
    expect(whoOf(text, 'Who is the singer of Lorem Ipsum?')).toBe('Jack Amet');
  });

  it('a comma and "dan" break the link: the name before another role is not its holder', () => {
    const text =
      'Nota kesepahaman itu ditandatangani perwakilan Lembaga Lorem untuk Indonesia, Gianni Dolores, dan Ketua Badan Pemulihan Ipsum Kurnia Mangkuprojo.';
    expect(whoOf(text, 'Siapakah ketua Badan Pemulihan Ipsum?')).toBe('Kurnia Mangkuprojo');
  });
});

describe('the rest of a name the question writes is no answer; a namesake is someone else', () => {
  it('Indonesian: "Kerajaan Lorem Kuno" is more of "Kerajaan Lorem", not its king', () => {
    const text =
      'Kesultanan Lorem (kadang disebut Kesultanan Lorem Baru untuk membedakannya dengan Kerajaan Lorem Kuno yang bercorak Hindu) ' +
      'adalah kerajaan di Pulau Ipsum yang berdiri pada abad ke-16. Raja berdaulat pertama adalah Wirasena, putra dari Ki Ageng Dolor.';
    const asked = 'Siapa raja pertama Kerajaan Lorem?';
    expect(candidates(text, asked)).not.toContain('Kuno');
    expect(whoOf(text, asked)).toBe('Wirasena');
  });

  it('Indonesian: "Wang Dolor" is not cut to "Dolor" when "Wang Lorem" is asked', () => {
    const text = 'Wang Lorem lahir di Kota Ipsum. Ayahnya adalah Wang Dolor, seorang gubernur, dan ibunya bernama Nyonya Sit.';
    const asked = 'Siapa ayah Wang Lorem?';
    expect(candidates(text, asked)).not.toContain('Dolor');
    expect(whoOf(text, asked)).toBe('Wang Dolor');
  });

  it('English: the same namesake, taken whole', () => {
    const text = 'Wang Lorem was born in Ipsum City. His father was Wang Dolor, a provincial governor.';
    const asked = 'Who was the father of Wang Lorem?';
    expect(candidates(text, asked)).not.toContain('Dolor');
    expect(whoOf(text, asked)).toBe('Wang Dolor');
  });
});
