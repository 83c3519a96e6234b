// A question's name whose short middle word the passage writes as another between the same two
// words ("Sinta Ali Lorem" of "Sinta Andi Lorem"): another person (answer/support-names.ts
// middleSwapped). A word of three letters the passage writes elsewhere may be an acronym it spells
// out in the slot, and is not. Passages and questions are written for these tests (invented people,
// places and courts).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a short middle name the passage writes otherwise', () => {
  it('names another person (Indonesian)', () => {
    const text = 'Sinta Andi Lorem (lahir di Parangsari, Sulawesi Selatan, 17 April 1952) adalah aktivis perempuan asal Sulawesi Selatan.';
    expect(ask(text, 'Di mana Sinta Ali Lorem lahir?', 'id').found).toBe(false);
    expect(ask(text, 'Di mana Sinta Andi Lorem lahir?', 'id')).toMatchObject({ found: true, value: 'Parangsari, Sulawesi Selatan' });
  });

  it('names another person (English)', () => {
    const text = 'John Roy Lorem (born 4 May 1931 in Parangsari) was a Welsh engineer who built bridges.';
    expect(ask(text, 'Where was John Ray Lorem born?', 'en').found).toBe(false);
    expect(ask(text, 'Where was John Roy Lorem born?', 'en')).toMatchObject({ found: true, value: 'Parangsari' });
  });

  it('is no other name where the passage writes the short word elsewhere, an acronym it spells out', () => {
    const text =
      'Pengadilan Hak Asasi Manusia Parangsari membebaskan Budi Santoso, terdakwa kasus pelanggaran HAM di Papua, dalam sidang pada Kamis (8/9) di Pengadilan Negeri Parangsari.';
    expect(ask(text, 'Kapan Pengadilan HAM Parangsari membebaskan Budi Santoso?', 'id')).toMatchObject({ found: true, value: '8/9' });
  });
});
