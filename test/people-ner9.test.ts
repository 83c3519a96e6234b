// Person names, third pass of this round (issue 11): cues a reader uses on text never seen before,
// not lists of names. Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { datelineEnd } from '../src/extract/names.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner9', `${text}\n`, { language })).map((p) => p.name);

describe('a hyphen inside a word is no dateline dash', () => {
  it('"Pada masa itu, <Name> dibantu rekan-rekannya" opens with no dateline', () => {
    expect(datelineEnd('Pada masa itu, Wiratmaja dibantu rekan-rekannya membangun sekolah.')).toBe(0);
    expect(names('Pada masa itu, Wiratmaja dibantu rekan-rekannya membangun sekolah.')).toContain('Wiratmaja');
  });

  it('a real dateline still ends at its dash', () => {
    const text = 'Kota Lorem, Warta - Hujan deras turun sejak pagi.';
    expect(text.slice(0, datelineEnd(text))).toBe('Kota Lorem, Warta -');
  });
});

describe('a copula before a title says the name before it is a person', () => {
  it('Indonesian: "<Name> adalah penyanyi …", "<Name> yang merupakan pelatih …"', () => {
    expect(names('Sebelum pindah ke Surabaya, Larasati adalah penyanyi latar sebuah grup.')).toContain('Larasati');
    expect(names('Protes itu datang dari Wirabumi yang merupakan pelatih klub tersebut.')).toContain('Wirabumi');
  });

  it('English: "<Name> is a singer"', () => {
    expect(names('After the tour, Okonkwo is a producer at the studio.', 'en')).toContain('Okonkwo');
  });

  it('a copula before a word for a thing says nothing of a person', () => {
    expect(names('Sejak dulu, Karangsari adalah desa penghasil kopi.')).not.toContain('Karangsari');
  });
});

describe('a relative qualified by one word still marks the name after it', () => {
  it('"adik kandung <Name>", "rekan segrupnya <Name>"', () => {
    expect(names('Kabar itu dibenarkan adik kandung Sutopo kepada wartawan.')).toContain('Sutopo');
    expect(names('Ia tampil dengan rekan segrupnya Wiranto di panggung utama.')).toContain('Wiranto');
  });

  it('an abstract noun ("kehadiran") qualified by a group word ("marga") is no relative', () => {
    expect(names('Pada masa itu, kehadiran marga Situmeang diterima oleh warga.')).not.toContain('Situmeang');
  });
});

describe('what someone is a member of is a body', () => {
  it('Indonesian: "anggota <Body>", "personel <Band>"', () => {
    expect(names('Ia kemudian menjadi anggota Loremia Sentosa sampai akhir hayatnya.')).not.toContain('Loremia Sentosa');
    expect(names('Setelah itu ia keluar dan menjadi mantan personel Gula Merah Jambu.')).not.toContain('Gula Merah Jambu');
  });

  it('English: "a member of <Body>"', () => {
    expect(names('She was a member of Harrow Valley Singers for ten years.', 'en')).not.toContain('Harrow Valley Singers');
  });

  it('a band member with an instrument after the name is still a person', () => {
    expect(names('Band itu tampil dengan personel Wisnu Aditama (drum) dan dua pemain baru.')).toContain('Wisnu Aditama');
  });
});
