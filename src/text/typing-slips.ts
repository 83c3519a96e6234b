// Is a typed name word the passage's name mistyped, or another name? A slip of the fingers is a key
// next to the right one ("Jeoang" for "Jepang"), two letters swapped, a letter doubled or dropped
// from a double, or a key struck beside its neighbour; an "h" after a consonant or at the end is a
// spelling of the same name ("Josep" ~ "Joseph"). Another vowel ("Lorensa" of "Lorenso"), another
// consonant ("Fendasa" of "Fendara") or a letter cut from the end ("Brentan" of "Brentana") makes
// another name; only in a long word ("Intercolleiate") is any one letter a typo.
import { memoize2 } from '../memo.js';

/** The letter rows of a keyboard, each shifted half a key right of the one above. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const at = new Map<string, { row: number; col: number }>();
ROWS.forEach((keys, row) => [...keys].forEach((key, col) => at.set(key, { row, col })));

/** Do two keys touch: side by side in a row, or above and below (the lower row sits half a key right)? */
function touching(a: string, b: string): boolean {
  const p = at.get(a);
  const q = at.get(b);
  if (p === undefined || q === undefined) return false;
  if (p.row === q.row) return Math.abs(p.col - q.col) === 1;
  if (Math.abs(p.row - q.row) !== 1) return false;
  const [upper, lower] = p.row < q.row ? [p, q] : [q, p];
  return lower.col === upper.col || lower.col === upper.col - 1;
}

const vowels = new Set([...'aeiouy']);

/** A letter that `word` has at `i` and the other form has not, struck by a slip or a spelling: a double, a neighbour's neighbour key, or an "h" after a consonant or at the end. */
function extraLetter(word: string, i: number): boolean {
  const c = word[i]!;
  const before = word[i - 1];
  const after = word[i + 1];
  if (c === before || c === after) return true;
  if (c === 'h' && (after === undefined || (before !== undefined && !vowels.has(before)))) return true;
  return (before !== undefined && touching(c, before)) || (after !== undefined && touching(c, after));
}

/** Are the two forms at most `slips` slips apart (and not the same), `free` of them any one letter changed, added or dropped? */
function apart(a: string, b: string, slips: number, free: number): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (slips === 0) return false;
  const rest = (x: number, y: number, any = false): boolean => apart(a.slice(x), b.slice(y), slips - 1, any ? free - 1 : free);
  const any = free > 0;
  if (i < a.length && i < b.length && (any || touching(a[i]!, b[i]!)) && rest(i + 1, i + 1, !touching(a[i]!, b[i]!))) return true;
  if (i + 1 < a.length && i + 1 < b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2)) return true;
  if (i < a.length && (any || extraLetter(a, i)) && rest(i + 1, i, !extraLetter(a, i))) return true;
  return i < b.length && (any || extraLetter(b, i)) && rest(i, i + 1, !extraLetter(b, i));
}

/** Letters from which a word is long enough that one letter changed, added or dropped is a typo, whatever it is ("Intercolleiate"). */
const LONG = 10;

/**
 * Is `typed` the name word `written` with one slip of typing (two in a word of nine letters or more,
 * one of them any letter in a word of ten or more)? Both folded, lower case.
 */
export const typingSlip: (typed: string, written: string) => boolean = memoize2(
  (typed: string, written: string): boolean => typed !== written && apart(typed, written, typed.length >= 9 ? 2 : 1, typed.length >= LONG ? 1 : 0),
  16_384,
);
