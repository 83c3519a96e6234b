// Which date of a passage answers a when-question, as its shape says: a place and a date in brackets
// after a name tell a birth; "antara A dan B" bounds one time, so both years answer a question that
// is not about a start or an end; a date set aside by "kecuali" / "except" is no time of it.
// Passages and questions are written for these tests (invented people, places and events).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a place and a date in brackets after a name', () => {
  it('tell the birth, not the years of an office named after it (Indonesian)', () => {
    const text = 'Budi Lorem Santoso (Parangsari, 12 Maret 1961) adalah Bupati Parangsari periode 2016-2021. Ia pernah menjadi anggota DPRD Parangsari.';
    const a = ask(text, 'Kapan Budi Lorem Santoso lahir?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('12 Maret 1961');
  });

  it('tell the birth, not the years of an office named after it (English)', () => {
    const text = 'Jane Varden Holt (Kestrel Bay, 12 March 1961) is the mayor of Kestrel Bay for the term 2016-2021. She sat on the county council before.';
    const a = ask(text, 'When was Jane Varden Holt born?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('12 March 1961');
  });
});

describe('a time written between two years', () => {
  it('answers with both years (Indonesian)', () => {
    const text = 'Antara 1721 dan 1725 Agus Lorem membangun pabrik tenun pertama di Parangsari, di tepi Sungai Parang.';
    const a = ask(text, 'Kapan pabrik tenun pertama dibangun di Parangsari?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Antara 1721 dan 1725');
  });

  it('answers with both years (English)', () => {
    const text = 'Between 1721 and 1725 John Varden built the first weaving mill in Kestrel Bay, on the bank of the Kestrel River.';
    const a = ask(text, 'When was the first weaving mill in Kestrel Bay built?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Between 1721 and 1725');
  });

  it('answers a question about the end with the second year', () => {
    const text = 'Perang Parangsari adalah perang yang terjadi antara 1902 dan 1911 di lembah Sungai Parang.';
    const a = ask(text, 'Kapan Perang Parangsari berakhir?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1911');
  });
});

describe('years set aside', () => {
  it('are not the answer (Indonesian)', () => {
    const text =
      'Kesultanan Parangsari merupakan sebuah monarki di lembah Sungai Parang yang berdiri dari abad pertengahan sampai abad keduapuluh (1150–1921 terkecuali 1890–1895). Kesultanan Parangsari kemudian menjadi bagian dari Karesidenan Kedu.';
    const a = ask(text, 'Kapan Kesultanan Parangsari berdiri?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1150');
  });

  it('are not the answer (English)', () => {
    const text =
      'The Sultanate of Varden was a monarchy in the Kestrel valley that was founded in the middle ages and lasted until the twentieth century (1150–1921 except 1890–1895). The Sultanate of Varden later became part of the Kestrel province.';
    const a = ask(text, 'When was the Sultanate of Varden founded?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1150');
  });
});

describe('a span of years in running text', () => {
  it('is no birth or death, which only a bracket after a name says without the words (Indonesian)', () => {
    const text = 'Yosef Lorem adalah aktivis lingkungan asal Parangsari yang ditahan pada 2005–2010 karena memimpin protes di pabrik semen.';
    expect(ask(text, 'Kapan Yosef Lorem meninggal?', 'id').found).toBe(false);
    expect(ask(text, 'Kapan Yosef Lorem lahir?', 'id').found).toBe(false);
    // The span still dates what its sentence tells.
    expect(ask(text, 'Kapan Yosef Lorem ditahan?', 'id').value).toBe('2005–2010');
    // A bracket after the name tells the life.
    const life = 'Yosef Lorem (1931–2010) adalah aktivis lingkungan asal Parangsari. Ia memimpin protes di pabrik semen.';
    expect(ask(life, 'Kapan Yosef Lorem meninggal?', 'id').value).toBe('2010');
  });

  it('is no birth or death, which only a bracket after a name says without the words (English)', () => {
    const text = 'Campaigner Joseph Varden was held in custody from 2005 to 2010 for leading a protest at the Kestrel Bay cement works.';
    expect(ask(text, 'When did Joseph Varden die?', 'en').found).toBe(false);
    expect(ask(text, 'When was Joseph Varden born?', 'en').found).toBe(false);
    const life = 'Joseph Varden (1931–2010) was an environmental campaigner from Kestrel Bay. He led a protest at the cement works.';
    expect(ask(life, 'When did Joseph Varden die?', 'en').value).toBe('2010');
  });
});
