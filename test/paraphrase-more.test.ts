// More paraphrases a passage uses for what a question asks (the concepts and one-way supports of
// src/lang/support-*.ts, read by answer/support.ts), and a question asking for a month: each rule
// answers the paraphrased question and still refuses one the passage does not support. Passages
// and questions are written for these tests (invented people, bands and places).
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

describe('who led is told by whose command it was ("pimpinan X")', () => {
  const text = 'Operasi Kali Sempit pada tahun 1974 berada di bawah pimpinan Darto Wiryono, seorang mayor muda.';
  it('Indonesian: "mengetuai" is said by "pimpinan"', () => {
    expect(ask(text, 'Siapa yang mengetuai Operasi Kali Sempit?', 'who')).toBe('Darto Wiryono');
  });
  it('"pimpinan" says no other deed: who paid for it is not told', () => {
    expect(ask(text, 'Siapa yang mendanai Operasi Kali Sempit?', 'who')).toBeUndefined();
  });
});

describe('a reign begins where one takes the throne ("naik takhta")', () => {
  it('Indonesian: "diangkat menjadi raja" is said by "naik takhta"', () => {
    const text = 'Prabu Jayasena naik takhta Kerajaan Wanasari pada tahun 1412 menggantikan ayahnya.';
    expect(ask(text, 'Kapan Prabu Jayasena diangkat menjadi raja?', 'when')).toBe('1412');
  });
});

describe('who follows one is told where that one "digantikan oleh" another', () => {
  it('Indonesian: "penerus" is said by "digantikan"', () => {
    const text = 'Adipati Sumbaga yang wafat tahun 1702 digantikan oleh putranya, Raden Wirasena, sebagai adipati.';
    expect(ask(text, 'Siapakah penerus Adipati Sumbaga?', 'who')).toBe('Raden Wirasena');
  });
  it('"pengganti" says nothing of who came before', () => {
    const text = 'Adipati Sumbaga yang wafat tahun 1702 digantikan oleh putranya, Raden Wirasena, sebagai adipati.';
    expect(ask(text, 'Siapakah guru Adipati Sumbaga?', 'who')).toBeUndefined();
  });
});

describe('joining a body is becoming its member', () => {
  const text = 'Negara Kepulauan Sorana resmi menjadi anggota Liga Samudra pada tanggal 3 Mei 1961.';
  it('Indonesian: "bergabung" is said by "menjadi anggota"', () => {
    expect(ask(text, 'Kapan Sorana bergabung dengan Liga Samudra?', 'when')).toBe('3 Mei 1961');
  });
  it('leaving is not joining', () => {
    expect(ask(text, 'Kapan Sorana keluar dari Liga Samudra?', 'when')).toBeUndefined();
  });
});

describe('a thing appears when it is developed', () => {
  it('Indonesian: "muncul" is said by "dikembangkan"', () => {
    const text = 'Wayang kulit gaya Lereng adalah pertunjukan yang dikembangkan di Desa Lereng pada akhir abad ke-18.';
    expect(ask(text, 'Kapan wayang kulit gaya Lereng pertama kali muncul?', 'when')).toBe('akhir abad ke-18');
  });
  it('"dikembangkan" does not say it disappeared', () => {
    const text = 'Wayang kulit gaya Lereng adalah pertunjukan yang dikembangkan di Desa Lereng pada akhir abad ke-18.';
    expect(ask(text, 'Kapan wayang kulit gaya Lereng mulai punah?', 'when')).toBeUndefined();
  });
});

describe('where a building stands is where it was built', () => {
  it('Indonesian: "terletak" is said by "dibangun di"', () => {
    const text = 'Menara Pandang Lembayung adalah menara baja yang dibangun di Bukit Sarani pada tahun 1931.';
    expect(ask(text, 'Dimana Menara Pandang Lembayung terletak?', 'where')).toBe('Bukit Sarani');
  });
});

describe('a death told by a saying ("menutup mata")', () => {
  const text = 'Pejuang itu, Kasman Rejo, akhirnya menutup mata pada tanggal 9 Maret 1977 di rumah anaknya.';
  it('Indonesian: "meninggal" is said by "menutup mata"', () => {
    expect(ask(text, 'Kapan Kasman Rejo meninggal?', 'when')).toBe('9 Maret 1977');
  });
  it('Indonesian: "meninggal dunia" is said by "kepergiannya"', () => {
    const story = 'Nasihat Suryo Legowo (71) masih teringat ketika kabar kepergiannya datang, Kamis (14/3) pagi.';
    expect(ask(story, 'Kapankah Suryo Legowo meninggal dunia?', 'when')).toBe('14/3');
  });
  it('a birth is not said by it', () => {
    expect(ask(text, 'Kapan Kasman Rejo lahir?', 'when')).toBeUndefined();
  });
});

