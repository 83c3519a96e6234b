// A year written right after a name the question writes dates that name (answer/dated-names.ts):
// "mendapat Piala Lorem 2001" answers "Tahun berapa … mendapat Piala Lorem?" before another year of
// the sentence, unless the question writes a year itself (it says which one it asks about). Passages
// and questions are written for these tests (invented people, prizes and events).
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a year written right after an asked name', () => {
  it('dates that name (Indonesian)', () => {
    const text = 'Penelitiannya tentang kepiting bakau menjadi karya ilmiah terbaik tahun 1998 dan mendapat Penghargaan Lorem 1999.';
    expect(askValue(text, 'Tahun berapa penelitian Budi Wartono tentang kepiting bakau mendapat Penghargaan Lorem?', 'id')).toBe('1999');
  });

  it('dates that name (English)', () => {
    const text = 'Her study of mangrove crabs was named the best paper of 1998 and won the Lorem Prize 1999.';
    expect(askValue(text, 'In what year did her study of mangrove crabs win the Lorem Prize?', 'en')).toBe('1999');
  });

  it('not where the question writes a year of its own', () => {
    const text = 'Gerhana Lorem terjadi pada 12 Mei 1998, gerhana terdekat yang pernah diamati. Meski Gerhana Lorem 2005 tidak sebaik gerhana pada tahun 1998, gerhana tahun ini masih yang terbaik.';
    expect(askValue(text, 'Kapan terjadinya Gerhana Lorem tahun 1998?', 'id')).toBe('12 Mei 1998');
  });
});
