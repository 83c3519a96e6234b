// A date the passage gives of someone or something else than the question asks about does not
// answer it: the death of a king's father ("Setelah kematian ayahandanya pada tahun 1422, …") is no
// date of the king's death; a college that "berdiri tahun 1899" in a relative clause after its own
// name is no date of the university asked about; "Tahun berapa …?" is not answered by a day and a
// month alone; "Windows 2000" is not the year of "Windows XP". Passages and questions are written
// for these tests (invented kings, towns, colleges and products).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const ask = (text: string, query: string, locale: 'id' | 'en') =>
  answer(libraryFromText(text, locale, '2024-09-10'), { command: 'ask', query, locale });

describe('a relative’s birth or death is no date of the one asked about', () => {
  it('answers the end of the king’s own life span, not his father’s death (Indonesian)', () => {
    const text =
      'Raja Lorem Agung (1402–1471), nama pribadi Budi Ipsum, merupakan raja ketiga Kerajaan Dolor. Ia merupakan putra kedua pendiri kerajaan. Setelah kematian ayahandanya pada tahun 1422, kakanda sulung Budi Ipsum naik takhta sebagai raja.';
    expect(ask(text, 'Kapan Raja Budi Ipsum meninggal?', 'id').value).toBe('1471');
  });

  it('answers the end of the king’s own life span, not his father’s death (English)', () => {
    const text =
      'King Lorem the Great (1402–1471), personal name Budi Ipsum, was the third king of Dolor. He was the second son of the founder. After the death of his father in 1422, Budi Ipsum’s eldest brother took the throne as king.';
    expect(ask(text, 'When did King Budi Ipsum die?', 'en').value).toBe('1471');
  });
});

describe('a relative clause after another name tells of that name', () => {
  it('answers the university’s founding, not a college’s (Indonesian)', () => {
    const text =
      'Universitas Lembah adalah universitas negeri di Kota Lembah. Universitas ini dibentuk pada tahun 1922 melalui undang-undang dewan kota. Pada waktu itu hanya ada tiga kolese di Lembah: Kolese Santo Lorem yang berdiri tahun 1881, Kolese Ipsum yang berdiri tahun 1899, dan Kolese Dolor yang berdiri tahun 1917. Ketiga kolese ini kemudian bergabung dengan Universitas Lembah.';
    expect(ask(text, 'Kapan Universitas Lembah berdiri?', 'id').value).toBe('1922');
  });
});

describe('a year asked is not answered by a day and a month', () => {
  it('gives no "13 Juli" for "Tahun berapa …?" (Indonesian)', () => {
    const text = 'Para pelawak muda itu memberanikan diri menggelar pertunjukan pertama mereka. Pertunjukan tersebut dilaksanakan tanggal 13 Juli di Kafe Lorem, Kota Lembah.';
    expect(ask(text, 'Tahun berapa pertunjukan pertama para pelawak muda itu dilaksanakan?', 'id').value ?? '').not.toContain('Juli');
  });

  it('gives no "July 13" for "In what year …?" (English)', () => {
    const text = 'The young comedians dared to stage their first show. The show was held on July 13 at Lorem Cafe in Valetown.';
    expect(ask(text, 'In what year was the young comedians’ first show held?', 'en').value ?? '').not.toContain('July');
  });
});

describe('a year after an asked name that the question goes on otherwise is another edition', () => {
  it('answers the release of Lorem OS XP, not the year of Lorem OS 2000 (Indonesian)', () => {
    const text =
      'Lorem OS XP merupakan penerus Lorem OS 2000 dan merupakan versi pertama yang dibangun untuk konsumen. Lorem OS XP pertama kali dirilis pada 25 Oktober 2001.';
    expect(ask(text, 'Kapan Lorem OS XP pertama kali diciptakan?', 'id').value).toBe('25 Oktober 2001');
  });
});