describe('the members of a band are told by who it is made of', () => {
  it('Indonesian: "personil" is said by "beranggotakan"', () => {
    const text = 'Grup musik Senja Ungu yang dibentuk di Malang beranggotakan Rama Aditya pada gitar dan vokal.';
    expect(ask(text, 'Siapa personil Senja Ungu?', 'who')).toBe('Rama Aditya');
  });
  it('Indonesian: "vokalis" is said by "vocal" written in English', () => {
    const text = 'Band Lintas Arah terdiri dari Yoga Pranata, vocal, dan Bima Sakti, drum.';
    expect(ask(text, 'Siapakah vokalis Lintas Arah?', 'who')).toBe('Yoga Pranata');
  });
});

describe('a question asking for a month is not answered by a year', () => {
  const text = 'Agama itu mulai menapakkan kakinya di Pulau Sagara pada abad ke-14, dibawa para pedagang.';
  it('Indonesian: "masuk" is said by "menapakkan kaki"', () => {
    expect(ask(text, 'Kapankah agama itu masuk ke Pulau Sagara?', 'when')).toBe('abad ke-14');
  });
  it('Indonesian: "bulan berapa" is not answered by a century', () => {
    expect(ask(text, 'Bulan berapa agama itu masuk ke Pulau Sagara?', 'when')).toBeUndefined();
  });
  it('a name with "Bulan" in it asks no month', () => {
    const story = 'Film Malam Bulan dirilis pada 12 Maret 1937 di Batavia.';
    expect(ask(story, 'Tahun berapa film Malam Bulan dirilis?', 'when')).toBe('1937');
  });
  it('English: "in what month" is not answered by a year', () => {
    const story = 'The ferry line to Port Alder first opened in 1952, after years of delay.';
    expect(ask(story, 'In what month did the ferry line to Port Alder open?', 'when')).toBeUndefined();
    expect(ask(story, 'In what year did the ferry line to Port Alder open?', 'when')).toBe('1952');
  });
});

describe('a short word with the possessive "-nya" is still the word', () => {
  it('Indonesian: "orang tuanya" writes "orang tua"', () => {
    const text = 'Penyanyi Rina Kirana lahir di Bogor pada 1971. Orang tuanya, Hasan Kirana dan Wulan Sari, adalah guru.';
    expect(ask(text, 'Siapakah orang tua Rina Kirana?', 'who')).toMatch(/Hasan Kirana/);
  });
  it('an ordinal opening a sentence names no one ("Kedua orang tuanya …")', () => {
    const text = 'Rino Kirana lahir di Bogor dan merupakan putera pertama pasangan Hasan Kirana dan Wulan Sari. Kedua orang tuanya berasal dari Garut.';
    expect(ask(text, 'Siapakah orang tua Wulan Sari?', 'who')).toBeUndefined();
  });
});

describe('a band\'s player is named by the instrument', () => {
  const text = 'Setelah gitaris mereka mundur, band Sore Hari kembali diperkuat pemain drum asal Malang, Tio Santoso.';
  it('Indonesian: "drummer" is said by "pemain drum"', () => {
    expect(ask(text, 'Siapakah drummer band Sore Hari?', 'who')).toBe('Tio Santoso');
  });
  it('another instrument is another player', () => {
    expect(ask(text, 'Siapakah bassis band Sore Hari?', 'who')).toBeUndefined();
  });
});

describe('a birthday is told where an age is reached', () => {
  const text = 'Kota Tanjung Sari yang menapak usia ke-120 tahun, Sabtu (12/4), menggelar pawai budaya.';
  it('Indonesian: "ulang tahun" is said by "menapak usia"', () => {
    expect(ask(text, 'Tanggal berapakah ulang tahun Kota Tanjung Sari?', 'when')).toBe('12/4');
  });
  it('an age reached tells no dissolution', () => {
    expect(ask(text, 'Kapan Kota Tanjung Sari dibubarkan?', 'when')).toBeUndefined();
  });
});
