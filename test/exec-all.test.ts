import { describe, expect, it } from 'vitest';
import { execAll } from '../src/text/find.js';
import { outletSpans, placeSpans } from '../src/text/known-names.js';

const same = (pattern: RegExp, text: string) => {
  const ours = execAll(pattern, text).map((m) => [m.index, m[0], { ...m.groups }]);
  const theirs = [...text.matchAll(pattern)].map((m) => [m.index, m[0], { ...m.groups }]);
  expect(ours).toEqual(theirs);
  expect(pattern.lastIndex).toBe(0);
};

describe('execAll: the matches matchAll gives, without copying the pattern', () => {
  it('finds every match, with groups, and leaves the pattern ready for the next text', () => {
    same(/(?<word>\p{Lu}\p{Ll}+)/gu, 'Rapat di Bandung dan Surabaya, kata Rina.');
    same(/(?<word>\p{Lu}\p{Ll}+)/gu, 'no capital here');
  });

  it('steps over empty matches by one character, or one code point with the u flag', () => {
    same(/x*/g, 'axbxx');
    same(/(?:)/gu, 'a😀b');
    same(/\b/gu, 'Kata 😀 dia');
  });

  it('is safe to call again while the results of a first call are read', () => {
    const p = /\d+/g;
    const outer = execAll(p, '1 22 333').map((m) => m[0] + ':' + execAll(p, m[0] + ' 9').length);
    expect(outer).toEqual(['1:2', '22:2', '333:2']);
  });
});

describe('known names are found as whole words only', () => {
  it('takes a place at the start, after a space or a mark, never inside a longer word', () => {
    const texts = ['Jakarta hujan.', 'di Jakarta.', '(Jakarta)', 'XJakarta hujan', '9Jakarta', 'Jakartaku', '“Jakarta”'];
    const found = texts.map((t) => placeSpans(t).map((s) => [s.start, s.text]));
    expect(found).toEqual([[[0, 'Jakarta']], [[3, 'Jakarta']], [[1, 'Jakarta']], [], [], [], [[1, 'Jakarta']]]);
  });

  it('goes on after a name rejected inside a word ("xBandung Bandung")', () => {
    expect(placeSpans('xBandung Bandung').map((s) => s.start)).toEqual([9]);
  });

  it('reads an outlet after a letter outside the BMP as inside a word', () => {
    const text = '𝐀Kompas dan Kompas';
    expect(outletSpans(text).map((s) => s.start)).toEqual([text.lastIndexOf('Kompas')]);
  });
});
