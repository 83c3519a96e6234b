// A question that swaps one word of an answerable one — a relative, a country, a side, a year — is
// refused where the passage writes another word of the same kind in that word's place, while the
// question as the passage tells it is answered. Passages and questions are written for these tests
// (invented people and places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

/** The question is refused: no answer is given, the passage's answer is not offered as one. */
const refused = (text: string, question: string, language: 'id' | 'en'): void => {
  const a = ask(text, question, language);
  expect(a.found).toBe(false);
  expect(a.value).toBeUndefined();
};

describe('another relative written where the question has one', () => {
  const id = 'Putra-putri Raja Wiratama antara lain Aruna, anak ketiga dari istri kedua, Putri Lorem Sekar, (4 Mei 1890 - 2 Juni 1950). Ia menikah dengan Putri Ipsum.';

  it('answers the relative the passage writes (Indonesian)', () => {
    const a = ask(id, 'Siapa istri kedua Raja Wiratama?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toContain('Lorem Sekar');
  });

  it('refuses another relative in its place (Indonesian)', () => {
    refused(id, 'Siapa ibu kedua Raja Wiratama?', 'id');
  });

  const en = 'The children of King Wiratama include Aruna, the third son of his second wife, Princess Lorem Sekar (1890-1950).';

  it('answers the relative the passage writes (English)', () => {
    const a = ask(en, 'Who was the second wife of King Wiratama?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toContain('Lorem Sekar');
  });

  it('refuses another relative in its place (English)', () => {
    refused(en, 'Who was the second mother of King Wiratama?', 'en');
  });
});

describe('another country written beside the question’s word', () => {
  const id = 'Pusat pemerintahan negara Mauritius terletak di Kota Lorem, di pesisir barat pulau itu. Pada 1968, Perdana Menteri India berkunjung ke sana.';

  it('answers the country the passage writes (Indonesian)', () => {
    const a = ask(id, 'Di manakah letak pusat pemerintahan negara Mauritius?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toContain('Lorem');
  });

  it('refuses a country the paragraph writes only for something else (Indonesian)', () => {
    refused(id, 'Di manakah letak pusat pemerintahan negara India?', 'id');
  });

  const en = 'The government of Mauritius is seated in Port Lorem, on the west coast of the island. In 1968 the Prime Minister of India visited the town.';

  it('answers the country the passage writes (English)', () => {
    const a = ask(en, 'Where is the government of Mauritius seated?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toContain('Lorem');
  });

  it('refuses a country the paragraph writes only for something else (English)', () => {
    refused(en, 'Where is the government of India seated?', 'en');
  });
});

describe('a side told by another word of its concept beside its opposite', () => {
  const id = 'Ravindra atau Lorem adalah seorang tokoh antagonis dalam hikayat Parangsari. Ia merupakan paman para pangeran dari pihak ibu. Ravindra terkenal sebagai tokoh licik yang selalu menghasut para pangeran.';

  it('answers the side the passage writes (Indonesian)', () => {
    const a = ask(id, 'Siapakah karakter antagonis hikayat Parangsari?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toContain('Ravindra');
  });

  it('refuses its opposite (Indonesian)', () => {
    refused(id, 'Siapakah karakter protagonis hikayat Parangsari?', 'id');
  });

  const en = 'Ravindra Lorem is the antagonist character in the Parangsari saga, a story written in 1820.';

  it('answers the side the passage writes (English)', () => {
    const a = ask(en, 'Who is the antagonist character in the Parangsari saga?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toContain('Ravindra');
  });

  it('refuses its opposite (English)', () => {
    refused(en, 'Who is the protagonist figure in the Parangsari saga?', 'en');
  });
});

describe('another year written where the question has one', () => {
  const id = 'Jembatan Lorem Raya diresmikan oleh Gubernur Budi Santoso pada tahun 1998.';

  it('answers the year the passage writes and refuses another (Indonesian)', () => {
    expect(ask(id, 'Siapa yang meresmikan Jembatan Lorem Raya pada tahun 1998?', 'id').value).toContain('Budi Santoso');
    refused(id, 'Siapa yang meresmikan Jembatan Lorem Raya pada tahun 2003?', 'id');
  });

  const en = 'The Lorem Raya Bridge was opened by Governor Budi Santoso in 1998.';

  it('answers the year the passage writes and refuses another (English)', () => {
    expect(ask(en, 'Who opened the Lorem Raya Bridge in 1998?', 'en').value).toContain('Budi Santoso');
    refused(en, 'Who opened the Lorem Raya Bridge in 2003?', 'en');
  });
});
