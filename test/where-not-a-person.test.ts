// A where-answer is a place: a person the article names after "dari"/"from" ("putra dari Sultan …")
// tells whose child someone is, not where. And an ocean's whole name is a place, never a person
// ("Samudra" is a given name too: "Samudra Wijaya" stays a person). Nor is the one who rules a place
// ("di bawah kekuasaan X", "under the control of X"). Texts are written for this test.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { openAnswer } from './helpers/answer.js';

describe('a person is no where-answer', () => {
  it('Indonesian: the birthplace, not the father named after "dari"', () => {
    const text = 'Raden Mas Lorem adalah putra sulung dari Sultan Ipsum Wiryo, penguasa ketiga Kadipaten Dolor. Lahir pada 3 Mei 1790 di Magelang dengan nama kecil Sitras.';
    const given = openAnswer(text, 'Di mana Raden Mas Lorem dilahirkan?', 'where');
    expect(given).not.toMatch(/Ipsum/);
    expect(given).toBe('Magelang');
  });

  it('English: the birthplace, not the father named after "from"', () => {
    const text = 'Lord Alden Vale inherited the estate from Duke Marcus Vale, his uncle, in 1821. He was born in Bath and educated at home.';
    const given = openAnswer(text, 'Where was Alden Vale born?', 'where');
    expect(given).not.toMatch(/Marcus/);
    expect(given).toBe('Bath');
  });
});

describe('who rules a place is not where it is', () => {
  it('Indonesian: "berada di bawah kekuasaan X" is no where-answer', () => {
    const text = 'Manusia pertama tiba di Lembah Soran sekitar 30.000 tahun lalu. Wilayah itu berada di bawah kekuasaan Kerajaan Ipsum sekitar 200 SM, ketika wilayah itu bernama Dolorania.';
    expect(openAnswer(text, 'Di mana letak Dolorania?', 'where') ?? '').not.toMatch(/kekuasaan|Ipsum/);
  });

  it('English: "lies under the control of X" is no where-answer', () => {
    const text = 'Settlers first reached the Soran valley some 30,000 years ago. The island lies under the control of Russia, and was then called Dolorania.';
    expect(openAnswer(text, 'Where is Dolorania located?', 'where') ?? '').not.toMatch(/control|Russia/);
  });
});

describe('oceans are places', () => {
  const read = (text: string) => understand(parseArticle('passage', `${text}\n`));

  it('"Samudra Pasifik" is a place and no person; "Samudra Wijaya" is a person', () => {
    const u = read('Kapal riset itu berlayar di ujung barat Samudra Pasifik selama dua bulan. Menurut Kapten Samudra Wijaya, awak kapal dalam keadaan sehat.');
    expect(u.people.map((p) => p.name)).not.toContain('Samudra Pasifik');
    expect(u.people.map((p) => p.name)).toContain('Samudra Wijaya');
  });

  it('English: "the Indian Ocean" is no person', () => {
    const u = read('The survey ship spent two months in the Indian Ocean, Captain Ellis Morgan said on Monday.');
    expect(u.people.map((p) => p.name)).toEqual(['Ellis Morgan']);
    expect(u.places.map((p) => p.name)).toContain('Indian Ocean');
  });
});
