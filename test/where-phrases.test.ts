// Where-answers told without a name (answer/where-phrases.ts). Indonesian writes no article before such a place,
// so it opens right after "di" ("di pematang sawah", "di dalam tanah berpasir"); never the scope of a superlative
// ("terbesar di dunia", "the largest in the world"), every place of a kind ("di setiap desa"), or a side alone
// that says where a neighbour lies ("berbatasan dengan Lorem di sebelah barat"). Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

describe('places told without a name', () => {
  it('Indonesian: lower-case words right after "di" answer where no name does', () => {
    expect(ask('Kelompok penari itu biasa berlatih di pinggir sungai setiap sore.', 'Di mana kelompok penari itu biasa berlatih?', 'where')).toBe('pinggir sungai');
    // "dalam" says only "inside": no part of the place; "dekat" opens another.
    expect(ask('Kumbang itu meletakkan telurnya di dalam tanah berlumpur dekat kolam.', 'Di mana kumbang itu meletakkan telurnya?', 'where')).toBe('tanah berlumpur');
    // A named place still wins.
    expect(ask('Kelompok penari itu biasa berlatih di pinggir sungai di Tegalsari.', 'Di mana kelompok penari itu biasa berlatih?', 'where')).toBe('Tegalsari');
  });

  it('a side told alone answers only after a located verb ("terletak di bagian timur"), not beside a neighbour', () => {
    expect(ask('Benua Loremia adalah benua terluas, terletak di bagian timur dan dikelilingi samudra.', 'Di mana letak benua Loremia?', 'where')).toBe('bagian timur');
    expect(ask('Kampung Ipsumsari kini berbatasan dengan kampung nelayan di sebelah barat.', 'Di mana letak Kampung Ipsumsari?', 'where')).toBeUndefined();
  });

  it('the scope of a superlative is no place ("terbesar di dunia", "the largest in the world")', () => {
    expect(ask('Menara Loremia adalah menara paling tinggi di dunia.', 'Di mana letak Menara Loremia?', 'where')).toBeUndefined();
    expect(ask('The Velmora lighthouse is the largest in the world.', 'Where is the Velmora lighthouse?', 'where')).toBeUndefined();
  });

  it('every place of a kind is no one place ("di setiap desa", "in each village")', () => {
    expect(ask('Lomba perahu itu digelar di setiap desa pesisir.', 'Di mana lomba perahu itu digelar?', 'where')).toBeUndefined();
    expect(ask('The boat race was held in each village along the coast.', 'Where was the boat race held?', 'where')).not.toBe('each village');
  });

  it('a place closed by a demonstrative points back to one named before ("di kerajaan tersebut")', () => {
    expect(ask('Para pelaut itu menetap di kerajaan tersebut setelah gencatan senjata.', 'Di mana para pelaut itu menetap?', 'where')).toBeUndefined();
    // "di rumahnya": a thing of one told of before, no place the passage names.
    expect(ask('Nelayan tua itu wafat di rumahnya pada suatu malam.', 'Di mana nelayan tua itu wafat?', 'where')).toBeUndefined();
  });
});
