// A plain noun of the question ("teori gelombang", "the wave theory") that the answer's sentences
// leave out and the paragraph writes before them is the paragraph's topic (answer/topic-words.ts):
// the question is answered where no passage says every word. A word the paragraph writes nowhere
// still refuses it. Passages written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

describe('a noun of the question written earlier in the paragraph is its topic', () => {
  const id = 'Teori gelombang adalah salah satu gagasan penting dalam ilmu fisika modern. Banyak ilmuwan meragukannya pada awalnya. Gagasan itu ditemukan oleh Budi Santoso pada tahun 1921 di Bandung.';
  const en = 'The wave theory is one of the key ideas of modern physics. Many scientists doubted it at first. The idea was discovered by Lorem Ipsum in 1921 in Leeds.';

  it('Indonesian: answered when the paragraph names the theory two sentences earlier', () => {
    expect(ask(id, 'Kapan teori gelombang ditemukan?', 'when')).toBe('1921');
    expect(ask(id, 'Siapa yang menemukan teori gelombang?', 'who')).toBe('Budi Santoso');
  });

  it('English: answered when the paragraph names the theory two sentences earlier', () => {
    expect(ask(en, 'When was the wave theory discovered?', 'when')).toBe('1921');
    expect(ask(en, 'Who discovered the wave theory?', 'who')).toBe('Lorem Ipsum');
  });

  it('a noun the paragraph writes nowhere still refuses (both languages)', () => {
    expect(ask(id, 'Kapan teori partikel ditemukan?', 'when')).toBeUndefined();
    expect(ask(en, 'When was the particle theory discovered?', 'when')).toBeUndefined();
  });
});
