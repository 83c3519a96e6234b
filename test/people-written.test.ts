// Who-answers take the people extract/ found (answer/people-written.ts): the capitalised words of a
// role written before a name ("Kepala Desa Lorem Raya di Kabupaten Ipsum Sumarno") name no one, the
// person written with that role answers; and a list is trimmed to the holder of the asked office
// ("Presiden Kenya A, B": B is not the president). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('the person extract found with a role, not the capitalised words of the role', () => {
  const village = 'Kepala Desa Lorem Raya di Kabupaten Ipsum Sumarno juga mengeluhkan harga pupuk yang terus naik.';
  it('Indonesian: the village head who complained, and the holder of the asked title', () => {
    expect(askValue(village, 'Siapa kepala desa yang mengeluhkan harga pupuk?', 'id')).toBe('Sumarno');
    // Asked without the title, the answer says who he is (answer/titled-answer.ts).
    expect(askValue(village, 'Siapa yang mengeluhkan harga pupuk?', 'id')).toBe('Kepala Desa Lorem Raya di Kabupaten Ipsum Sumarno');
    expect(askValue(village, 'Siapa Kepala Desa Lorem Raya?', 'id')).toBe('Sumarno');
  });
  it('English: the mayor written after the county and the title', () => {
    const mayor = 'Lorem County mayor John Smith said the old bridge would close for repairs next month.';
    expect(askValue(mayor, 'Who is the mayor who said the bridge would close?', 'en')).toBe('John Smith');
    expect(askValue(mayor, 'Who is the Lorem County mayor?', 'en')).toBe('John Smith');
  });
});

describe('a list trimmed to the holder of the asked office', () => {
  it('Indonesian: the name after the president, not the adviser set off after it', () => {
    const text = 'Jaksa itu akan mengumumkan apakah penasihat utama Presiden Kenya Budi Santoso, Dedi Kurniawan, dan kepala staf Wapres Hadi Wijaya akan didakwa.';
    expect(askValue(text, 'Siapa Presiden Kenya?', 'id')).toBe('Budi Santoso');
  });
  it('English: the same', () => {
    const text = "Prosecutors will say whether the top adviser to Kenya President John Smith, Karl Dover, and the vice president's chief of staff Hadi Wijaya will be charged.";
    expect(askValue(text, 'Who is the President of Kenya?', 'en')).toBe('John Smith');
  });
  it('a role in lower case before a list is shared: the jury is more than its first member', () => {
    const text = 'Para finalis dipilih oleh dewan juri Nina Lorem, Ingrid Ipsum dan Rieka Dolor pada pekan pertama.';
    expect(askValue(text, 'Siapa juri pemilihan finalis?', 'id')).toContain('Ingrid Ipsum');
  });
});
