// Person names with the right edges (issue 11, "Names swallow their neighbours"): a title inside the
// name of a place or a body, a number inside a school's name, an award's name after a title, and a
// common word or a word for a relative opening the sentence. Each rule in Indonesian and, where the
// language has the shape, in English. Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang): string[] => extractPeople(parseArticle('edges', `${text}\n`, { language })).map((p) => p.name);

describe('a title inside the name of a place or a body is no person', () => {
  it('Indonesian: "Stadion Raja <X>", "SMK Raden <X>", "Jalan Kolonel <X>", "Universitas Dr. <X>"', () => {
    expect(names('Laga final digelar di kota itu, Stadion Raja Wirabumi penuh sejak sore.', 'id')).toEqual([]);
    expect(names('Siswa SMK Raden Sasmita meliburkan diri pada hari itu.', 'id')).toEqual([]);
    expect(names('Jalan Kolonel Sudarsa ditutup sejak pagi karena banjir.', 'id')).toEqual([]);
    expect(names('Ia mengajar di Fakultas Hukum Universitas Dr. Wiradipa sejak 1990.', 'id')).toEqual([]);
  });

  it('English: "Camp General <X>", "Hotel Lord <X>"', () => {
    expect(names('Camp General Ruiz was closed in 1990.', 'en')).toEqual([]);
    expect(names('The delegates stayed at the Hotel Lord Ashcombe near the harbour.', 'en')).toEqual([]);
  });

  it('the same title before a name elsewhere still makes a person', () => {
    expect(names('Raja Wirabumi membuka stadion itu pada 1970.', 'id')).toEqual(['Wirabumi']);
    expect(names('General Ruiz closed the camp in 1990.', 'en')).toEqual(['Ruiz']);
  });
});

describe('a number between capitalised words joins them', () => {
  it('Indonesian: "SMA Negeri 3 <Town>" is a school, not a person opening its clause', () => {
    expect(names('Pada tahun 2006, SMA Negeri 3 Wanareja pindah ke gedung baru.', 'id')).toEqual([]);
  });

  it('English: "Route 9 <Town>" is a road, not a person', () => {
    expect(names('In 2006, Route 9 Bellmont was closed for repairs.', 'en')).toEqual([]);
  });

  it('a year after a function word or a month does not: "Sejak 1792 <Name>", "Since 1792 <Name>"', () => {
    expect(names('Sejak 1792 Marunda memimpin serangan terhadap para pendatang.', 'id')).toEqual(['Marunda']);
    expect(names('Since 1792 Marunda has led raids on the settlers.', 'en')).toEqual(['Marunda']);
  });
});

describe("an award's name after a title is the role, not a name", () => {
  it('Indonesian: "Pemeran Pembantu Pria Terbaik", "Aktor Pendatang Baru"', () => {
    expect(names('Ia memenangkan Piala Citra untuk Pemeran Pembantu Pria Terbaik pada 1990.', 'id')).toEqual([]);
    expect(names('Ia dinobatkan sebagai Aktor Pendatang Baru terbaik tahun itu.', 'id')).toEqual([]);
  });

  it('English writes the title last ("Best Supporting Actor"): the name after it is still a person', () => {
    expect(names('She won Best Supporting Actress, and Actor Tom Walsh presented the award.', 'en')).toContain('Tom Walsh');
  });
});

describe('a common word or a relative opening the sentence is no part of the name', () => {
  it('Indonesian: "Kakek <Name>", "Suara <Name>", "Karier …", honorifics "Bung", "Mang"', () => {
    expect(names('Kakek Warsidi tinggal di lereng gunung bersama cucunya.', 'id')).toEqual(['Warsidi']);
    expect(names('Suara Marwoto sudah dikenal di album itu.', 'id')).toEqual(['Marwoto']);
    expect(names('Karier bermusiknya dimulai di sebuah kafe kecil.', 'id')).toEqual([]);
    expect(names('Para pendengar menyukai siaran pagi Bung Darmo.', 'id')).toEqual(['Darmo']);
    expect(names('Angklung itu dibuat oleh Mang Ujang di bengkelnya.', 'id')).toEqual(['Ujang']);
  });

  it('English: "Grandfather <Name> …"', () => {
    expect(names('Grandfather Wilbur Crane lives on the hill.', 'en')).toEqual(['Wilbur Crane']);
  });

  it('a conjunction opening the sentence still joins what follows it: "After <Place> was raided"', () => {
    expect(names('After Dunmere was raided by nearby clans, a new settlement was built.', 'en')).toEqual([]);
  });
});

