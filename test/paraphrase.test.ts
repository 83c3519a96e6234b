// Paraphrases news passages use for what a question asks (answer/support.ts with the tables of
// src/lang/support-*.ts): each rule answers the paraphrased question and still refuses a question
// the passage does not support. Passages and questions are written for these tests (invented people
// and places).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

function ask(text: string, question: string, kind: 'who' | 'when'): string | undefined {
  const entries = entriesOf([parseArticle('paraphrase', text)], understand);
  const a = toAnswer(answerQuestion(scopeOf(entries), readQuery({ command: 'ask', query: question }), focusOf(question, kind)), 'en');
  return a.found ? a.value : undefined;
}

describe('a double-barrelled name is written by either part', () => {
  it('Indonesian: "Marta Suarez-Lindqvist" is the passage\'s "Lindqvist"', () => {
    const text = 'Saya senang bisa kembali berlari, ujar Lindqvist, yang kelahiran Malmo, 4 Maret 1981.';
    expect(ask(text, 'Tanggal berapa Marta Suarez-Lindqvist lahir?', 'when')).toBe('4 Maret 1981');
  });

  it('English: "Oliver Grant-Hale" is the passage\'s "Hale"', () => {
    const text = 'It was a long road back, said Hale, who was born in Leeds on 9 June 1979.';
    expect(ask(text, 'When was Oliver Grant-Hale born?', 'when')).toBe('9 June 1979');
  });

  it('a part of it the passage writes beside another name is someone else', () => {
    const text = 'Saya senang bisa kembali berlari, ujar Rosa Lindqvist, yang kelahiran Malmo, 4 Maret 1981.';
    expect(ask(text, 'Tanggal berapa Marta Suarez-Lindqvist lahir?', 'when')).toBeUndefined();
  });
});

describe('a word glued to a prefix is read without it', () => {
  it('Indonesian: "pascakenaikan tarif" tells when the "kenaikan" was', () => {
    const text = 'Untuk membantu pedagang kecil pascakenaikan tarif listrik pada 1 Mei 2019, dinas itu membuka kredit murah.';
    expect(ask(text, 'Sejak kapan terjadi kenaikan tarif listrik?', 'when')).toBe('1 Mei 2019');
  });

  it('the prefix alone supports nothing: "pascabanjir" does not say "kenaikan"', () => {
    const text = 'Untuk membantu pedagang kecil pascabanjir pada 1 Mei 2019, dinas itu membuka kredit murah.';
    expect(ask(text, 'Sejak kapan terjadi kenaikan tarif listrik?', 'when')).toBeUndefined();
  });
});

describe('synonyms news uses', () => {
  it('Indonesian: a day commemorated is a day celebrated ("diperingati" ~ "perayaan")', () => {
    const text = 'Warga Kota Baru berpawai di tengah perayaan hari jadi kota itu, Senin (14/6).';
    expect(ask(text, 'Kapankah hari jadi Kota Baru diperingati?', 'when')).toBe('14/6');
  });

  it('English: a day commemorated is a day celebrated', () => {
    const text = 'Crowds filled the square as Eastvale celebrated its founding day on 14 June 2021.';
    expect(ask(text, 'When was the founding day of Eastvale commemorated?', 'when')).toBe('14 June 2021');
  });

  it('Indonesian: land held by force ("menguasai" ~ "diduduki")', () => {
    const text = 'Delegasi itu menuntut pengembalian lembah yang diduduki Negara Utara sejak 1971.';
    expect(ask(text, 'Sejak kapan Negara Utara menguasai lembah itu?', 'when')).toBe('1971');
  });

  it('English: land held by force ("occupied" ~ "annexed")', () => {
    const text = 'The delegation demanded the return of the valley annexed by Northland in 1971.';
    expect(ask(text, 'When did Northland occupy the valley?', 'when')).toBe('1971');
  });

  it('Indonesian: going into a field ("terjun ke politik" ~ "masuk ke politik")', () => {
    const text = 'Dosen ekonomi itu, Hendra Wiratama, masuk ke politik pada tahun 2004.';
    expect(ask(text, 'Tahun berapa Hendra Wiratama terjun ke dalam dunia politik?', 'when')).toBe('2004');
  });

  it('Indonesian: a beginning is told by "sejak"', () => {
    const id = 'Festival Layang-layang Pantai Timur berlangsung sejak hari Jumat (19/8) dan berakhir Senin kemarin.';
    expect(ask(id, 'Sejak tanggal berapakah dimulainya Festival Layang-layang Pantai Timur?', 'when')).toBe('19/8');
  });

  it('English: a beginning is told by "since" (read already through the start words; kept as a guard)', () => {
    const en = 'The East Coast Kite Festival has been running since 19 August 2022 and ends on Monday.';
    expect(ask(en, 'When did the East Coast Kite Festival begin?', 'when')).toBe('19 August 2022');
  });

  it('the synonyms do not undo an ending: "menguasai" is not supported by "dibebaskan"', () => {
    const text = 'Delegasi itu merayakan lembah yang dibebaskan Negara Utara pada 1971.';
    expect(ask(text, 'Sejak kapan Negara Utara menguasai lembah itu?', 'when')).toBeUndefined();
  });
});
