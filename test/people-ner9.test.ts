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

  it('nor before a role a body holds too, or an honorific opening a compound ("ibu kota")', () => {
    expect(names('Bantuan itu dikirim ke desa dekat Sukadana yang merupakan ibu kota kabupaten.')).not.toContain('Sukadana');
    expect(names('Dana itu datang dari Loremia yang merupakan anggota koalisi.')).not.toContain('Loremia');
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

describe('an English possessive inside an Indonesian text belongs to the name of a body, a brand or a work', () => {
  it('"<Name> \' s <Capitalised>" is no person in Indonesian', () => {
    expect(names('Ia bekerja untuk Loremia Vale \' s Garden sebagai model sejak 2001.')).not.toContain('Loremia Vale');
    expect(names('Kampus Saint Lorem \' s College dibangun tahun 1950.')).not.toContain('Saint Lorem');
  });

  it('in an English text the possessive is a person’s', () => {
    expect(names('Officials said Harrowgate\'s Company had closed, Miriam Okafor said.', 'en')).toContain('Miriam Okafor');
  });
});

describe('a name whose second letter was lost ("G?? mez") keeps its last word', () => {
  it('a capital, broken letters, then the rest of the word', () => {
    expect(names('Pemain itu bernama Ramon Alvaro G?? mez dan lahir di kota kecil.')).toContain('Ramon Alvaro G?? mez');
  });
});

describe('"Raden" is written as part of a Javanese name', () => {
  it('"Raden <Name>" is the name', () => {
    expect(names('Bandara itu dinamai menurut pahlawan Raden Wijayakusuma II yang gugur di sana.')).toContain('Raden Wijayakusuma II');
  });
});

describe('the start of a journey to a known place is a place', () => {
  it('"dari <X> ke <Place>", "from <X> to <Place>"', () => {
    expect(names('Kereta itu melaju dari Tanjung Merbau ke Jakarta setiap pagi.')).not.toContain('Tanjung Merbau');
    expect(names('The trains run from Millbrook Vale to London every hour.', 'en')).not.toContain('Millbrook Vale');
  });

  it('what goes from a person to no known place is no journey', () => {
    expect(names('Jabatan itu berpindah dari Wiranto Sasmito ke penggantinya pada bulan Mei.')).toContain('Wiranto Sasmito');
  });
});

describe('a known given name after the title of a head is the head, not the realm', () => {
  it('"Raja <Given>", "Gubernur <Given>"', () => {
    expect(names('Benteng itu dibangun pada masa Raja John.')).toContain('John');
    expect(names('Kebun itu dijaga pengawas hutan Gubernur Philip, lalu ditutup.')).toContain('Philip');
  });

  it('a realm after a head’s title stays no person', () => {
    expect(names('Jalan itu diresmikan pada masa Bupati Sumenep.')).not.toContain('Sumenep');
  });
});

describe('what a name is "from" in Indonesian is where or what body it comes from', () => {
  it('"<Name> dari <Band>", "<Name> dari <Club>"', () => {
    expect(names('Lagu itu dibawakan bersama Haneul dari Velora Kwintet.')).not.toContain('Velora Kwintet');
    expect(names('Ia didatangkan bersama Wirawan Saputra dari Garuda Muda Utama.')).toContain('Wirawan Saputra');
  });

  it('a relative "dari" a person stays a person', () => {
    expect(names('Ia adalah anak dari Julius Manuhutu dan Yenny Rosalina.')).toContain('Julius Manuhutu');
  });
});

describe('a subordinating conjunction opens a clause whose subject may be a name', () => {
  it('"lantaran <Name> berucap …", "sebab <Name> menolak …"', () => {
    expect(names('Klub itu mendatangkan pemain baru lantaran Wiryawan berucap bahwa timnya harus juara.')).toContain('Wiryawan');
    expect(names('Rapat ditunda sebab Hardiyanto menolak hadir.')).toContain('Hardiyanto');
  });
});

describe('the titles of village officers are titles', () => {
  it('"Kaur <Field> <Name>", "Kasi <Field> <Name>", "cariknya <Name>"', () => {
    expect(names('Perangkat desa terdiri atas Kaur Keuangan Sutrisnadi, Kaur Umum Wagimin dan Kasi Pelayanan Marsudi.')).toEqual(expect.arrayContaining(['Sutrisnadi', 'Wagimin', 'Marsudi']));
    expect(names('Kepala desa terpilih adalah Hardjosumarto, sedangkan cariknya Pawirodikromo.')).toContain('Pawirodikromo');
  });
});
