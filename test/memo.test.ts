import { describe, expect, it } from 'vitest';
import { memoize, memoize2 } from '../src/memo.js';

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

describe('memoize2', () => {
  it('computes once per pair of keys, telling pairs apart by both keys', () => {
    const seen: string[] = [];
    const join = memoize2((a: string, b: string) => (seen.push(`${a}+${b}`), `${a}${b}`.length), 8);
    expect([join('ab', 'c'), join('a', 'bc'), join('ab', 'c'), join('a', 'bc')]).toEqual([3, 3, 3, 3]);
    expect(seen).toEqual(['ab+c', 'a+bc']);
  });

  it('remembers a bounded number of pairs: past its size the oldest are computed again', () => {
    const seen: string[] = [];
    const pair = memoize2((a: string, b: number) => (seen.push(`${a}${b}`), b), 4);
    for (const b of [1, 2, 3, 4, 5]) pair('x', b); // two generations of two: 1 and 2 are forgotten
    seen.length = 0;
    for (const b of [5, 4, 3, 2, 1]) pair('x', b);
    expect(seen).toEqual(['x2', 'x1']);
  });
});

describe('memoize2 asked from within its own computation', () => {
  it('files each result under its own keys', () => {
    const f: (a: string, b: number) => string = memoize2((a: string, b: number): string => (b > 0 ? `${a}${b}/${f(`${a}'`, b - 1)}` : a), 64);
    expect(f('x', 2)).toBe("x2/x'1/x''");
    expect(f("x'", 1)).toBe("x'1/x''");
    expect(f('x', 2)).toBe("x2/x'1/x''");
  });
});
