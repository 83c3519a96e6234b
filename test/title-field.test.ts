// A who-question that asks an office and its field ("Siapa kepala ekonomi?", "Who is the finance
// chief?") is answered only by the title and the field written together as one office; the field
// written elsewhere in the sentence ("Ketua Partai Lorem … rencana ekonomi") is another office.
// Texts are written for this test.
import { describe, expect, it } from 'vitest';
import { openAnswer } from './helpers/answer.js';

describe('an office asked with its field', () => {
  it('Indonesian: the field apart from the title is refused; written with it, answered', () => {
    const apart = 'Ketua Partai Lorem Budi Santoso menyerang rencana ekonomi pemerintah pada Senin.';
    expect(openAnswer(apart, 'Siapa kepala ekonomi?', 'who')).toBeUndefined();
    const together = `${apart} Kepala bidang ekonomi Kementerian Keuangan Andi Wijaya akan menjawab kritik itu.`;
    expect(openAnswer(together, 'Siapa kepala ekonomi?', 'who')).toBe('Andi Wijaya');
  });

  it('English: "Police chief … the finance cuts" names no finance chief', () => {
    const apart = 'Police chief Tom Webb warned on Monday that the finance cuts would close two stations.';
    expect(openAnswer(apart, 'Who is the finance chief?', 'who')).toBeUndefined();
    expect(openAnswer(`${apart} Finance chief Mary Stone agreed.`, 'Who is the finance chief?', 'who')).toBe('Mary Stone');
  });

  it('a part in a case takes its case anywhere in the sentence: "tersangka pelecehan" is no office with a field', () => {
    const text = 'Lorem Ipsum, pelaku pelecehan seksual di sebuah klinik di Bandung, ditetapkan sebagai tersangka pada Jumat.';
    expect(openAnswer(text, 'Siapa tersangka pelecehan?', 'who')).toBe('Lorem Ipsum');
    expect(openAnswer(text, 'Siapa tersangka kasus pelecehan?', 'who')).toBe('Lorem Ipsum');
    // The crime must still be written: another case is not this one.
    expect(openAnswer(text, 'Siapa tersangka korupsi?', 'who')).toBeUndefined();
  });

  it('an office asked without a field is answered as before', () => {
    expect(openAnswer('Party chairman Liam Fox attacked the economic plans on Monday.', 'Who is the party chairman?', 'who')).toBe('Liam Fox');
  });
});
