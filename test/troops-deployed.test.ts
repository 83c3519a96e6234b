// Troops and their deployment are told by several words in each language ("tentara", "pasukan",
// "militer"; "troops", "soldiers"; "dikerahkan", "ditempatkan"; "deployed", "stationed"): a where-question
// in one of them finds the passage written in another (support tables, `concepts`). Invented places.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

describe('troops deployed somewhere', () => {
  it('Indonesian: "Di mana tentara … dikerahkan?" of "pasukan … dikerahkan ke wilayah <X>"', () => {
    const library = libraryFromText(
      ['Ketegangan di perbatasan meningkat', 'Sekitar 2.000 pasukan Lorem telah dikerahkan ke wilayah Ipsum, dekat perbatasan, menurut laporan intelijen.'].join('\n\n'),
      'id',
      '2025-03-04',
    );
    const a = answer(library, { command: 'ask', query: 'Di mana tentara Lorem dikerahkan?', locale: 'id' });
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^Ipsum/);
  });

  it('English: "Where were the troops deployed?" of "soldiers were stationed in <X>"', () => {
    const library = libraryFromText(
      ['Tension rises on the border', 'About 2,000 Lorem soldiers were stationed in Ipsum, near the border, according to intelligence reports.'].join('\n\n'),
      'en',
      '2025-03-04',
    );
    const a = answer(library, { command: 'ask', query: 'Where were the Lorem troops deployed?', locale: 'en' });
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^Ipsum/);
  });
});
