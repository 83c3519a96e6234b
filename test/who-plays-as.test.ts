// A cast list (answer/plays-as.ts): "<Actor> sebagai <Character>", "<Actor> as <Character>". Asked
// who plays or voices a character the question names, the name written right before the linking
// word is the answer, not another player of the list nor one named by the film's title or its
// agent marker. Passages written for these tests: invented films and people, in Indonesian and English.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
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

describe('the player of the asked character in a cast list', () => {
  it('Indonesian: "dibintangi oleh A sebagai X, …, B sebagai Y" asked who plays Y', () => {
    const text =
      'Langit Lorem adalah film drama Indonesia yang dirilis pada tahun 2016. Film ini dibintangi oleh Bagus Wiratmo sebagai Darmawan, ' +
      'seorang guru yang pindah ke desa terpencil, Ratna Kusumawati sebagai Sekar, istri dan sahabat Darmawan, dan Yudha Permana sebagai Gilang, murid Darmawan.';
    expect(whoOf(text, 'Siapa yang memerankan karakter Sekar?')).toBe('Ratna Kusumawati');
  });

  it('Indonesian: a cast list without marks, another character written nearer the question’s words', () => {
    const text =
      'Arka Mahendra sebagai Rinjani Lestari Dimas Saputra sebagai Bayu Anggara Nuri Kencana sebagai Lila Ilham Santoso sebagai Kirana ' +
      'pemeran kedua (pertengahan musim 2) Dewi Lestari sebagai Sari pemeran kedua (awal musim 3)';
    expect(whoOf(text, 'Siapakah yang memerankan tokoh Rinjani dalam serial Ipsum?')).toBe('Arka Mahendra');
  });

  it('English: "A as X, …, B as Y" asked who stars as Y', () => {
    const text =
      'Lorem Valley is an animated film released in 2016. The film stars Tom Dolor as Marcus, a farmer who leaves his valley, ' +
      'Jane Sitwell as Clara, his sister and closest friend, and Bill Amet as Oscar, a travelling merchant who meets Marcus.';
    expect(whoOf(text, 'Who stars as Clara in Lorem Valley?')).toBe('Jane Sitwell');
  });
});
