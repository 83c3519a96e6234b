// "Berapa orang tewas …?" is answered by the sentence that counts the dead ("tiga orang meninggal
// dunia"), said in other words of the same concept, not by another count of people in the article,
// and not only from the sentence the search liked best in that paragraph. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const lib = libraryFromText(
  [
    'Sebanyak tiga orang meninggal dunia akibat banjir bandang yang melanda Kabupaten Loremia pada Rabu (21/9). Banjir bandang itu juga membuat jalan dari Loremia menuju Ipsumia terputus.',
    'Wilayah Dolor menjadi lokasi yang paling parah terkena banjir bandang.',
    'Petugas mengatakan, sejauh ini pihaknya telah mengevakuasi tujuh orang yang rumahnya rusak akibat banjir bandang.',
  ].join('\n\n') + '\n',
  'id',
  '2016-09-22',
);

describe('how many', () => {
  it('the sentence that counts what the question asks, told in other words', () => {
    const reply = answer(lib, { command: 'ask', query: 'Berapa orang tewas akibat banjir bandang?', locale: 'id' });
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain("tiga orang meninggal dunia");
    expect(reply.answer).not.toContain("tujuh orang");
  });
});

describe('how many, told after a noun of the amount', () => {
  const id = libraryFromText(
    [
      'Dinas Pariwisata mengusulkan karcis naik ke puncak Tugu Lorem dijual secara daring.',
      'Jumlah pengunjung yang boleh naik ke puncak tugu setiap harinya dibatasi hanya 1.500 orang, kata petugas.',
      'Lift di tugu itu hanya satu.',
    ].join('\n\n') + '\n',
    'id',
    '2018-01-27',
  );
  const en = libraryFromText(
    [
      'The council proposed selling tickets for the Lorem Tower online.',
      'The number of visitors allowed to reach the top of the tower each day is capped at 1,500, officials said.',
      'The tower has only one lift.',
    ].join('\n\n') + '\n',
    'en',
    '2018-01-27',
  );

  it('"Berapa pengunjung …?" and "Berapa jumlah pengunjung …?" by the number later in the clause', () => {
    for (const query of ['Berapa pengunjung yang bisa naik ke puncak tugu setiap hari?', 'Berapa jumlah pengunjung tugu setiap hari?']) {
      const reply = answer(id, { command: 'ask', query, locale: 'id' });
      expect(reply.found).toBe(true);
      expect(reply.answer).toContain('1.500 orang');
    }
  });

  it('"How many visitors …?" by "the number of visitors … is capped at 1,500"', () => {
    const reply = answer(en, { command: 'ask', query: 'How many visitors can reach the top each day?', locale: 'en' });
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('1,500');
  });
});
