// "Apa jabatan X?" / "X menjabat sebagai apa?" / "What is X's job?" asks for X's office: answered as
// /who X is (the person with the role the article gives them), not by a passage that happens to hold
// the name. A what-question naming no one of the article keeps its passage answer or its refusal.
// Invented people and places.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

describe('a what-question asking someone\'s office', () => {
  const indonesian = libraryFromText(
    [
      'Polisi Tangkap Dua Pencuri',
      'LOREM — Polisi menangkap dua pencuri di Pasar Ipsum, Senin (3/3/2025). Kapolsek Ipsum Kompol Rudi Santoso mengatakan, kedua pelaku sudah lama diincar.',
      '”Kami akan menyelidiki jaringan mereka,” kata Rudi. Sidang pertama akan dimulai pada Juni.',
    ].join('\n\n'),
    'id',
    '2025-03-04',
  );
  const english = libraryFromText(
    [
      'Council approves new bridge',
      'The city council on Monday approved plans for a new bridge, council leader Alan Pryce said.',
      'Party co-chairman Miles Hart welcomed the plan. Hart told local radio: "It is a good day for the town."',
    ].join('\n\n'),
    'en',
    '2025-03-04',
  );

  it('Indonesian: "Apa jabatan Rudi Santoso?" and "Rudi menjabat sebagai apa?" give his role', () => {
    for (const query of ['Apa jabatan Rudi Santoso?', 'Rudi menjabat sebagai apa?', 'apa jabatan rudi']) {
      const a = answer(indonesian, { command: 'ask', query, locale: 'id' });
      expect(a.found).toBe(true);
      expect(a.value).toBe('Rudi Santoso');
      expect(a.answer).toContain('Kapolsek Ipsum');
    }
  });

  it('English: "What is Miles Hart\'s job?" and "What position does Pryce hold?" give the role', () => {
    const hart = answer(english, { command: 'ask', query: "What is Miles Hart's job?", locale: 'en' });
    expect(hart.value).toBe('Miles Hart');
    expect(hart.answer).toContain('co-chairman');
    const pryce = answer(english, { command: 'ask', query: 'What position does Pryce hold?', locale: 'en' });
    expect(pryce.answer).toContain('council leader');
  });

  it('a what-question whose other words name no one of the article is not read as asking an office', () => {
    const a = answer(indonesian, { command: 'ask', query: 'Apa pekerjaan yang dimulai Juni?', locale: 'id' });
    expect(a.value).not.toBe('Rudi Santoso');
    const b = answer(indonesian, { command: 'ask', query: 'Apa jabatan Joko Purnomo?', locale: 'id' });
    expect(b.found).toBe(false);
  });
});
