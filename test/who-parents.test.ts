// A pair of parents written after a child's word, the second as the first one's spouse
// (answer/relatives.ts parentPair): "putra A, …, dan istrinya B", "the son of A … and his wife B".
// Asked the mother, B answers; asked the father, A does, alone, not "A dan B". Passages and
// questions are written for these tests (invented people and places), in Indonesian and English.
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a pair of parents read by its spouse word', () => {
  const id =
    'Budi Santoso lahir di Kota Lorem pada tahun 1920. Ia adalah putra sulung Hendra Wiratama, seorang pedagang kain, ' +
    'dan istrinya Nyonya Sari, putri dari Dimas Prakoso, seorang bangsawan.';

  it('Indonesian: the mother is the one written as the wife ("dan istrinya <B>")', () => {
    const a = ask(id, 'Siapakah ibu Budi Santoso?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Sari');
  });

  it('Indonesian: the father alone, not joined with his wife ("<A>, …, dan <B> istrinya")', () => {
    const text = 'Budi Santoso adalah pedagang dari Kota Lorem. Ia adalah putra dari Hendra Wiratama, seorang perwira tentara, dan Sari istrinya. Ayahnya menjadi bupati pada tahun 1930.';
    const a = ask(text, 'Siapa ayah Budi Santoso?', 'id');
    expect(a.value).toBe('Hendra Wiratama');
  });

  it('English: the mother is the one written as the wife ("and his wife <B>")', () => {
    const en = 'Tom Dolor was born in Lorem City in 1920. He was the eldest son of Bill Amet, a cloth merchant, and his wife Jane Sitwell, the daughter of a local landowner.';
    const a = ask(en, 'Who was the mother of Tom Dolor?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Jane Sitwell');
  });
});
