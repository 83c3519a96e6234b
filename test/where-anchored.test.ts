// A where-answer is the place the sentence gives for what the question asks: the one after the
// question's own verb and its locative ("… ditangkap … di kota Lorem"), and for "where is X" the place
// after "terletak di" / "berada di" / "located in", with the words before its name ("kaldera Gunung
// Lorem", "pesisir timur di bagian tengah Pulau Ipsum") — not another place the sentence names beside
// its subject ("danau besar di Norlandia yang berada di …"). Passages and questions are written for this
// test (invented places and people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const ask = (text: string, language: 'id' | 'en', query: string) =>
  answer(libraryFromText(text, language, '2024-08-12'), { command: 'ask', query, locale: language }).value;

describe('a where-answer is the place said of the question’s verb', () => {
  it('Indonesian: "… danau besar di Norlandia yang berada di kaldera Gunung Ipsum"', () => {
    const text = 'Danau Velmora adalah danau alami besar di Norlandia yang berada di kaldera Gunung Ipsum. Danau ini memiliki panjang 40 kilometer.';
    expect(ask(text, 'id', 'Di mana letak Danau Velmora?')).toBe('kaldera Gunung Ipsum');
  });

  it('Indonesian: "… provinsi Norlandia yang terletak di pesisir timur di bagian tengah Pulau Ipsum"', () => {
    const text = 'Lorem adalah sebuah provinsi Norlandia yang terletak di pesisir timur di bagian tengah Pulau Ipsum. Ibu kotanya adalah Kota Dolor.';
    expect(ask(text, 'id', 'Di mana letak provinsi Lorem?')).toBe('pesisir timur di bagian tengah Pulau Ipsum');
  });

  it('Indonesian: the place after the asked verb, not the one near the names ("ditangkap … di kota Lorem")', () => {
    const text =
      'Budi Santoso dan Andi Wijaya adalah dua pedagang asal Norlandia yang berdagang di Amerika, mereka ditangkap dan diadili di kota Velmora karena pencurian.';
    expect(ask(text, 'id', 'Di mana Budi Santoso dan Andi Wijaya ditangkap?')).toBe('kota Velmora');
  });

  it('English: "… a large lake in Norland that is located in the crater of Mount Ipsum"', () => {
    const text = 'Lake Velmora is a large lake in Norland that is located in the crater of Mount Ipsum. The lake is 40 kilometres long.';
    expect(ask(text, 'en', 'Where is Lake Velmora located?')).toBe('crater of Mount Ipsum');
  });
});

// Indonesian writes one location as a chain: a place, then the place holding it after "di" or after a
// comma and a kind of place ("Lorem di provinsi Ipsum", "Distrik Lorem, kota Ipsum, Provinsi Dolor").
// English answers keep the first place of "X in Y" (no table word joins them there).
describe('a where-answer is the whole chain of one location', () => {
  it('Indonesian: "lahir … di Velmora di provinsi Lorem Utara"', () => {
    const text = 'Budi Santoso lahir pada 30 Maret 1953 di Velmora di provinsi Lorem Utara yang mayoritas penduduknya petani.';
    expect(ask(text, 'id', 'Di mana Budi Santoso lahir?')).toBe('Velmora di provinsi Lorem Utara');
  });

  it('Indonesian: "terletak di Distrik Lorem, kota Ipsum, Provinsi Dolor, Norlandia"', () => {
    const text = 'Patung Singa Emas adalah patung batu raksasa yang terletak di Distrik Lorem, kota Ipsum, Provinsi Dolor, Norlandia.';
    expect(ask(text, 'id', 'Di mana letak Patung Singa Emas?')).toBe('Distrik Lorem, kota Ipsum, Provinsi Dolor, Norlandia');
  });
});

