// Two offices written as a pair before the pair of people who hold them, in the same order
// ("Bupati-Wakil Bupati Lorem, A / B"): a question asking one office is answered by its holder, not
// by the pair. Passages and questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a pair of offices before a pair of people (Indonesian)', () => {
  const text = 'Ribuan warga menghadiri pelantikan Bupati-Wakil Bupati Lorem periode 2010-2015, Ani Sumarni / Budi Hartono, di pendopo kabupaten, Senin (4/8).';

  it('gives the deputy for the deputy’s office', () => {
    expect(ask(text, 'Siapa Wakil Bupati Lorem periode 2010-2015?', 'id')).toMatchObject({ found: true, value: 'Budi Hartono' });
  });

  it('gives the first for the first office', () => {
    expect(ask(text, 'Siapa Bupati Lorem periode 2010-2015?', 'id')).toMatchObject({ found: true, value: 'Ani Sumarni' });
  });

  it('reads the offices joined by "dan" too', () => {
    const joined = 'Gubernur dan Wakil Gubernur Ipsum terpilih, Citra Anggraini / Dodi Prasetyo, dilantik di gedung DPRD, Selasa (5/8).';
    expect(ask(joined, 'Siapa Wakil Gubernur Ipsum terpilih yang dilantik di gedung DPRD?', 'id')).toMatchObject({ found: true, value: 'Dodi Prasetyo' });
  });
});

describe('a pair of offices before a pair of people (English)', () => {
  const text = 'Hundreds attended the swearing-in of the Mayor and Deputy Mayor of Kestrel Bay, Jane Varden / Tom Okafor, at the town hall on Monday.';

  it('gives the deputy for the deputy’s office', () => {
    expect(ask(text, 'Who is the Deputy Mayor of Kestrel Bay?', 'en')).toMatchObject({ found: true, value: 'Tom Okafor' });
  });

  it('gives the first for the first office', () => {
    expect(ask(text, 'Who is the Mayor of Kestrel Bay?', 'en')).toMatchObject({ found: true, value: 'Jane Varden' });
  });
});

describe('a pair of people with no pair of offices before them', () => {
  it('stays one answer (Indonesian)', () => {
    const text = 'Medali emas ganda campuran diraih pasangan Eka Wulandari / Fajar Nugroho setelah menang dua gim langsung.';
    expect(ask(text, 'Siapa yang meraih medali emas ganda campuran?', 'id')).toMatchObject({ found: true, value: 'Eka Wulandari / Fajar Nugroho' });
  });
});
