// The verb a question asks about, written only in the sentence before the answer's, while the
// answer's sentence tells another event of its own (answer/own-event.ts): that verb is of another
// thing there. A sentence pointing back ("Pertempuran ini …", "Anggotanya …") goes on about it.
// Passages and questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe("a question's verb told only in the sentence before the answer's", () => {
  it('is of another thing where the answer sentence tells its own event (Indonesian)', () => {
    const text =
      'Kakak-kakak Budi Lorem meninggal ketika masih kecil. Saat Budi berusia lima tahun, keluarganya pindah ke Parangsari, Jawa Tengah. Di sana ia bersekolah di sebuah pesantren.';
    expect(ask(text, 'Di mana Budi Lorem meninggal?', 'id').found).toBe(false);
  });

  it('is said where the answer sentence points back to the one before (Indonesian)', () => {
    const text = 'Pertempuran Lorem Ipsum adalah pertempuran terakhir dalam Perang Parangsari yang dimulai oleh pasukan Lorem. Pertempuran ini terjadi antara Maret dan Mei 1954.';
    expect(ask(text, 'Kapan Pertempuran Lorem Ipsum dimulai?', 'id')).toMatchObject({ found: true, value: 'Mei 1954' });
  });

  it('is of another thing where the answer sentence tells its own event (English)', () => {
    const text = 'The two older brothers of Tom Lorem died as infants. When Tom was three, his father founded a mill at Parangsari on the river.';
    expect(ask(text, 'Where did Tom Lorem die?', 'en').found).toBe(false);
  });
});
