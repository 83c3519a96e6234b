// A word news writes for another: "dihelat" for "digelar" (held). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

describe('news synonyms', () => {
  it('"Kapan LIS digelar?" of "acara ini akan dihelat pada 28-29 Oktober 2017"', () => {
    const text = [
      'Lorem Ipsum Summit (LIS) merupakan sebuah konferensi yang akan membahas teknik pemasaran yang tengah menjadi tren tahun ini. Menghadirkan lebih dari 25 pembicara, acara ini akan dihelat pada 28-29 Oktober 2017 mendatang di Denpasar.',
      'Menjadi sebuah keharusan bagi bisnis untuk mematangkan strategi pemasarannya. Tren baru pemasaran adalah lingkungan yang terukur.',
      'LIS sendiri akan memfokuskan materi pada teknik-teknik tersebut. Pemasaran yang efektif adalah sebuah keunggulan.',
      'Saat ini pendaftaran sudah dibuka. Informasi lebih lanjut bisa mengunjungi situs resmi LIS.',
    ].join('\n\n');
    const library = libraryOf(entriesOf([parseArticle('a', `${text}\n`, { language: 'id' })], understand));
    expect(answer(library, { command: 'ask', query: 'Kapan LIS digelar?', locale: 'id' })).toMatchObject({ found: true, value: '28-29 Oktober 2017' });
  });
});
