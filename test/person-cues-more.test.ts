// More cues that a capitalised word is a person (issue 11, the NERGrit work): a one-word subject
// before an adverb or a verb that only a person's predicate opens with ("<Name> sebenarnya …",
// "<Name> hengkang …"), a subject after a short time phrase ("Semasa kecil <Name> …"), the members of
// a list after a word for people and a colon or an introducer ("anggota: <A>, <B>", "tiga orang yaitu
// <A>, <B> dan <C>"), and band members with what they play written without brackets ("<Name> pada
// vokal"); an instrument is never a name. Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang): string[] => extractPeople(parseArticle('cues', `${text}\n`, { language })).map((p) => p.name);

describe('a one-word subject before an adverb or a verb of a person', () => {
  it('Indonesian: "sebenarnya", "hengkang", "mundur", "sekali lagi", "tengah"', () => {
    expect(names('Wiradana sebenarnya menulis buku itu untuk anaknya.', 'id')).toEqual(['Wiradana']);
    expect(names('Dari Palembang, Sutarjo hengkang ke klub lain pada musim berikutnya.', 'id')).toEqual(['Sutarjo']);
    expect(names('Pada tanggal 3 Maret 2015, Halvorsen mundur dari jabatannya.', 'id')).toEqual(['Halvorsen']);
    expect(names('Pada Mei 2011 Kardinah sekali lagi dipromosikan.', 'id')).toEqual(['Kardinah']);
    expect(names('Saat ini Larasmita tengah menyiapkan album keduanya.', 'id')).toEqual(['Larasmita']);
  });

  it('a common word opening the sentence before such a word is no one', () => {
    expect(names('Sayang sekali acara itu batal karena hujan.', 'id')).toEqual([]);
  });
});

describe('a subject after a short phrase of time opening the sentence', () => {
  it('Indonesian: "Semasa kecil <Name> …", "Pada masanya <Name> …"', () => {
    expect(names('Semasa kecil Ardianto tinggal bersama neneknya di desa.', 'id')).toEqual(['Ardianto']);
    expect(names('Sejak kecil Wulandika telah belajar bermain gitar.', 'id')).toEqual(['Wulandika']);
    expect(names('Pada masanya Sastrowardi harus menghadapi banyak perkara.', 'id')).toEqual(['Sastrowardi']);
  });

  it('a place after "di" in that phrase is still a place', () => {
    expect(names('Sejak di Kalimanjar, ia telah belajar bermain gitar.', 'id')).toEqual([]);
  });
});

describe('the members of a list after a word for people', () => {
  it('Indonesian: "anggota: <A>, <B> …" and "tiga orang saja yaitu <A>, <B>, dan <C>"', () => {
    expect(names('Kelompok itu terdiri dari lima anggota: Rinjani, Kemala, Sekar, Anjani, dan Larasati.', 'id')).toEqual(['Rinjani', 'Kemala', 'Sekar', 'Anjani', 'Larasati']);
    expect(names('Kini personel band itu tinggal tiga orang saja yaitu Darto, Welas, dan Gading.', 'id')).toEqual(['Darto', 'Welas', 'Gading']);
  });

  it('English: "five members: <A>, <B> …"', () => {
    expect(names('The group had five members: Marlowe, Tansy, Keeler, Ashdown and Pell.', 'en')).toEqual(['Marlowe', 'Tansy', 'Keeler', 'Ashdown', 'Pell']);
  });

  it('places after a word for a kind of place and a colon stay places', () => {
    expect(names('Desa itu punya tiga dusun: Kalirejo, Sidomukti, dan Plosokerep.', 'id')).toEqual([]);
  });
});

describe('band members with what they play, without brackets', () => {
  it('Indonesian: "<Name> pada vokal, <Name> pada Bass": the members, never the instruments', () => {
    expect(names('Formasi mereka kini: Damar pada vokal, Sukma pada gitar, Jalu pada Bass, Tirta pada Drum.', 'id')).toEqual(['Damar', 'Sukma', 'Jalu', 'Tirta']);
  });

  it('English: "<Name> on vocals"', () => {
    expect(names('The line-up was Corrigan on vocals, Delacey on guitar and Brennock on drums.', 'en')).toEqual(['Corrigan', 'Delacey', 'Brennock']);
  });
});

