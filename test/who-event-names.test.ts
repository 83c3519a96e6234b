// A name written inside the name of an event — a war, a battle, a restoration, a disaster ("Perang
// Lumo-Sari", "Restorasi Lumo") — names the event, never a person: no who-answer is taken from it,
// and no person is read from it. Passages written for these tests (invented places and people).
import { describe, expect, it } from 'vitest';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';
import { askText, askValue } from './helpers/articles.js';

const peopleOf = (text: string): string[] => understand(parseArticle('t', `${text}\n`, { language: 'id', publishedAt: '2024-05-01' })).people.map((p) => p.name);

describe('an event’s name', () => {
  it('is no answer to who, nor is a name inside it (Indonesian)', () => {
    const text = 'Kerajaan Lumo runtuh setelah kalah dalam Perang Sari-Lumo. Kekuasaan keshogunan itu berakhir dengan Restorasi Lumo.';
    expect(askText(text, 'Siapa yang menguasai Kerajaan Lumo setelah runtuh?', 'id').found).toBe(false);
    expect(askValue(text, 'Siapa yang mengakhiri kekuasaan keshogunan itu?', 'id')).not.toBe('Restorasi Lumo');
  });

  it('leaves the person of the same passage the answer', () => {
    const text = 'Budi Santoso memimpin pasukan Lumo selama Perang Sari-Lumo. Setelah Intervensi Sari, Budi Santoso menjadi raja pertama Lumo.';
    expect(askValue(text, 'Siapa raja pertama Lumo?', 'id')).toBe('Budi Santoso');
  });

  it('is not read as a person', () => {
    const people = peopleOf('Ribuan warga mengungsi saat Bencana Lumo melanda. Pengepungan Sari berakhir dua bulan kemudian.');
    expect(people).not.toContain('Bencana Lumo');
    expect(people).not.toContain('Pengepungan Sari');
  });
});
