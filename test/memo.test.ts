import { describe, expect, it } from 'vitest';
import { memoize } from '../src/memo.js';

describe('memoize', () => {
  it('computes once per key while the key is remembered', () => {
    let calls = 0;
    const double = memoize((n: number) => (calls++, n * 2), 2);
    expect([double(1), double(1), double(2), double(1)]).toEqual([2, 2, 4, 2]);
    expect(calls).toBe(2);
  });

  it('forgets the oldest key past its size, and computes it again', () => {
    const seen: string[] = [];
    const upper = memoize((s: string) => (seen.push(s), s.toUpperCase()), 2);
    upper('a');
    upper('b');
    upper('c'); // forgets "a"
    upper('b');
    upper('a');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
