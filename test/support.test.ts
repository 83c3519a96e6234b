// Support of a question by a passage (answer/support.ts): which gaps a question may have and still be
// answered. Passages and questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { LONG, SHORT, supportedDespite, type Gap } from '../src/answer/support.js';
import { openAnswer as ask } from './helpers/answer.js';

const gap = (kind: Gap['kind'], contradicted = false): Gap => ({ term: kind, kind, contradicted });

describe('which gaps a question may have', () => {
  it('a short question is answered only where every unit is said', () => {
    expect(supportedDespite([], SHORT, false)).toBe(true);
    expect(supportedDespite([gap('other')], SHORT, false)).toBe(false);
  });

  it('a place or a beginning left unsaid refuses a question of middle length, not a long one', () => {
    for (const kind of ['place', 'origin'] as const) {
      expect(supportedDespite([gap(kind)], LONG - 1, false)).toBe(false);
      expect(supportedDespite([gap(kind)], LONG, false)).toBe(true);
    }
  });

  it('an ordinal or an ending left unsaid, a contradiction or a negation refuses a question of any length', () => {
    expect(supportedDespite([gap('order')], LONG + 4, false)).toBe(false);
    expect(supportedDespite([gap('reversal')], LONG + 4, false)).toBe(false);
    expect(supportedDespite([gap('place', true)], LONG + 4, false)).toBe(false);
    expect(supportedDespite([], LONG + 4, true)).toBe(false);
  });

  it('a long question may leave at most half its units unsaid', () => {
    expect(supportedDespite([gap('other'), gap('event'), gap('place')], LONG, false)).toBe(true);
    expect(supportedDespite([gap('other'), gap('event'), gap('place'), gap('other')], LONG, false)).toBe(false);
  });
});

describe('a long news question keeps answering when the passage leaves its place of context unsaid', () => {
  it('Indonesian: the coach is named without the country the question adds', () => {
    const text = 'Pengurus federasi itu mengontrak Somchai Wongsakul untuk melatih tim nasional sepak takraw menjelang SEA Games tahun depan.';
    expect(ask(text, 'Siapakah pelatih asal Thailand yang dikontrak untuk melatih tim nasional sepak takraw menjelang SEA Games?', 'who')).toBe('Somchai Wongsakul');
  });

  it('English: the engineer is named without the country the question adds', () => {
    const text = 'The ministry hired Lena Marsh to lead the team rebuilding the northern railway before the winter season.';
    expect(ask(text, 'Who was hired by the ministry in Norway to lead the team rebuilding the northern railway before winter?', 'who')).toBe('Lena Marsh');
  });

  it('an ending the passage does not tell still refuses a long question (both languages)', () => {
    const id = 'Pada tahun 1998 empat negara di kawasan itu sepakat bergabung dengan dewan perdagangan regional yang baru dibentuk.';
    expect(ask(id, 'Tahun berapa empat negara di kawasan itu menolak bergabung dengan dewan perdagangan regional yang baru?', 'when')).toBeUndefined();
    const en = 'In 1998 four countries of the region agreed to join the newly formed regional trade council.';
    expect(ask(en, 'In what year did four countries of the region refuse to join the newly formed regional trade council?', 'when')).toBeUndefined();
  });

  it('an ordinal the passage does not say still refuses a long question (both languages)', () => {
    const id = 'Tim penyelamat yang dipimpin Bambang Suryo menemukan korban pertama di tepi sungai pada Selasa pagi.';
    expect(ask(id, 'Siapa yang memimpin tim penyelamat yang menemukan korban terakhir di tepi sungai pada Selasa pagi?', 'who')).toBeUndefined();
    const en = 'The rescue team led by Carl Brent found the first survivor near the river bank on Tuesday morning.';
    expect(ask(en, 'Who led the rescue team that found the last survivor near the river bank on Tuesday morning?', 'who')).toBeUndefined();
  });
});

