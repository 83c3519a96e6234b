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
