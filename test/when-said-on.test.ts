// /when of an event told in reported speech: the day something was said ("said on Thursday", "kata
// dia, Senin") is when it was said, not when the event is; another date of the sentence tells the
// event's. Asked when it was said, the day of the saying answers. Texts are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

describe('a date of the saying is no date of the event', () => {
  it('English: "said on Thursday the budget would be balanced by 2026" → 2026', () => {
    const library = libraryFromText('DOLOR (Reuters) - Finance minister Ann Price said on Thursday the budget would be balanced by 2026.\n\nThe opposition called the plan a fantasy.', 'en', '2024-05-02');
    expect(answer(library, { command: 'when', query: 'budget balanced' }).value).toBe('2026');
  });

  it('Indonesian: "mengatakan pada Senin bahwa jembatan itu selesai dibangun pada Desember 2025" → Desember 2025', () => {
    const library = libraryFromText('BOGOR, KOMPAS — Bupati Lorem Rudi Hartawan mengatakan pada Senin bahwa jembatan itu selesai dibangun pada Desember 2025.\n\nWarga menyambut kabar itu.', 'id', '2025-03-04');
    expect(answer(library, { command: 'when', query: 'jembatan selesai dibangun', locale: 'id' }).value).toBe('Desember 2025');
  });

  it('asked when it was said, the day of the saying answers', () => {
    const library = libraryFromText('BOGOR, KOMPAS — Bupati Lorem Rudi Hartawan mengatakan pada Senin bahwa jembatan itu selesai dibangun pada Desember 2025.\n\nWarga menyambut kabar itu.', 'id', '2025-03-04');
    expect(answer(library, { command: 'when', query: 'Rudi Hartawan mengatakan', locale: 'id' }).value).toBe('Senin');
  });
});