describe('a common word the recogniser leaves out of a run opening the sentence joins nothing', () => {
  it('Indonesian: "Aslinya <Name> seorang …"', () => {
    expect(names('Aslinya Ratna Wulansari seorang penari sebelum menjadi penyanyi.', 'id')).toEqual(['Ratna Wulansari']);
  });
});

describe('titles of works are no bare names', () => {
  it('Indonesian: a function word, a predicate word or a word ending in a particle inside the run', () => {
    expect(names('Band itu merilis singel Jangan Pernah, Seputih Hatinya, dan Hanya Sekali.', 'id')).toEqual([]);
  });

  it('English: a word for a work inside the run ("Popular Songs")', () => {
    expect(names('The duo first sang on Popular Songs, a weekly show.', 'en')).toEqual([]);
  });

  it('two plain name words are still a bare name', () => {
    expect(names('Lagu itu dinyanyikan ulang oleh Dewi Kirana pada 2010.', 'id')).toEqual(['Dewi Kirana']);
  });
});

describe('a title inside the name of a place or a body, a few words after the word for it', () => {
  it('Indonesian: "Universitas Islam Negeri Sunan <Name>", "Pangkalan Udara Jenderal Besar <Name>"', () => {
    expect(names('Ia kuliah di Universitas Islam Negeri Sunan Ampelgading selama empat tahun.', 'id')).toEqual([]);
    expect(names('Puncak Datuk Panglima Rambusi adalah tebing yang curam.', 'id')).toEqual([]);
  });
});

describe('honorifics of teachers and clergy stand before the name, outside it', () => {
  it('Indonesian: "Syaikh <Name>", "Ustad <Name>", "Mgr. <Name>"', () => {
    expect(names('Ia berguru kepada Syaikh Mahmud Arrazi di Mekkah.', 'id')).toEqual(['Mahmud Arrazi']);
    expect(names('Ia belajar mengaji dari Ustad Hasan Basri sejak kecil.', 'id')).toEqual(['Hasan Basri']);
  });
});

describe('a name joined to a relative or a companion, and two names joined as the subject', () => {
  it('Indonesian: "<Name> dan istrinya", "<Name> dan saudaranya", "Setelah <A> dan <B> keluar …"', () => {
    expect(names('Di kota itu Hartawan dan istrinya membuka sebuah toko roti.', 'id')).toEqual(['Hartawan']);
    expect(names('Rumah itu dibangun untuk Sasmita dan saudaranya pada 1930.', 'id')).toEqual(['Sasmita']);
    expect(names('Setelah Wiratama dan Kusuma keluar dari band itu, mereka membentuk grup baru.', 'id')).toEqual(['Wiratama', 'Kusuma']);
  });
});

describe('a subject that only a place can be', () => {
  it('Indonesian: "<X> berbatasan dengan …", "<X> masih bagian dari …"', () => {
    expect(names('Sendangrejo berbatasan dengan dua kecamatan di sebelah timur.', 'id')).toEqual([]);
    expect(names('Pada tahun 1998, Karangtengah masih bagian dari kecamatan lain.', 'id')).toEqual([]);
  });

  it('a person doing something is still a person', () => {
    expect(names('Pada tahun 1998, Sumarsono masih bekerja di pabrik gula.', 'id')).toEqual(['Sumarsono']);
  });
});

describe('a title with a possessive suffix, and a word for a relative or a life event opening the sentence', () => {
  it('Indonesian: "drummernya <Name>", "karier <Name>", "Kehadiran <Name> …", "Pasangan <A> dan <B> …"', () => {
    expect(names('Band itu ditinggal oleh drummernya Sakti pada bulan Juni.', 'id')).toEqual(['Sakti']);
    expect(names('Film itu mengawali karier Wulan sebagai penyanyi.', 'id')).toEqual(['Wulan']);
    expect(names('Kehadiran Rimbaud di klub itu disambut meriah.', 'id')).toEqual(['Rimbaud']);
    expect(names('Pasangan Marsela dan Arumi pernah bertanding di Atlanta.', 'id')).toEqual(['Marsela', 'Arumi']);
  });

  it('a preposition opening the sentence marks no person: "Bersama <Club>, …"', () => {
    expect(names('Bersama Lorentina, ia menjuarai liga dua kali.', 'id')).toEqual([]);
  });
});
