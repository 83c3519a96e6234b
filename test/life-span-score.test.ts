// A life span in brackets says the birth and the death itself ("Raja X (Kota A, 3 Maret 1120 – Kota B,
// 9 Mei 1180)"): a question about either is scored as if its word stood at the answer, so a passage that
// names the person in every sentence and never writes "lahir" still answers "Kapan X lahir?".
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

const id = [
  'Wirasena (bahasa Jawa Kuno: Sri Maharaja Wirasena Sang Dharmawangsa; juga ditulis Wirasina; Kutagiri, 3 Maret 1120 – Pamotan, 9 Mei 1180) adalah raja Kutagiri yang keempat.',
  'Wirasena memerintah selama dua puluh tahun dan memindahkan pusat pemerintahan ke Pamotan.',
  'Wirasena membangun candi dan waduk di sepanjang sungai.',
  'Pada masa Wirasena, perdagangan lada berkembang pesat.',
].join(' ');

const en = [
  'Aldric (Old Norse: Aldrik the Tall of the Western Fjords; also written Aldrek; Harnby, 3 March 1120 – Ostvik, 9 May 1180) was the fourth king of Harnby.',
  'Aldric ruled for twenty years and moved the court to Ostvik.',
  'Aldric built temples and dams along the river.',
  'Under Aldric, the pepper trade grew quickly.',
].join(' ');

describe('a life span answers a birth or a death asked', () => {
  it('Indonesian: the start for "lahir", the end for "meninggal"', () => {
    expect(askValue(id, 'Kapan Wirasena lahir?', 'id')).toBe('3 Maret 1120');
    expect(askValue(id, 'Kapan Wirasena meninggal?', 'id')).toBe('9 Mei 1180');
  });
  it('English: the start for "born", the end for "die"', () => {
    expect(askValue(en, 'When was Aldric born?', 'en')).toBe('3 March 1120');
    expect(askValue(en, 'When did Aldric die?', 'en')).toBe('9 May 1180');
  });
  it('a span beside another name answers no one else', () => {
    expect(askValue(id, 'Kapan Suradipa lahir?', 'id')).toBeUndefined();
  });
  it('nor one whose name the passage writes with another first name', () => {
    const other = 'Mahendra (dijuluki Si Kidal) Wirasena (skt. 1120 – 9 Mei 1180) adalah raja Kutagiri yang keempat. Wirasena memerintah dua puluh tahun. Wirasena membangun candi.';
    expect(askValue(other, 'Kapan Mahendra Wirasena lahir?', 'id')).toBe('1120');
    expect(askValue(other, 'Kapan Suradipa Wirasena lahir?', 'id')).toBeUndefined();
  });
});
