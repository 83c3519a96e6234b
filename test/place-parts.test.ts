// A place written after a part of it ("di tepi Sungai Lorem", "ke pinggir Danau Ipsum", "near the
// banks of the River Lorem") is still the place named: the locative rule reads past the part word
// (the answer tables' placeParts) and "of"/"the" to the name. Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a place after a part of it', () => {
  it('answers where, in Indonesian', () => {
    expect(askValue('Tanggul baru akan dibangun di tepi Sungai Lorem tahun depan.', 'Di mana tanggul akan dibangun?', 'id')).toMatch(/Sungai Lorem/);
    expect(askValue('Warga mengungsi ke pinggir Danau Ipsum setelah banjir.', 'Ke mana warga mengungsi?', 'id')).toMatch(/Danau Ipsum/);
  });
  it('answers where, in English', () => {
    expect(askValue('A new flood barrier will be built near the banks of the River Lorem next year.', 'Where will the barrier be built?', 'en')).toMatch(/River Lorem/);
  });
  it('still refuses a place the question swaps', () => {
    expect(askValue('Tanggul baru akan dibangun di tepi Sungai Lorem tahun depan.', 'Di mana jembatan akan dibangun?', 'id')).toBeUndefined();
  });
});
