// Who holds a title the passage writes beside a pronoun ("… sebelum ia mengambil posisi sebagai
// sutradara Lorem Ipsum", "… before he took the post of director of Lorem Ipsum"): the person the
// pronoun stands for, named up to two sentences before with no other person between. A noun of a
// post between holder and title ("posisi", "post") says what someone is, as a copula does.
// Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

const ID = 'Budi Santoso adalah seorang sutradara asal Bandung yang dikenal lewat film drama. Karier awalnya dimulai di televisi pada tahun 2001. Ia sempat membuat beberapa iklan sebelum ia mengambil posisi sebagai sutradara Lorem Ipsum pada 2015.';
const EN = 'Budi Santoso is a director from Bandung known for his drama films. His career began in television in 2001. He made several adverts before he took the post of director of Lorem Ipsum in 2015.';

describe('a title held by the one a pronoun stands for', () => {
  it('answers who, in Indonesian, two sentences after the name', () => {
    expect(askValue(ID, 'Siapa sutradara Lorem Ipsum?', 'id')).toBe('Budi Santoso');
  });
  it('answers who, in English', () => {
    expect(askValue(EN, 'Who is the director of Lorem Ipsum?', 'en')).toBe('Budi Santoso');
  });
  it('answers who with a post noun between name and title', () => {
    expect(askValue('Budi Santoso mengambil posisi sebagai sutradara Lorem Ipsum pada 2015.', 'Siapa sutradara Lorem Ipsum?', 'id')).toBe('Budi Santoso');
  });
  it('takes no one when another person is named between', () => {
    const text = ID.replace('Karier awalnya dimulai di televisi pada tahun 2001.', 'Ia bertemu produser Andi Wijaya pada tahun 2001.');
    expect(askValue(text, 'Siapa sutradara Lorem Ipsum?', 'id')).not.toBe('Budi Santoso');
  });
});
