// "Where is X?" is answered by the region a definition puts X in ("X adalah kota di provinsi Lorem"), not
// by a landmark a located verb measures X from ("terletak 80 km di sebelah barat kota Ipsum") nor by
// where a seat of X lies ("Pusat pemerintahan kabupaten ini berada di Dolor") — unless the question asks
// for the seat itself. Passages and questions are written for this test (invented places).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const ask = (text: string, language: 'id' | 'en', query: string) =>
  answer(libraryFromText(text, language, '2024-08-12'), { command: 'ask', query, locale: language }).value;

describe('a place measured from is a landmark, not where the place asked about lies', () => {
  it('Indonesian: "Kota Velmora adalah kota di provinsi Lorem Barat … terletak 80 km di sebelah barat kota Ipsum"', () => {
    const text = 'Kota Velmora adalah salah satu kota di provinsi Lorem Barat, Norlandia. Kota yang terletak 80 km di sebelah barat kota Ipsum ini dikelilingi perbukitan.';
    expect(ask(text, 'id', 'Di mana letak kota Velmora?')).toBe('provinsi Lorem Barat, Norlandia');
  });

  it('English: "Velmora is a town in the province of Lorem … located 50 km in the south of Ipsum"', () => {
    const text = 'Velmora is a small town in the province of Lorem. The town is located 50 km in the south of Ipsum, beside the old road.';
    expect(ask(text, 'en', 'Where is Velmora located?')).toBe('province of Lorem');
  });
});

describe('where a seat lies is not where the place asked about lies', () => {
  it('Indonesian: "Pusat pemerintahan kabupaten ini berada di Dolor"', () => {
    const text = 'Velmora adalah salah satu kabupaten di provinsi Lorem, Norlandia. Pusat pemerintahan kabupaten ini berada di Dolor, kota terbesarnya.';
    expect(ask(text, 'id', 'Di mana letak Kabupaten Velmora?')).toBe('provinsi Lorem, Norlandia');
  });

  it('Indonesian: the seat asked for is answered by it ("Di mana pusat pemerintahan …?")', () => {
    const text = 'Velmora adalah salah satu kabupaten di provinsi Lorem, Norlandia. Pusat pemerintahan kabupaten ini berada di Dolor, kota terbesarnya.';
    expect(ask(text, 'id', 'Di mana pusat pemerintahan Kabupaten Velmora?')).toBe('Dolor');
  });

  it('English: "Its capital is located in Dolor"', () => {
    const text = 'Velmora is a small country in the region of Lorem. Its capital is located in Dolor, the largest city.';
    expect(ask(text, 'en', 'Where is Velmora located?')).toBe('Lorem');
  });
});

// A located place told by its sides, one after another past commas, is one answer: "terletak di sebelah
// timur Lorem, sebelah barat Ipsum, dan sebelah selatan Dolor", "Lorem, bagian dari Kepulauan Ipsum" —
// never a side of the place asked about itself ("di sebelah timur Laut Velmora" of "letak Velmora").
describe('a located place told by its sides is answered with all of them', () => {
  it('Indonesian: "terletak di sebelah timur Lorem, sebelah barat Kepulauan Ipsum, dan sebelah selatan Dolor"', () => {
    const text = 'Pulau Velmora adalah pulau kecil yang terletak di sebelah timur Lorem, sebelah barat Kepulauan Ipsum, dan sebelah selatan Dolor.';
    expect(ask(text, 'id', 'Di mana letak pulau Velmora?')).toBe('sebelah timur Lorem, sebelah barat Kepulauan Ipsum, dan sebelah selatan Dolor');
  });

  it('Indonesian: "pulau vulkanik di Norlandia, bagian dari Kepulauan Ipsum"', () => {
    const text = 'Velmora adalah pulau vulkanik di Norlandia, bagian dari Kepulauan Ipsum. Pulau ini berpenduduk sedikit.';
    expect(ask(text, 'id', 'Di mana letak Velmora?')).toBe('Norlandia, bagian dari Kepulauan Ipsum');
  });

  it('Indonesian: a side of the place asked about is no side of it ("di sebelah timur Laut Velmora")', () => {
    const text = 'Norlandia adalah negara kepulauan di Asia Lorem. Letaknya di ujung barat Samudra Ipsum, di sebelah timur Laut Norlandia.';
    expect(ask(text, 'id', 'Di mana letak Norlandia?')).toBe('ujung barat Samudra Ipsum');
  });

  it('English: "located in the east of Lorem, in the west of Ipsum"', () => {
    const text = 'Velmora is a small island. It is located in the east of Lorem, in the west of Ipsum.';
    expect(ask(text, 'en', 'Where is Velmora located?')).toBe('east of Lorem, in the west of Ipsum');
  });
});
