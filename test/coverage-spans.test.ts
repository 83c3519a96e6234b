// Spans of the asked type that a when-question needs and the date rules missed, and numbers a
// question writes otherwise than the passage: a life in brackets from a year to a day ("(566–26 Juni
// 635)"), a century counted in words ("abad pertama Masehi", "abad keempat belas"), a century with
// its era ("abad ke-3 SM"), a year with its era glued to it ("866M"), and "Formula 1" of a passage writing "Formula Satu". Each rule answers
// the question the passage supports and still refuses one it does not. Passages and questions are
// written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { dateFinds } from '../src/extract/dates/index.js';
import { openAnswer as ask } from './helpers/answer.js';

/** The dates the rules find in a sentence, as written. */
const datesIn = (sentence: string, lang: 'id' | 'en' = 'id'): string[] => dateFinds(sentence, lang).map((d) => d.text);

describe('a life in brackets from a year to a day', () => {
  const text = 'Pangeran Wiratama (Jawa Kuno: Wiratama; 812 – 14 Maret 870) adalah penguasa Lembah Soka yang termasyhur.';
  it('is one span of years, its ends the year and the day', () => {
    expect(datesIn(text)).toEqual(['812 – 14 Maret 870']);
  });
  it('"Kapan X lahir?" is answered by its first end, "Kapan X wafat?" by its second', () => {
    expect(ask(text, 'Kapan Pangeran Wiratama lahir?', 'when')).toBe('812');
    expect(ask(text, 'Kapan Pangeran Wiratama wafat?', 'when')).toBe('14 Maret 870');
  });
  it('English: "(1503 – 7 September 1559)" is one span too', () => {
    expect(datesIn('The printer Jean Lorem (Latin: Ioannes; 1503 – 7 September 1559) worked in Ipsum.', 'en')).toEqual(['1503 – 7 September 1559']);
  });
  it('the year of a day before it is no start of a span: "624 – 16 Desember 705" is not read out of "17 Februari 624 – 16 Desember 705"', () => {
    expect(datesIn('Ratu Sela (17 Februari 624 – 16 Desember 705) memerintah lama.')).toEqual(['17 Februari 624', '16 Desember 705']);
  });
  it('outside brackets, a year and a day after a dash are two dates', () => {
    expect(datesIn('Antara 1950 - 12 Mei 1960 kota itu tumbuh.')).toEqual(['1950', '12 Mei 1960']);
  });
});

describe('a century counted in words, with its era', () => {
  it('Indonesian: "abad pertama Masehi", "abad keempat belas"', () => {
    expect(datesIn('Ajaran itu muncul pada pertengahan abad pertama Masehi di Lembah Soka.')).toEqual(['pertengahan abad pertama Masehi']);
    expect(datesIn('Benteng itu dibangun pada abad keempat belas.')).toEqual(['abad keempat belas']);
  });
  it('the era after a numbered century is the century\'s ("abad ke-3 SM"); a lower-case "m" is no era', () => {
    expect(datesIn('Kota itu didirikan pada abad ke-3 SM oleh para pedagang.')).toEqual(['abad ke-3 SM']);
    expect(datesIn('Pada abad ke-20 m lalu kota itu sepi.')).toEqual(['abad ke-20']);
  });
  it('a when-question about what the sentence tells is answered by the century', () => {
    const text = 'Ajaran Soka muncul di lembah itu mulai abad pertama Masehi, dibawa para pedagang dari pesisir.';
    expect(ask(text, 'Kapan ajaran Soka pertama kali muncul?', 'when')).toBe('abad pertama Masehi');
    // Another event than the passage tells: no answer.
    expect(ask(text, 'Kapan ajaran Soka dilarang?', 'when')).toBeUndefined();
  });
});

describe('a year with its era glued to it', () => {
  it('"38SM", and "866M" after a cue word, are years of their era', () => {
    expect(datesIn('Raja Lorem wafat 38SM di Ipsum.')).toEqual(['38SM']);
    expect(datesIn('Penyair itu lahir pada 866M di kota Soka.')).toEqual(['866M']);
  });
  it('money and metres are not: "Rp 500M", "500m"', () => {
    expect(datesIn('Dana Rp 500M dicairkan untuk jalan sepanjang 500m.')).toEqual([]);
  });
  it('a when-question is answered by it', () => {
    expect(ask('Penyair Abu Lorem lahir pada 866M di kota Soka.', 'Kapan Abu Lorem lahir?', 'when')).toBe('866M');
  });
});

describe('a number written in words where the question writes digits', () => {
  const text = 'Kejuaraan Balap Lorem Satu pertama kali diselenggarakan pada tahun 1961 di sirkuit Ipsum.';
  it('"Lorem 1" and "Lorem one" are "Lorem Satu"', () => {
    expect(ask(text, 'Kapan Balap Lorem 1 pertama kali diselenggarakan?', 'when')).toBe('1961');
    expect(ask(text, 'Kapan Balap Lorem one pertama kali diselenggarakan?', 'when')).toBe('1961');
  });
  it('another number is not said ("Lorem 3")', () => {
    expect(ask(text, 'Kapan Balap Lorem 3 pertama kali diselenggarakan?', 'when')).toBeUndefined();
  });
});
