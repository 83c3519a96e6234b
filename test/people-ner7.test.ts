// Person names that carry to unseen text (the NERGrit work, issue 11): general rules of what makes a
// capitalised word a person and what makes it none. Every sentence is written for the test, in both
// languages where the language has the shape; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang): string[] => extractPeople(parseArticle('ner7', `${text}\n`, { language })).map((p) => p.name);

describe('a known given name standing alone is a person', () => {
  it('Indonesian: a given name with no capitalised neighbour, mid-sentence or opening it', () => {
    expect(names('Rumah itu kemudian diwariskan kepada Teguh setelah ayahnya wafat.', 'id')).toEqual(['Teguh']);
    expect(names('Pada malam itu orang tua Zahra tidak datang ke pesta.', 'id')).toEqual(['Zahra']);
    expect(names('Rizki walau masih muda sudah sering tampil di panggung.', 'id')).toEqual(['Rizki']);
  });

  it('English: a given name with no capitalised neighbour', () => {
    expect(names('The shop was left to Maggie when the old owner retired.', 'en')).toEqual(['Maggie']);
  });

  it('a word the tables do not know as a given name stays out, and a given name inside a longer name is no mention of its own', () => {
    expect(names('Rumah itu kemudian diwariskan kepada Lorewin setelah ayahnya wafat.', 'id')).toEqual([]);
    expect(names('Ia belajar di Universitas Teguh Mandiri selama empat tahun.', 'id')).toEqual([]);
    expect(names('Film "Zahra" dirilis pada tahun 2010.', 'id')).toEqual([]);
  });
});

describe('the words before a team say the name is one', () => {
  it('Indonesian: "memperkuat <Club>", "bermain untuk <Club>", "direkrut oleh <Club>"', () => {
    expect(names('Sebelumnya ia memperkuat Garuda Wanasari selama dua musim.', 'id')).toEqual([]);
    expect(names('Ia kemudian bermain untuk Pelita Sentosa sebelum pensiun.', 'id')).toEqual([]);
    expect(names('Musim berikutnya ia direkrut oleh Persimoro Lestari dan bermain di liga utama.', 'id')).toEqual([]);
  });

  it('English: "played for <Club>", "signed for <Club>"', () => {
    expect(names('He later played for Harwick Rovers before he retired.', 'en')).toEqual([]);
  });

  it('a person after other words is still a person', () => {
    expect(names('Ia kemudian bermain bersama Andika Pratama di klub itu.', 'id')).toEqual(['Andika Pratama']);
  });
});

describe('Balinese names and a medical degree', () => {
  it('"I" or "Ni" before a Balinese birth-order or caste name opens the name', () => {
    expect(names('I Wayan Sudarma adalah seorang penari dari Gianyar.', 'id')).toEqual(['I Wayan Sudarma']);
    expect(names('Pada tahun itu I Ketut Mardana menjadi ketua panitia.', 'id')).toEqual(['I Ketut Mardana']);
  });

  it('an English "I" stays a pronoun', () => {
    expect(names('I think I made the right choice.', 'en')).toEqual([]);
  });

  it('"MD" after a name is a degree, not part of the name', () => {
    expect(names('Rapat itu dihadiri Hendra Wiratama MD dan para perawat.', 'id')).toEqual(['Hendra Wiratama']);
  });
});

describe('an age in brackets after a name marks a person', () => {
  it('Indonesian: "<Name> (32)", "<Name> (32 tahun)"', () => {
    expect(names('Pelaku, Warsito (32), warga Desa Karangsari, ditangkap polisi.', 'id')).toEqual(['Warsito']);
    expect(names('Polisi menangkap Warsito (32 tahun) di rumahnya.', 'id')).toEqual(['Warsito']);
  });

  it('English: "<Name> (32)"', () => {
    expect(names('Police arrested Harlow (32) at his home.', 'en')).toEqual(['Harlow']);
  });

  it('a place after a locative with a number in brackets is still a place', () => {
    expect(names('Ia tinggal di Karangsari (12) bersama keluarganya.', 'id')).toEqual([]);
  });
});