describe('a thing that came to a place is dated by when its story there began', () => {
  it('Indonesian: "masuk" is supported by "dimulai"', () => {
    const text = 'Sejarah televisi di Sumbawa dimulai pada tahun 1972. Saat itu siarannya hanya dua jam sehari.';
    expect(ask(text, 'Kapan televisi masuk ke Sumbawa?', 'when')).toBe('1972');
    // Leaving is not coming: no answer.
    expect(ask(text, 'Kapan televisi ditinggalkan di Sumbawa?', 'when')).toBeUndefined();
  });

  it('English: "arrived" is supported by "began"', () => {
    const text = 'The history of television in Sumbawa began in 1972. At first it was on air for two hours a day.';
    expect(ask(text, 'When did television arrive in Sumbawa?', 'when')).toBe('1972');
    expect(ask(text, 'When was television abandoned in Sumbawa?', 'when')).toBeUndefined();
  });
});

describe('paraphrases news and encyclopedias use for one event', () => {
  it('Indonesian: a car that "hadir" came in ("masuk"); a system "dikeluarkan" was released', () => {
    const car = 'Mobil Kancil Raya hadir di Sumbawa sejak tahun 1977. Mobil itu kini dijual di seluruh pulau.';
    expect(ask(car, 'Kapan mobil Kancil Raya masuk ke Sumbawa?', 'when')).toBe('1977');
    expect(ask(car, 'Kapan Kancil Raya ditarik dari Sumbawa?', 'when')).toBeUndefined();
    const os = 'Sistem operasi Lintang pertama kali dikeluarkan pada tahun 2001 dan populer di kalangan pengguna.';
    expect(ask(os, 'Kapan sistem operasi Lintang dirilis?', 'when')).toBe('2001');
  });

  it('Indonesian: "dikeluarkan" tells a release one way only, for it also expels', () => {
    const text = 'Sistem operasi Lintang pertama kali dirilis pada tahun 2001 dan populer di kalangan pengguna.';
    expect(ask(text, 'Kapan sistem operasi Lintang dikeluarkan?', 'when')).toBeUndefined();
  });

  it('Indonesian: "wiracarita" names a kind of work, as "novel" does, and needs no support', () => {
    const text = 'Sundayana adalah karya sastra kuno dari Bima. Secara tradisional, penulis Sundayana adalah Empu Walanda.';
    expect(ask(text, 'Siapa yang menciptakan wiracarita Sundayana?', 'who')).toBe('Empu Walanda');
    expect(ask(text, 'Siapa yang menerjemahkan wiracarita Sundayana?', 'who')).toBeUndefined();
  });

  it('Indonesian: a work that "pertama kali muncul" came out; a rule "dikeluarkan" was applied from then', () => {
    const comic = 'Komik Petualangan Laut pertama kali muncul dalam koran Bima Pos pada 10 Januari 1929.';
    expect(ask(comic, 'Kapan Petualangan Laut terbit?', 'when')).toBe('10 Januari 1929');
    expect(ask(comic, 'Kapan Petualangan Laut dihentikan?', 'when')).toBeUndefined();
    const rule = 'Sistem Tanam Giliran adalah peraturan yang dikeluarkan oleh Gubernur Raya pada tahun 1830.';
    expect(ask(rule, 'Kapan Sistem Tanam Giliran diterapkan?', 'when')).toBe('1830');
  });

  it('English: going back is told by coming back, an abolishing by its abolition', () => {
    const back = 'While studying law in Germany, Ardan joined the league. He came back to Lahore in 1908.';
    expect(ask(back, 'What year did Ardan return to Lahore?', 'when')).toBe('1908');
    const end = 'The party looks back to the abolition of the Sultanate of Lorm in 1924.';
    expect(ask(end, 'When was the Sultanate of Lorm abolished?', 'when')).toBe('1924');
    expect(ask(end, 'When was the Sultanate of Lorm founded?', 'when')).toBeUndefined();
  });

  it('Indonesian: troops "di bawah komando" someone are led by them', () => {
    const text = 'Selama pertempuran Bukit Sawo, 700 prajurit di bawah komando Kolonel Arga Dirja menyerang kawah itu.';
    expect(ask(text, 'Siapa pemimpin pertempuran Bukit Sawo?', 'who')).toContain('Arga Dirja');
    expect(ask(text, 'Siapa pendiri pertempuran Bukit Sawo?', 'who')).toBeUndefined();
  });
});
