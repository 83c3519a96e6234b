// A negation of the asked word elsewhere in the paragraph (answer/negation.ts): the passage an
// answer would be read from does not say what another sentence of the paragraph denies; "not …
// until" dates an event, it does not deny it. Passages and questions are written for these tests.
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

describe('a negation of the asked word elsewhere in the paragraph', () => {
  const id = 'Rina Kartika adalah seorang pelukis dari Bandung yang dikenal lewat lukisan danau dan gunung. Ia tidak pernah menjual lukisannya kepada kolektor asing.';
  it('Indonesian: "Ia tidak pernah menjual …" refuses "Siapa pelukis yang menjual …?"', () => {
    expect(ask(id, 'Siapa pelukis dari Bandung yang menjual lukisannya kepada kolektor asing?', 'who')).toBeUndefined();
    expect(ask(id, 'Siapa pelukis dari Bandung yang tidak pernah menjual lukisannya kepada kolektor asing?', 'who')).toBe('Rina Kartika');
  });

  const en = 'Marcus Bell is the lighthouse keeper on the island of Oren, where he has lived for thirty years. He has never visited the mainland.';
  it('English: "He has never visited the mainland" refuses "Who … visited the mainland?"', () => {
    expect(ask(en, 'Who is the lighthouse keeper on the island of Oren who visited the mainland?', 'who')).toBeUndefined();
    expect(ask(en, 'Who is the lighthouse keeper on the island of Oren?', 'who')).toBe('Marcus Bell');
  });
});

describe('"not … until" dates an event, it does not deny it', () => {
  it('Indonesian: "tidak dirilis hingga 2003" tells when it was released', () => {
    const text = 'Album Hujan Pagi direkam oleh grup Senandika di Yogyakarta pada 2001. Karena sengketa label, album itu tidak dirilis hingga tahun 2003.';
    expect(ask(text, 'Kapan album Hujan Pagi dirilis?', 'when')).toBe('2003');
  });

  it('English: "did not open until 1990" tells when it opened', () => {
    const text = 'The Harlow Bridge over the Tamsin River was finished in 1985. It did not open until 1990, after a long dispute over tolls.';
    expect(ask(text, 'When did the Harlow Bridge open?', 'when')).toBe('1990');
  });
});

describe('a negation ends with its sentence', () => {
  it('Indonesian: "Perundingan itu gagal." denies nothing of the name that opens the next sentence', () => {
    const text = 'Perundingan itu gagal. Agus Wibowo tiba di bandara bersama istrinya, Siti Rahayu.';
    expect(ask(text, 'Siapa istri Agus Wibowo?', 'who')).toBe('Siti Rahayu');
  });

  it('English: "the talks failed." denies nothing of the name that opens the next sentence', () => {
    const text = 'The talks failed. Agus Wibowo arrived at the airport with his wife, Siti Rahayu.';
    expect(ask(text, "Who is Agus Wibowo's wife?", 'who')).toBe('Siti Rahayu');
  });
});