describe('a name runs on over its particles, initials and suffix', () => {
  it('a capitalised particle inside a name: "Van", "De"', () => {
    expect(names('Gedung itu diresmikan oleh Gubernur Jenderal Hendrik Van Dalsem pada 1936.', 'id')).toEqual(['Hendrik Van Dalsem']);
    expect(names('The film starred Pieter Van Dalsem and Anna Reyes.', 'en')).toEqual(['Pieter Van Dalsem', 'Anna Reyes']);
  });

  it('an Arabic article written lower case: "Abd al-Karim Fahmi"', () => {
    expect(names('Pertemuan itu dihadiri Abd al-Karim Fahmi dan Yusuf Amin.', 'id')).toEqual(['Abd al-Karim Fahmi', 'Yusuf Amin']);
    expect(names('The council included Abd al-Karim Fahmi and Yusuf Amin.', 'en')).toEqual(['Abd al-Karim Fahmi', 'Yusuf Amin']);
  });

  it('initials before the name: "R. Martono Wiryo", "J. K. Hollis"; an initial inside still joins', () => {
    expect(names('Jabatan itu dipercayakan kepada Bapak R. Martono Wiryo.', 'id')).toEqual(['R. Martono Wiryo']);
    expect(names('Buku itu ditulis oleh J. K. Hollis pada 1997.', 'id')).toEqual(['J. K. Hollis']);
    expect(names('The book was written by J. K. Hollis in 1997.', 'en')).toEqual(['J. K. Hollis']);
    expect(names('John H. Smith said the plan was sound.', 'en')).toEqual(['John H. Smith']);
  });

  it('a suffix after a comma: "Arthur Benton, Jr."', () => {
    expect(names('Perusahaan itu didirikan oleh Arthur Benton, Jr. pada 1950.', 'id')).toEqual(['Arthur Benton, Jr.']);
    expect(names('The company was founded by Arthur Benton, Jr. in 1950.', 'en')).toEqual(['Arthur Benton, Jr.']);
  });
});

describe('examples of a kind of work or group are that kind, and so are the next members of their list', () => {
  it('Indonesian: "band lain seperti <A>, <B> dan <C>"; a songwriter\'s examples are people', () => {
    expect(names('Ia dipengaruhi band lain seperti Kabut Senja, Lintang Biru dan Hujan Pagi.', 'id')).toEqual([]);
    expect(names('Lagu itu ditulis oleh penulis lagu handal seperti Rudi Hartono dan Bayu Aji.', 'id')).toEqual(['Rudi Hartono', 'Bayu Aji']);
    expect(names('Pendiri grup ini adalah Rudi Hartono dan Bayu Aji.', 'id')).toEqual(['Rudi Hartono', 'Bayu Aji']);
  });

  it('English: "bands such as <A>, <B> and <C>"; a songwriter\'s examples are people', () => {
    expect(names('They were influenced by bands such as Grey Harbour, Velvet Mile and Cold Lantern.', 'en')).toEqual([]);
    expect(names('The song was written by songwriters such as Rudi Hartono and Bayu Aji.', 'en')).toEqual(['Rudi Hartono', 'Bayu Aji']);
  });

  it('a list of places after "di", "in" goes on over its commas', () => {
    expect(names('Bangunan serupa ada di Sleman, Wonosari, Wates dan Bantul.', 'id')).toEqual([]);
    expect(names('Similar buildings stand in Dunmore, Kilcash, Ballyhale and Thomastown.', 'en')).toEqual([]);
  });

  it('a comma that closes a place phrase opens a clause whose subject is a person', () => {
    expect(names('Pada masa kejayaannya di Asia, Rudi Hartono menjadi pemain andalan.', 'id')).toEqual(['Rudi Hartono']);
    expect(names("At the height of his career in Asia, Rudi Hartono became the team's captain.", 'en')).toEqual(['Rudi Hartono']);
  });
});
