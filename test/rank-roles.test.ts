// A rank before a name is how the holder is addressed, not the office: "Kapolres Lorem AKBP <Name>"
// holds "Kapolres Lorem"; "Kapolrestabes Lorem, Kombes Pol <Name>" too, where the rank alone follows
// the comma; the force after a title stays with it ("Panglima TNI Jenderal <Name>"). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';

const roles = (text: string): Record<string, string | undefined> =>
  Object.fromEntries(understand(parseArticle('artikel', `${text}\n`, { language: 'id' })).people.map((p) => [p.name, p.role]));

describe('ranks and roles', () => {
  const found = roles(
    [
      'Sebanyak tiga orang terluka akibat banjir di Kabupaten Ipsum pada Rabu (21/9).',
      '"Kendaraan kita alihkan ke jalur lain," ujar Kapolres Ipsum AKBP Loremus Dolor, Rabu (21/9).',
      '"Kami minta warga tetap waspada," ujar Kapolrestabes Surabaya, Kombes Pol Consectetur Adipis.',
      'Panglima TNI Jenderal Sitamet Amet meninjau lokasi banjir.',
    ].join('\n\n'),
  );
  it('the rank after the office is left out of the role', () => {
    expect(found['Loremus Dolor']).toBe('Kapolres Ipsum');
  });
  it('a rank alone after a comma takes the office before the comma', () => {
    expect(found['Consectetur Adipis']).toBe('Kapolrestabes Surabaya');
  });
  it('the force stays with the title', () => {
    expect(found['Sitamet Amet']).toBe('Panglima TNI');
  });
});
