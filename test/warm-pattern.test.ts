// warmPatterns runs each pattern once on '' so V8 compiles it before the first paragraph: it must
// leave every pattern as it found it (a global pattern's lastIndex at 0) and find what it found before.
import { describe, expect, it } from 'vitest';
import { warmPatterns } from '../src/text/warm-pattern.js';

describe('warmPatterns', () => {
  it('reaches patterns in arrays and plain objects and leaves them ready to match from the start', () => {
    const cues = { said: /\bsaid\b/g, after: { told: /\btold\b/gy }, subjects: [/^(\p{Lu}\p{Ll}+)/u], words: new Set(['a']), n: 3 };
    cues.said.lastIndex = 5;
    expect(warmPatterns(cues)).toBe(cues);
    expect(cues.said.lastIndex).toBe(0);
    expect(cues.after.told.lastIndex).toBe(0);
    expect('she said so'.match(cues.said)).toEqual(['said']);
    expect(cues.after.told.exec('told them')?.[0]).toBe('told');
    expect(cues.subjects[0]!.exec('Budi berkata')?.[1]).toBe('Budi');
    expect([...cues.words]).toEqual(['a']);
  });
});
