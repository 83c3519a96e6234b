// A who-answer says who the person is when the question does not: the capitalised title the passage
// writes right before the name comes with it ("Menteri Pertanian Ani Lorem"); a question that writes
// the title itself gets the name alone, and so does a description in lower case. Passages and
// questions are written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a title right before the name, the question not writing it (Indonesian)', () => {
  const text = 'Pameran benih padi unggul di Karawang dibuka oleh Menteri Pertanian Ani Kusumawati, Senin (3/9). Pameran itu diikuti 40 kelompok tani.';

  it('comes with the name', () => {
    expect(ask(text, 'Siapa yang membuka pameran benih padi unggul di Karawang?', 'id')).toMatchObject({ found: true, value: 'Menteri Pertanian Ani Kusumawati' });
  });

  it('stays out where the question writes the title', () => {
    expect(ask(text, 'Siapa Menteri Pertanian yang membuka pameran benih padi unggul?', 'id')).toMatchObject({ found: true, value: 'Ani Kusumawati' });
  });

  it('comes with the full name the answer is read from a surname of', () => {
    const later = 'Bendera diserahkan Presiden Federasi Catur Dunia Budi Hartawan kepada panitia. Sebelumnya Hartawan memukul gong penutupan turnamen.';
    expect(ask(later, 'Siapa yang memukul gong penutupan turnamen?', 'id')).toMatchObject({ found: true, value: 'Presiden Federasi Catur Dunia Budi Hartawan' });
  });

  it('stays out when written in lower case', () => {
    const lower = 'Lagu tema festival itu ditulis oleh penyanyi Citra Anggraini pada musim panas lalu.';
    expect(ask(lower, 'Siapa yang menulis lagu tema festival itu?', 'id')).toMatchObject({ found: true, value: 'Citra Anggraini' });
  });
});

describe('a title right before the name, the question not writing it (English)', () => {
  const text = 'The new seed bank in Kestrel Bay was opened by Agriculture Minister Jane Varden on Monday. Forty farming groups attended.';

  it('comes with the name', () => {
    expect(ask(text, 'Who opened the new seed bank in Kestrel Bay?', 'en')).toMatchObject({ found: true, value: 'Agriculture Minister Jane Varden' });
  });

  it('stays out where the question writes the title', () => {
    expect(ask(text, 'Who is the minister that opened the new seed bank in Kestrel Bay?', 'en')).toMatchObject({ found: true, value: 'Jane Varden' });
  });
});
