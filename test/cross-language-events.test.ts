// A question about an event of the news asked in the other language than its article's: the
// everyday event words of lang/translations.ts (an earthquake, a summit, the killed and injured) find
// the passage, whatever route the question takes (/ask's open question and its date of the event,
// a count), and the answer is still checked against it. Articles are written for these tests.
import { describe, expect, it } from 'vitest';
import { conceptWordsOf } from '../src/query/concepts.js';
import { askText as ask } from './helpers/articles.js';

const indonesian =
  'Gempa guncang Padang\n\nGempa bermagnitudo 6,2 mengguncang Padang, Sumatera Barat, pada Sabtu, 9 Maret 2024. ' +
  'Warga berhamburan keluar rumah.\n\nSebanyak 12 orang tewas dan 40 orang terluka akibat gempa itu.\n\n' +
  'Para kepala daerah se-Sumatera menggelar KTT di Bukittinggi pada 20 Maret 2024 untuk membahas pemulihan.';
const english =
  'Strong quake hits Padang\n\nAn earthquake of magnitude 6.2 struck Padang, West Sumatra, on Saturday, 9 March 2024. ' +
  'Residents ran out of their houses.\n\nTwelve people were killed and 40 people were injured in the quake.\n\n' +
  'Regional leaders held a summit in Bukittinggi on 20 March 2024 to discuss the recovery.';