// "Di mana letak X?" is answered by a definition that calls X a kind of place ("X adalah sebuah negara
// … di Lorem"), below a located verb; a verb opening its sentence may be capitalised ("Letaknya di …");
// a relative clause is no part of the place's lead ("di tempat yang kini menjadi Lorem" is Lorem).
describe('where something is: a definition, a sentence opening with the verb, no clause in the lead', () => {
  it('Indonesian: "Velmora adalah sebuah negara yang terkurung daratan di tengah-tengah Eropa Ipsum"', () => {
    const text = 'Republik Velmora (bahasa Norlandia: Velmoraland) atau Velmora adalah sebuah negara yang terkurung daratan di tengah-tengah Eropa Ipsum.';
    expect(ask(text, 'id', 'Di mana letak Velmora?')).toBe('tengah-tengah Eropa Ipsum');
  });

  it('Indonesian: a definition calling it no place answers no "letak kota …" ("sebuah peradaban kuno di …")', () => {
    const text = 'Lumeria merupakan sebuah peradaban kuno di Ipsum selatan, pada masa kini di selatan Norlandia.';
    expect(answer(libraryFromText(text, 'id', '2024-08-12'), { command: 'ask', query: 'Di manakah letak kota Lumeria?', locale: 'id' }).found).toBe(false);
  });

  it('Indonesian: "Letaknya di ujung barat Samudra Lorem, dekat Benua Ipsum"', () => {
    const text = 'Velmora adalah negara kepulauan di utara. Letaknya di ujung barat Samudra Lorem, dekat Benua Ipsum.';
    expect(ask(text, 'id', 'Di mana letak Velmora?')).toBe('ujung barat Samudra Lorem');
  });

  it('Indonesian: "terletak di tempat yang kini menjadi Sart Baru di Provinsi Lorem"', () => {
    const text = 'Kota Dolor terletak di tempat yang kini menjadi Sart Baru di Provinsi Lorem. Kota ini penting.';
    expect(ask(text, 'id', 'Di mana letak kota Dolor?')).toBe('Sart Baru di Provinsi Lorem');
  });
});

// A located place may lie in two ("terletak di Asia Lorem dan Asia Ipsum"): both parts answer.
describe('a located place that lies in two', () => {
  it('Indonesian: "terletak di sebelah barat laut Benua Lorem dan sebelah utara Samudra Ipsum"', () => {
    const text = 'Velmora adalah sebuah negara pulau yang terletak di sebelah barat laut Benua Lorem dan sebelah utara Samudra Ipsum.';
    expect(ask(text, 'id', 'Di mana letak Velmora?')).toBe('sebelah barat laut Benua Lorem dan sebelah utara Samudra Ipsum');
  });

  it('English: "located in the north of Lorem Province and Ipsum County"', () => {
    const text = 'Velmora is a port city located in the north of Lorem Province and Ipsum County, far from the capital.';
    expect(ask(text, 'en', 'Where is Velmora located?')).toBe('north of Lorem Province and Ipsum County');
  });
});

describe('a place said of an act that may not have happened is not where it happened', () => {
  it('Indonesian: "berhak dimakamkan di …", "sempat ingin dimakamkan di …" do not answer where he was buried', () => {
    const entitled = 'Veteran Dimakamkan\n\nSebagai veteran, Hasan Basri berhak dimakamkan di Kompleks Pahlawan Dolor. Hasan Basri dimakamkan di pemakaman keluarga di Desa Velmora pada Kamis.';
    expect(ask(entitled, 'id', 'Di mana Hasan Basri dimakamkan?')).toMatch(/Desa Velmora$/);
    const wished = 'Veteran Dimakamkan\n\nHasan Basri sempat ingin dimakamkan di Kompleks Pahlawan Dolor. Ia dimakamkan di Desa Velmora pada Kamis.';
    expect(ask(wished, 'id', 'Di mana Hasan Basri dimakamkan?')).toBe('Desa Velmora');
  });

  it('English: "was entitled to be buried at …" does not answer where he was buried', () => {
    const text = 'Veteran laid to rest\n\nAs a veteran, Alan Pryce was entitled to be buried at Dolor National Cemetery. Pryce was buried in the family plot at Velmora on Thursday.';
    expect(ask(text, 'en', 'Where was Alan Pryce buried?')).toBe('Velmora');
  });
});
