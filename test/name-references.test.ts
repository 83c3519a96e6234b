// A name the question writes in full and the passage by the initials of its first words, or by its
// kind and a demonstrative (answer/name-references.ts, read by answer/support-names.ts). Passages and
// questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

const born = (name: string): string => `Penulis ${name} lahir di Kota Lorem pada 12 Mei 1944. Ia menulis katalog film.\n`;

describe('a name written by the initials of its first words', () => {
  it('answers of "JB X", "J.B. X" and "J. B. X" a question naming "Jakob Budi X"', () => {
    for (const written of ['JB Kristanto', 'J.B. Kristanto', 'J. B. Kristanto']) {
      expect(ask(born(written), 'Kapan Jakob Budi Kristanto lahir?', 'when')).toMatch(/12 Mei 1944/);
    }
  });

  it('in English too', () => {
    const text = 'British novelist J.K. Lorimer was born on 31 July 1965 in Lorem.\n';
    expect(ask(text, 'When was Joanne Kathleen Lorimer born?', 'when')).toMatch(/1965/);
  });

  it('refuses where the initials are another name\'s, or a given name stands there', () => {
    expect(ask(born('JK Kristanto'), 'Kapan Jakob Budi Kristanto lahir?', 'when')).toBeUndefined();
    expect(ask(born('Agus Kristanto'), 'Kapan Jakob Budi Kristanto lahir?', 'when')).toBeUndefined();
  });
});

describe('a name the paragraph refers to by its kind and a demonstrative, opening on them', () => {
  const restored = (opening: string): string => `${opening} yang dipugar pada tahun 1985 itu kini retak di beberapa bagian. Pengelola menutupnya untuk wisatawan.\n`;

  it('answers of "Candi yang … itu" a question about "candi Lorem"', () => {
    expect(ask(restored('Candi'), 'Tahun berapa candi Lorem dipugar?', 'when')).toBe('1985');
  });

  it('and of "Film yang … ini" a who-question about "film Senja Merah"', () => {
    const text = 'Film yang skenarionya ditulis Dewi Anggraini ini disunting oleh Bayu Prasetyo dalam tiga bulan.\n';
    expect(ask(text, 'Siapa penyunting film Senja Merah?', 'who')).toBe('Bayu Prasetyo');
  });

  it('refuses where the paragraph names the thing, or the demonstrative stands further on', () => {
    expect(ask(restored('Candi Ipsum'), 'Tahun berapa candi Lorem dipugar?', 'when')).toBeUndefined();
    const further = 'Warga desa merawat candi yang dipugar pada tahun 1985 itu. Pengelola menutupnya untuk wisatawan.\n';
    expect(ask(further, 'Tahun berapa candi Lorem dipugar?', 'when')).toBeUndefined();
  });
});