describe('event words asked in the other language of the article', () => {
  it('an English question finds the Indonesian event', () => {
    expect(ask(indonesian, 'When did the earthquake happen?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('9 Maret 2024') });
    expect(ask(indonesian, 'When was the summit?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('20 Maret 2024') });
    expect(ask(indonesian, 'How many people were killed?', 'id')).toMatchObject({ found: true, citations: [expect.objectContaining({ paragraph: 3 })] });
    // An event the article does not tell of is still refused.
    expect(ask(indonesian, 'When did the flood happen?', 'id')).toMatchObject({ found: false });
  });

  it('an Indonesian question finds the English event', () => {
    expect(ask(english, 'Kapan gempa terjadi?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('9 March 2024') });
    expect(ask(english, 'Kapan KTT berlangsung?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('20 March 2024') });
    expect(ask(english, 'Berapa orang tewas?', 'en')).toMatchObject({ found: true, citations: [expect.objectContaining({ paragraph: 3 })] });
    expect(ask(english, 'Kapan banjir terjadi?', 'en')).toMatchObject({ found: false });
  });

  it('harassment and abuse asked of an Indonesian article writing "pelecehan", and the reverse', () => {
    const id = 'Perawat ditahan\n\nLorem Ipsum, pelaku pelecehan seksual terhadap pasien di RS Dolor, Surabaya, ditetapkan sebagai tersangka pada Sabtu.';
    expect(ask(id, 'Where did the abuse happen?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Surabaya') });
    expect(ask(id, 'Who is the harassment suspect?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Lorem Ipsum') });
    const en = 'Nurse held\n\nTom Webb, a nurse accused of harassing patients at a clinic in Leeds, was arrested on Saturday.';
    expect(ask(en, 'Di mana pelecehan terjadi?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('Leeds') });
  });

  it('a light verb said with its word ("go missing" by "hilang"), proposals, tickets and visitors', () => {
    const id =
      'Jet tempur hilang\n\nSebuah jet tempur angkatan udara Loremia hilang saat latihan pada Senin, 29 Agustus 2016.\n\n' +
      'Kepala Dinas Pariwisata Lorem Ipsum mengusulkan karcis museum dijual secara daring.\n\nJumlah pengunjung museum setiap hari dibatasi 900 orang.';
    expect(ask(id, 'When did the jet go missing?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('29 Agustus 2016') });
    expect(ask(id, 'Who proposed online tickets?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Lorem Ipsum') });
    expect(ask(id, 'How many visitors does the museum get each day?', 'id')).toMatchObject({ found: true, citations: [expect.objectContaining({ paragraph: 4 })] });
    const en = 'Jet missing\n\nA fighter jet of the Loremian air force went missing during a training flight on Monday, 29 August 2016.';
    expect(ask(en, 'Kapan jet tempur hilang?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('29 August 2016') });
  });

  it('clashes asked of an Indonesian article writing "bentrokan"', () => {
    const id = 'Bentrokan di perbatasan\n\nBentrokan pecah di Kota Loremia pada Jumat, 15 September 2017.\n\nSedikitnya 30 pengungsi dibunuh dalam bentrokan itu.';
    expect(ask(id, 'Where did the clashes happen?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Loremia') });
  });

  it('looks for a verb of saying by no other word of its concept: another speaker\'s "mengatakan" is not what NATO said', () => {
    const text = 'Sekutu bahas perbatasan\n\nNATO menyebut pasukan tambahan telah tiba di perbatasan pada Senin.\n\nIa pun mengatakan hubungan kedua negara semakin erat.';
    expect(ask(text, 'What did NATO say?', 'id')).toMatchObject({ found: true, citations: [expect.objectContaining({ paragraph: 2 })] });
  });
});

describe('words of politics asked in the other language', () => {
  const putaran =
    'Pilkada putaran kedua digelar\n\nPilkada putaran kedua di Kota Lorem digelar pada Rabu, 19 April 2017.\n\n' +
    'Menteri Koordinator Bidang Perekonomian Ipsum Dolor tiba di Bogor pada Selasa.\n\nPerwakilan Dagang Sit Amet menyusul sehari kemudian.';
  const round =
    'Runoff held in Lorem\n\nThe second round of the election in Lorem City was held on Wednesday, 19 April 2017.\n\n' +
    'Coordinating Minister for the Economy Ipsum Dolor arrived in Bogor on Tuesday.\n\nTrade Representative Sit Amet followed a day later.';

  it('a round, a coordinating minister and a representative, both ways', () => {
    expect(ask(putaran, 'When is the second round of the election?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('19 April 2017') });
    expect(ask(putaran, 'Who is the coordinating minister for the economy?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Ipsum Dolor') });
    expect(ask(round, 'Kapan putaran kedua pemilihan digelar?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('19 April 2017') });
    expect(ask(round, 'Siapa perwakilan perdagangan?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('Sit Amet') });
  });
});

describe('a place asked by its name in the other language', () => {
  const sanksi =
    'Jepang jatuhkan sanksi baru\n\nJepang akan menjatuhkan sanksi baru terhadap dua perusahaan pelayaran, kata pejabat pemerintah di Tokyo, Jumat.\n\n' +
    'Polisi menutup jalan menuju pelabuhan selama dua jam pada Kamis malam.';
  const sanctions =
    'Japan imposes new sanctions\n\nJapan will impose new sanctions on two shipping firms, a government official said in Tokyo on Friday.\n\n' +
    'Police closed the road to the harbour for two hours on Thursday night.';

  it('is looked for by the name the article writes, not by a word its letters come near ("Japan" is not "jalan")', () => {
    for (const reply of [ask(sanksi, 'What sanctions will Japan impose?', 'id'), ask(sanctions, 'Sanksi apa yang akan dijatuhkan Jepang?', 'en')]) {
      expect(reply.found).toBe(true);
      // The headline or the lead, never the paragraph of the road.
      expect(reply.citations.map((c) => c.paragraph)).not.toContain(3);
      expect(reply.citations[0]!.paragraph).toBeLessThan(3);
    }
  });
});

describe('a row of the table holds one word of each language with its forms', () => {
  it('any form finds the forms of the other language, never a synonym of its own', () => {
    expect(conceptWordsOf('arrested')).toEqual(expect.arrayContaining(['menangkap', 'ditangkap', 'penangkapan', 'arrest']));
    expect(conceptWordsOf('dikunjungi')).toEqual(expect.arrayContaining(['visited', 'visit', 'kunjungan']));
    // "crash" and "accident" both translate "kecelakaan", and stay two words in English.
    expect(conceptWordsOf('crash')).toContain('kecelakaan');
    expect(conceptWordsOf('accident')).not.toContain('crash');
  });
});
