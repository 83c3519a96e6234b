// One capitalised word right after the title of a head of a place ("Wali Kota", "Bupati", "Kapolres",
// "Mayor of") that the article writes elsewhere as a place, or in a place's or a body's name, is the
// title's region, not the first word of the name after it ("Wali Kota <Town> <Given> <Family>").
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const read = (language: 'id' | 'en', lines: string[]) => extractPeople(parseArticle('regions', `${lines.join('\n')}\n`, { language }));
const people = (language: 'id' | 'en', lines: string[]) => read(language, lines).map((p) => ({ name: p.name, ...(p.role !== undefined && { role: p.role }) }));

describe('the region after a head\'s title', () => {
  it('Indonesian: the town the article writes as a place belongs to the title', () => {
    const lines = [
      'Banjir rendam ratusan rumah di Lembahsari',
      'Ratusan rumah di Kota Lembahsari terendam setelah hujan deras sejak Minggu malam.',
      'Wali Kota Lembahsari Ratna Kusuma mengatakan pemerintah kota membuka tiga posko pengungsian.',
      'Kapolres Lembahsari Hendra Wijaya menyebut dua warga masih dicari tim gabungan.',
      'Polres Lembahsari mengerahkan 120 personel untuk membantu evakuasi.',
    ];
    expect(people('id', lines)).toEqual([
      { name: 'Ratna Kusuma', role: 'Wali Kota Lembahsari' },
      { name: 'Hendra Wijaya', role: 'Kapolres Lembahsari' },
    ]);
    // The town is no alias of the mayor: the paragraphs about the town and its police are not hers.
    expect(read('id', lines)[0]!.paragraphs).toEqual([3]);
  });

  it('Indonesian: a region written only inside a body\'s name ("Kecamatan <X>") counts too; a name the article never writes as a place stays whole', () => {
    const lines = [
      'Warga mengungsi akibat longsor',
      'Camat Pantaiwangi Dewi Anggraini meminta warga menjauhi tebing.',
      'Kecamatan Pantaiwangi menyiapkan dapur umum di balai desa.',
      'Bupati Sekar Ayuningtyas meninjau lokasi pada Senin.',
    ];
    expect(people('id', lines)).toEqual([
      { name: 'Dewi Anggraini', role: 'Camat Pantaiwangi' },
      { name: 'Sekar Ayuningtyas', role: 'Bupati' },
    ]);
  });

  it('English: "Governor of <State> <Name>" when the article writes the state as a place', () => {
    const lines = [
      'Storm leaves thousands without power',
      'Governor of Marlow Peter Hastings said crews would work through the night.',
      'Marlow County opened two shelters on Monday.',
    ];
    expect(people('en', lines)).toEqual([{ name: 'Peter Hastings', role: 'Governor of Marlow' }]);
  });
});
