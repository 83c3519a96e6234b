// The people of one clause as the answer of an open who-question (answer/clause.ts): a list joined
// by conjunctions and said with the passage's own conjunction, narrowed to the asked role, never an
// appositive. Invented people and places.
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
  const entries = entriesOf([parseArticle('clause', text)], understand);
  const a = toAnswer(answerQuestion(scopeOf(entries), readQuery({ command: 'ask', query: question }), focusOf(question, 'who')), 'en');
  return a.found ? a.value : undefined;
}

describe('a list of people answers only as far as it fits the question', () => {
  it('each person of a list with their own role in brackets: the one whose brackets hold the asked words answers alone', () => {
    const id = 'Pembicara yang hadir antara lain Sari Wulandari (Konsultan Media Sosial, Studio Lorem), Danu Prakoso (Pendiri Kopilab), dan Maya Ranti (CEO Ipsum Digital).';
    expect(who(id, 'Siapa pendiri Kopilab?')).toBe('Danu Prakoso');
    const en = 'Speakers include Sara Wells (Social Media Consultant, Lorem Studios), Dan Price (Founder of Brewlab), and Maya Reed (CEO of Ipsum Digital).';
    expect(who(en, 'Who is the founder of Brewlab?')).toBe('Dan Price');
  });

  it('each person of a list with their age in brackets: the one whose brackets hold the asked age answers alone', () => {
    const id = 'Hingga Selasa, pasien yang dirawat di RS Lorem ada 20 orang dengan rincian: dua pasien telah meninggal dunia yakni Rina Marlina (6) dan Wulandari (31).';
    expect(who(id, 'Siapakah nama pasien yang dirawat di RS Lorem dan akhirnya meninggal dunia dalam usia 31 tahun?')).toBe('Wulandari');
    const en = 'By Tuesday, 20 patients had been treated at Lorem Hospital: two patients have died, Rina Marlow (6) and Wells (31).';
    expect(who(en, 'Who is the patient treated at Lorem Hospital who died at the age of 31?')).toBe('Wells');
  });

  it('a question naming a role takes the one written with it, not the others of the list (Indonesian)', () => {
    const text =
      'Rapat itu dihadiri Wakil Bupati Bogor Hadi Santoso, Kepala Dinas Pertanian Rina Marlina, dan Ketua DPRD Bogor Joko Purnomo.';
    expect(who(text, 'Siapa Kepala Dinas Pertanian?')).toBe('Rina Marlina');
    expect(who(text, 'Siapa Wakil Bupati Bogor?')).toBe('Hadi Santoso');
    // Without a role the whole list attended.
    expect(who(text, 'Siapa yang menghadiri rapat itu?')).toBe('Hadi Santoso, Rina Marlina dan Joko Purnomo');
  });

  it('a question naming a role takes the one written with it, not the others of the list (English)', () => {
    const text = 'The meeting was attended by Deputy Mayor Alan Briggs, Finance Director Carla Mendes and Police Chief Owen Hart.';
    expect(who(text, 'Who is the finance director?')).toBe('Carla Mendes');
  });

  it('the same title with another country is another role: the question\'s words after the title must be in it too', () => {
    const text = 'Menteri Luar Negeri Peru Tito Rahardjo dan Menteri Luar Negeri Chile Lena Korvin bertemu di Jenewa.';
    expect(who(text, 'Siapa Menteri Luar Negeri Chile?')).toBe('Lena Korvin');
    expect(who(text, 'Siapa Menteri Luar Negeri Peru?')).toBe('Tito Rahardjo');
    expect(who(text, 'Siapa yang bertemu di Jenewa?')).toBe('Tito Rahardjo dan Lena Korvin');
    const english = 'The Foreign Minister of Peru, Tito Rahardjo, and Chile Foreign Minister Lena Korvin met in Geneva.';
    expect(who(english, 'Who is the Chile Foreign Minister?')).toBe('Lena Korvin');
  });

  it('people who share the role, or have none written, stay together', () => {
    expect(who('Perusahaan itu didirikan oleh Arif Setiawan dan Bayu Nugraha pada 2009.', 'Siapa pendiri perusahaan itu?')).toBe('Arif Setiawan dan Bayu Nugraha');
    expect(who('The firm was founded by Grace Holt and Ivan Petrov in 2009.', 'Who founded the firm?')).toBe('Grace Holt and Ivan Petrov');
  });

  it('an appositive naming an organisation is not a second answer', () => {
    const text = '"We will not accept this offer," said Maria Lopez, general secretary of the Harbour Workers union.';
    expect(who(text, 'Who said that they will not accept the offer?')).toBe('Maria Lopez');
    const id = '"Kami menolak tawaran itu," kata Siti Rahma, ketua Serikat Buruh Pelabuhan.';
    expect(who(id, 'Siapa yang menolak tawaran itu?')).toBe('Siti Rahma');
  });
});

describe('a role question answered after its role takes only those listed with that role', () => {
  it('Indonesian: a minister listed beside another official', () => {
    const text = 'Menteri Perhubungan Dedi Kurniawan dan Menneg BUMN Sari Wulandari meminta perusahaan itu menunda kenaikan tarif.';
    expect(who(text, 'Siapa Menteri Perhubungan?')).toBe('Dedi Kurniawan');
  });

  it('English: a president listed beside his aides', () => {
    const text = 'President Mark Dalton, adviser Henry Cole and aide Julia Frost flew to the summit on Monday.';
    expect(who(text, 'Who is the president?')).toBe('Mark Dalton');
  });
});

describe('a list goes on past what its first member is', () => {
  it('Indonesian: "A, pendiri …, dan B" answers with both', () => {
    const text = 'Narasumber diskusi itu adalah Wulan Sasmita, pendiri yayasan Rumah Baca, dan Galih Pratama.';
    expect(who(text, 'Siapa narasumber diskusi itu?')).toBe('Wulan Sasmita dan Galih Pratama');
  });

  it('English: "A, a founder of …, and B" answers with both', () => {
    const text = 'The speakers at the forum were Nora Quill, a founder of the Reading House charity, and Felix Marsh.';
    expect(who(text, 'Who were the speakers at the forum?')).toBe('Nora Quill and Felix Marsh');
  });

  it('each with an apposition of their own ("A, vokal, dan B, drum"): the one the asked role is written with answers alone', () => {
    const text = 'Grup Senja Biru terdiri dari Wulan Sasmita, vokal, dan Galih Pratama, gitar.';
    expect(who(text, 'Siapa vokalis Senja Biru?')).toBe('Wulan Sasmita');
  });

  it('an apposition with no conjunction after it is still no list', () => {
    const text = 'Narasumber diskusi itu adalah Wulan Sasmita, pendiri yayasan Rumah Baca, bersama Galih Pratama.';
    expect(who(text, 'Siapa narasumber diskusi itu?')).toBe('Wulan Sasmita');
  });
});