describe('what a head or a member belongs to is no person', () => {
  it('Indonesian: one word after a word for a kind of place in a title names that place ("Kepala Dusun <Hamlet>", "Kelurahan <Village>")', () => {
    expect(names('Balai desa terletak di sana, dan Kepala Dusun Wringinsari adalah seorang guru.', 'id')).toEqual([]);
    expect(names('Kelurahan Sumberjati terbagi dalam delapan lingkungan.', 'id')).toEqual([]);
  });

  it('Indonesian and English: the body after "anggota" or "member", however many its words', () => {
    expect(names('Ia pernah menjadi anggota Harimau Lembah Cheerleaders selama dua tahun.', 'id')).toEqual([]);
    expect(names('She was once a member Harwick Valley Singers in her youth.', 'en')).toEqual([]);
  });

  it('a person after a role that ends in an organisation is still a person', () => {
    expect(names('Kepala Dinas Pendidikan Budi Santosa membuka acara itu.', 'id')).toEqual(['Budi Santosa']);
  });
});

describe("a name inside a body's name, an honorific, a band's English possessive", () => {
  it('Indonesian: a name that goes on a university\'s name past a known place in it is no person', () => {
    expect(names('Ia lulus dari Universitas Katolik Indonesia Sinar Harapan pada 2007.', 'id')).toEqual([]);
  });

  it('"Drama <Name>", "Film <Name>" opening a sentence is still the person\'s work', () => {
    expect(names('Film Haruto yang pertama adalah kisah seorang nelayan.', 'id')).toEqual(['Haruto']);
  });

  it('"Pdt." (pendeta) is an honorific, never a name', () => {
    expect(names('Ibadah dipimpin Pdt. Yohanes Sutrisna di gereja itu.', 'id')).toEqual(['Yohanes Sutrisna']);
    expect(names('Hadir pula Yohanes Sutrisna, Pdt.', 'id')).toEqual(['Yohanes Sutrisna']);
  });

  it('"<Name> & His <Band>": the English possessive makes the band a title, not a person', () => {
    expect(names('Ia tampil bersama Harlan & His Rangers di Jakarta.', 'id')).toEqual(['Harlan']);
  });
});

describe('more words for a body', () => {
  it('Indonesian: "Politeknik", "Puskesmas"; English: "Center", "Service", "Distribution"', () => {
    expect(names('Politeknik Sinar Lestari adalah perguruan tinggi swasta di kota itu.', 'id')).toEqual([]);
    expect(names('Untuk meningkatkan pelayanan, Harwick Medical Center membuka cabang baru.', 'en')).toEqual([]);
  });
});

describe('a landform word ending a name is a family name', () => {
  it('Indonesian: "<Given> Tanjung", "<Given> Gunung" after a name word; "Tanjung <Place>" stays a place', () => {
    expect(names('Menurut Harsono Tanjung, rapat itu harus diulang.', 'id')).toEqual(['Harsono Tanjung']);
    expect(names('Ia tinggal di Kampung Melayu dekat Tanjung Lorem.', 'id')).toEqual([]);
  });

  it('not after a word Indonesian writes in lower case ("Pondok Pesantren" stays a place)', () => {
    expect(names('Kegiatan itu diadakan setiap tahun oleh Aparat Desa bersama warga.', 'id')).toEqual([]);
  });
});

describe('Indonesian clubs and an ethnonym', () => {
  it('a name opening with "Pers…" (persatuan sepak bola) is a club', () => {
    expect(names('Namanya dibesarkan oleh Persimaju Lorem sebelum ia pindah.', 'id')).toEqual([]);
  });

  it('"Tionghoa" after a word for people is who they are, not a person', () => {
    expect(names('Pada tahun 1920, sekelompok pedagang Tionghoa berkumpul di kota itu.', 'id')).toEqual([]);
  });
});

describe('the classifier for things says the subject is no person', () => {
  it('Indonesian: "<X> hanya sebuah kabupaten", while "<X> hanya seorang …" is a person', () => {
    expect(names('Awalnya, Wringinlor hanya sebuah kabupaten kecil di pesisir.', 'id')).toEqual([]);
    expect(names('Awalnya, Wiratmo hanya seorang buruh pabrik di kota itu.', 'id')).toEqual(['Wiratmo']);
  });
});
