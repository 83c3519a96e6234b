// A who-answer is a person, a group of people or a body the passage presents as one: an adjective of a
// faith or a people written beside the noun it qualifies ("tradisi Katolik", "Catholic tradition") is
// none, nor is a capitalised word the language's news writes in lower case ("Tujuan …" after a
// reference mark). Where no one else in the passage fits, the question is refused. Passages are
// written for these tests (invented places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a who-answer', () => {
  it('is not an adjective of a faith beside the noun it qualifies (Indonesian)', () => {
    expect(ask('Menurut tradisi Katolik, pendiri biara di Lumo adalah seorang rahib dari utara.', 'Siapa pendiri biara di Lumo?', 'id').found).toBe(false);
    expect(ask('Tradisi Yahudi mengatakan bahwa penulis kitab itu adalah seorang imam dari Lumo.', 'Siapa penulis kitab itu?', 'id').found).toBe(false);
  });

  it('is not an adjective of a faith beside the noun it qualifies (English)', () => {
    expect(ask('According to Catholic tradition, the founder of the abbey at Lumo was a monk from the north.', 'Who founded the abbey at Lumo?', 'en').found).toBe(false);
  });

  it('is still the person the sentence names beside such an adjective', () => {
    const a = ask('Menurut tradisi Katolik, biara di Lumo didirikan oleh Budi Santoso pada tahun 1620.', 'Siapa pendiri biara di Lumo?', 'id');
    expect(a.value).toBe('Budi Santoso');
  });

  it('is not a common word written with a capital after a reference mark', () => {
    const text = 'Sistem irigasi itu dirancang para petani Desa Lumo pada tahun 1950.[2] Tujuan awal pembangunan sistem irigasi itu adalah mengairi sawah.';
    const a = ask(text, 'Siapa yang merancang pembangunan sistem irigasi?', 'id');
    expect(a.value).not.toBe('Tujuan');
  });
});
