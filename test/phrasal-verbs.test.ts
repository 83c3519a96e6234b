// A phrasal verb asked in one language of an article in the other ("take off" of one writing "lepas
// landas", "lepas landas" of one writing "took off") is looked for by the translation of its words
// together, not word by word (neither "take" nor "off" has one). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { askText } from './helpers/articles.js';

const id = [
  'Pesawat Latih Hilang di Pegunungan',
  'Sebuah pesawat latih milik angkatan udara hilang saat terbang di atas pegunungan pada Rabu pagi.',
  'Pesawat itu lepas landas dari pangkalan udara di Loremia sekitar pukul 08.00 dan hilang kontak dua puluh menit kemudian.',
].join('\n\n');

const en = [
  'Training Plane Missing Over Mountains',
  'An air force training plane went missing while flying over the mountains on Wednesday morning.',
  'The plane took off from an air base in Loremia at about 8 a.m. and lost contact twenty minutes later.',
].join('\n\n');

describe('phrasal verbs across languages', () => {
  it('where the jet took off from, asked in English of an Indonesian article', () => {
    const reply = askText(id, 'Where did the jet take off from?', 'id');
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('Loremia');
  });
  it('how the plane took off, asked in English of an Indonesian article: the search finds the phrase', () => {
    const reply = askText(id, 'How did the plane take off?', 'id');
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('lepas landas');
  });
  it('bagaimana pesawat lepas landas, asked in Indonesian of an English article', () => {
    const reply = askText(en, 'Bagaimana pesawat itu lepas landas?', 'en');
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('took off');
  });
});
