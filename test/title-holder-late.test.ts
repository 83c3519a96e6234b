// "Siapa Presiden Lorem?" asks who holds the title now: where the passage marks one holder dead
// ("almarhum", "mendiang") and writes another with the same title, the other answers; a question that
// marks the dead itself, or a passage with no other holder, still has the one marked (answer/title-holder.ts).
// Passages and questions are written for these tests (invented people and offices).
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a holder of the asked title the passage marks dead', () => {
  const text =
    'Hadi (60) adalah adik almarhum pendiri dan Ketua Dewan Adat Lorem Budi Wartono. Awal tahun ini ia diberhentikan oleh Ketua Dewan Adat Lorem Agus Santoso.';

  it('gives way to the one holding it now', () => {
    expect(askValue(text, 'Siapakah Ketua Dewan Adat Lorem?', 'id')).toBe('Agus Santoso');
  });

  it('answers where no one else holds it', () => {
    const alone = 'Hadi (60) adalah adik almarhum pendiri dan Ketua Dewan Adat Lorem Budi Wartono.';
    expect(askValue(alone, 'Siapakah Ketua Dewan Adat Lorem?', 'id')).toBe('Budi Wartono');
  });
});
