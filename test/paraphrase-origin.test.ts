// Paraphrases of a question's verb of origin (founded, created, discovered, appeared): the passage
// tells the same event in other words (the concepts and one-way supports of src/lang/support-*.ts).
// Each rule answers the paraphrased question and still refuses a question about another event.
// Passages and questions are written for these tests (invented people, bodies and places).
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

describe('a body is founded by who initiated or pioneered it', () => {
  const id = 'Gerakan Tani Sejahtera adalah perkumpulan petani yang diprakarsai oleh Warsito Adinegoro di Kabupaten Lamoa.';
  it('Indonesian: "pendiri" is said by "diprakarsai oleh"', () => {
    expect(ask(id, 'Siapa pendiri Gerakan Tani Sejahtera?', 'who')).toBe('Warsito Adinegoro');
  });
  it('Indonesian: "didirikan" is said by "dirintis"', () => {
    const text = 'Koperasi Nelayan Sumber Laut dirintis oleh Halimah Rasyid pada tahun 1978 di Teluk Sarai.';
    expect(ask(text, 'Kapan Koperasi Nelayan Sumber Laut didirikan?', 'when')).toBe('1978');
  });
  it('initiating it does not say who dissolved it', () => {
    expect(ask(id, 'Siapa yang membubarkan Gerakan Tani Sejahtera?', 'who')).toBeUndefined();
  });
  it('English: "founded" is said by "initiated"', () => {
    const text = 'The Harbour Workers League was initiated by Tomas Halloran in the town of Merrow.';
    expect(ask(text, 'Who founded the Harbour Workers League?', 'who')).toBe('Tomas Halloran');
  });
});

describe('a policy begins when it is pioneered', () => {
  it('Indonesian: "dimulai" is said by "merintis"', () => {
    const text = 'Pemerintah Kabupaten Lamoa merintis program tanam bakau pada tahun 1994 untuk menahan abrasi.';
    expect(ask(text, 'Kapan program tanam bakau dimulai?', 'when')).toBe('1994');
  });
});

describe('a thing appears and is made where it takes its beginning', () => {
  it('Indonesian: "muncul" is said by "berawal"', () => {
    const text = 'Menurut para sejarawan, tari Sarampang berawal pada abad ke-17 di pesisir Lamoa.';
    expect(ask(text, 'Kapan tari Sarampang pertama kali muncul?', 'when')).toBe('abad ke-17');
  });
  it('Indonesian: "diciptakan" is said by "bermula"', () => {
    const text = 'Mainan balok Kayuma bermula dari sebuah bengkel kecil milik Rusdi Hamzah di kota Paliran.';
    expect(ask(text, 'Dimanakah mainan balok Kayuma pertama kali diciptakan?', 'where')).toBe('kota Paliran');
  });
  it('a beginning does not say where it ended', () => {
    const text = 'Menurut para sejarawan, tari Sarampang berawal pada abad ke-17 di pesisir Lamoa.';
    expect(ask(text, 'Kapan tari Sarampang punah?', 'when')).toBeUndefined();
  });
  it('English: "appeared" is said by "originated"', () => {
    const text = 'The Merrow reel dance originated in the 1820s among the fishing villages of the northern coast.';
    expect(ask(text, 'When did the Merrow reel dance first appear?', 'when')).toBe('1820s');
  });
});

describe('a country stands from its independence', () => {
  const text = 'Republik Sorana memperoleh kemerdekaan penuh pada 4 Juni 1968 setelah perundingan panjang.';
  it('Indonesian: "berdiri" is said by "kemerdekaan"', () => {
    expect(ask(text, 'Kapan negara Sorana berdiri?', 'when')).toBe('4 Juni 1968');
  });
  it('independence does not say when it was dissolved', () => {
    expect(ask(text, 'Kapan negara Sorana dibubarkan?', 'when')).toBeUndefined();
  });
});

describe('a disease is discovered by who first describes it, a theory by who puts it forward', () => {
  it('Indonesian: "menemukan" is said by "pertama kali dideskripsikan oleh"', () => {
    const text = 'Demam Lamoa pertama kali dideskripsikan oleh Rudolf Vanterpool, seorang dokter kapal, pada tahun 1884.';
    expect(ask(text, 'Tahun berapa Rudolf Vanterpool menemukan demam Lamoa?', 'when')).toBe('1884');
  });
  it('Indonesian: "penemu" is said by "mengajukan teori"', () => {
    const text = 'Pada tahun 1911 Hendrik Sarmoko mengajukan teori bahwa pasang surut danau dipengaruhi angin musim.';
    expect(ask(text, 'Siapa penemu teori pasang surut danau?', 'who')).toBe('Hendrik Sarmoko');
  });
  it('describing it does not say who cured it', () => {
    const text = 'Demam Lamoa pertama kali dideskripsikan oleh Rudolf Vanterpool, seorang dokter kapal, pada tahun 1884.';
    expect(ask(text, 'Siapa yang menyembuhkan demam Lamoa?', 'who')).toBeUndefined();
  });
  it('English: "discovered" is said by "first described"', () => {
    const text = 'Merrow fever was first described by Agnes Pellow, a ship surgeon, in 1884.';
    expect(ask(text, 'Who discovered Merrow fever?', 'who')).toBe('Agnes Pellow');
  });
});

describe('a principle is discovered by the first person to state it', () => {
  const id = 'Halimah Rasyid adalah ahli kimia dan pada tahun 1812 merupakan orang pertama yang menyatakan Kaidah Rasyid tentang panas larutan.';
  it('Indonesian: "penemu" is said by "orang pertama yang"', () => {
    expect(ask(id, 'Siapa penemu Kaidah Rasyid?', 'who')).toBe('Halimah Rasyid');
  });
  it('being first to state it does not say who rejected it', () => {
    expect(ask(id, 'Siapa yang menolak Kaidah Rasyid?', 'who')).toBeUndefined();
  });
  it('English: "discoverer" is said by "the first person to"', () => {
    const text = 'Tomas Halloran was a chemist and in 1812 became the first person to state the Halloran rule on the heat of solutions.';
    expect(ask(text, 'Who was the discoverer of the Halloran rule?', 'who')).toBe('Tomas Halloran');
  });
});
