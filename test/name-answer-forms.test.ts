// A who-answer is the name as the passage writes it (answer/name-answers.ts, short-answer.ts): the
// degrees written after it without dots ("… SH", "… APU"), a last initial closing it ("… C"), a given
// name of two hyphened syllables ("Jong-wook"), and every title before it though one is written in
// lower case ("Prof drh …"). Passages and questions are written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a who-answer keeps what the passage writes of the name', () => {
  it('a degree in capitals after it', () => {
    const text = 'Kepala Pusat Riset Lorem Budi Wartono APU mengatakan, penelitian itu akan selesai tahun depan.';
    expect(askValue(text, 'Siapa Kepala Pusat Riset Lorem?', 'id')).toBe('Budi Wartono APU');
    const vet = 'Ia datang bersama Direktur Utama Ipsum Farma Rudi Hartono DVM ke lokasi peternakan itu.';
    expect(askValue(vet, 'Siapakah Direktur Utama Ipsum Farma?', 'id')).toBe('Rudi Hartono DVM');
  });

  it('a degree in capitals after it (English)', () => {
    expect(askValue('Lorem Clinic director Anna Berg DVM said the herd was healthy.', 'Who said the herd was healthy?', 'en')).toBe('Anna Berg DVM');
  });

  it('a last initial closing it', () => {
    const text = 'Deputi Direktur Bank Lorem Sri Wahyuni K mengungkapkan hal itu seusai seminar di Medan.';
    expect(askValue(text, 'Siapa Deputi Direktur Bank Lorem?', 'id')).toBe('Sri Wahyuni K');
  });

  it('a given name of two hyphened syllables', () => {
    const text = 'Dari Seoul, Ketua Komite Lorem Kim Min-ho mengatakan tidak ada negara yang siap.';
    expect(askValue(text, 'Siapakah Ketua Komite Lorem?', 'id')).toBe('Kim Min-ho');
  });

  it('every title before it, one of them in lower case', () => {
    const text = 'Hal ini diungkapkan Dekan Fakultas Lorem Prof drh Budi Wartono MSc dalam jumpa pers di kampus.';
    expect(askValue(text, 'Siapakah Dekan Fakultas Lorem?', 'id')).toBe('Prof drh Budi Wartono MSc');
  });
});
