// A place after a noun of an event ("kemerdekaan Vietnam") is whose event the question asks, not a
// body's country left to the article's context as after a role ("Menteri Perindustrian [Indonesia]";
// answer/support-names.ts). Passages and questions are written for these tests.
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

describe('a place after a noun of an event must be written', () => {
  const text = 'Dengan proklamasi kemerdekaannya pada 31 Agustus 1957, Malaysia menjadi sebuah negara federal. Parlemen Malaysia kemudian mengesahkan undang-undang pertamanya.';
  it('Indonesian: "Kapan hari kemerdekaan Vietnam?" is not answered by the independence of another country', () => {
    expect(ask(text, 'Kapan hari kemerdekaan Vietnam?', 'when')).toBeUndefined();
    expect(ask(text, 'Kapan hari kemerdekaan Malaysia?', 'when')).toBe('31 Agustus 1957');
  });
});
