// A title written after "sebagai" / "as" in lower case is the sentence subject's office; the
// capitalised name after it is what that office is of (a film, a club), not its holder. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const people = (language: 'id' | 'en', lines: string[]) =>
  extractPeople(parseArticle('as-title', `${lines.join('\n')}\n`, { language })).map((p) => ({ name: p.name, ...(p.role !== undefined && { role: p.role }) }));

describe('a title after "sebagai"', () => {
  it('Indonesian: "sebagai sutradara Lorem Ipsum" gives the film no office', () => {
    const found = people('id', [
      'Sutradara baru untuk sekuel',
      'Sutradara Rina Kartika resmi menandatangani kontrak untuk sekuel film itu pada Senin.',
      'Sebelumnya Rina Kartika bekerja di sebuah rumah produksi, sebelum ia mengambil posisi sebagai sutradara Lorem Ipsum.',
    ]);
    expect(found).toContainEqual({ name: 'Rina Kartika', role: 'Sutradara' });
    expect(found.find((p) => p.name === 'Lorem Ipsum')?.role).toBeUndefined();
  });

  it('Indonesian: a title before a name without "sebagai" still names its holder', () => {
    expect(people('id', ['Pelatih baru', 'Klub itu menunjuk pelatih Budi Santoso untuk musim depan.'])).toContainEqual({ name: 'Budi Santoso', role: 'pelatih' });
  });
});
