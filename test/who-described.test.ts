// A who-question that describes the one it asks for ("Siapakah warga negara Lorem asal Ipsum yang
// …?") is answered by the name the passage writes right after that description, set off by a comma
// or not, before a name that only stands nearer the question's other words (answer/pointed.ts).
// Passages and questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a name written right after the description the question gives', () => {
  it('answers it (Indonesian)', () => {
    const text =
      'Setelah mendatangi para perajin di lima kabupaten, Budi Wartono yang dibantu Hadi Santoso dari paguyuban penenun Lorem dan warga negara Indonesia asal Belanda, Anna Berg, merangkumnya dalam sebuah laporan untuk museum.';
    expect(askValue(text, 'Siapakah warga negara Indonesia asal Belanda yang membantu Budi Wartono merangkum laporan untuk museum?', 'id')).toBe('Anna Berg');
  });

  it('answers it (English)', () => {
    const text = 'At the launch in Lorem, Hadi Santoso spoke first, then a Dutch-born museum curator, Anna Berg.';
    expect(askValue(text, 'Who is the Dutch-born museum curator who spoke at the launch in Lorem?', 'en')).toBe('Anna Berg');
  });
});
