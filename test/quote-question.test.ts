// "Apa kata X?" / "Apa yang dikatakan X?" / "What did X say?" asks for X's words: where the article
// quotes X, answered as /quote X (X's quotes, word for word), not by a passage where another speaker
// talks to X ("…, kata Y kepada X"). Where X is not quoted, /ask answers from the passages as before.
// Invented people and places.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

describe('a what-question asking what someone said', () => {
  const indonesian = libraryFromText(
    [
      'Warga Tolak Relokasi Pasar',
      'LOREM — Pedagang Pasar Ipsum menolak rencana relokasi, Senin (3/3/2025).',
      '"Kami tidak pernah diajak bicara soal pemindahan ini," kata ketua paguyuban pedagang Joko Susanto kepada Bupati Rina Marlina.',
      'Rina mengatakan pemerintah akan "membuka dialog dengan semua pedagang" sebelum relokasi dimulai.',
    ].join('\n\n'),
    'id',
    '2025-03-04',
  );
  const english = libraryFromText(
    [
      'Traders reject market move',
      'Traders at Ipsum Market rejected the plan to move the market on Monday.',
      '"Nobody asked us about this move," market chairman Colin Marsh told council leader Janet Price.',
      'Price said the council would "talk to every trader" before the move.',
    ].join('\n\n'),
    'en',
    '2025-03-04',
  );

  it('Indonesian: "Apa kata Rina?" gives her quote, not the one told to her', () => {
    for (const query of ['Apa kata Rina?', 'Apa yang dikatakan Rina Marlina?']) {
      const a = answer(indonesian, { command: 'ask', query, locale: 'id' });
      expect(a.found).toBe(true);
      expect(a.answer).toMatch(/^Rina Marlina \(¶4\): “membuka dialog dengan semua pedagang”/);
      expect(a.answer).not.toContain('diajak bicara');
    }
  });

  it('English: "What did Price say?" gives her quote, word for word with its speaker, not the one told to her', () => {
    const a = answer(english, { command: 'ask', query: 'What did Price say?', locale: 'en' });
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^Janet Price \(¶4\): “talk to every trader”/);
    expect(a.answer).not.toContain('Nobody asked us');
  });
});
