// A question word the passage writes as another form of it (answer/support.ts asks after the tables
// and the inflecting affixes have not found it): spelt another way ("berhianat" ~ "pengkhianatan",
// "sampo" ~ "shampoo"), derived by a suffix that makes a person, a doctrine or a land of it ("fisika"
// ~ "fisikawan", "Protestan" ~ "Protestanisme"), misspelt under a suffix ("isteri" ~ "istrinya"), or
// written as one word where the question writes two, or two where it writes one ("orangtua" ~
// "orang tua").
import { derivingSuffixes, landSuffixes, ordinalNumbers, soundSpellings } from '../lang/derivation.js';
import { isFalseFriend, wordKind } from '../query/concepts.js';
import { memoize } from '../memo.js';
import { lexicon } from '../text/lexicon.js';
import { formSimilarity } from '../text/similarity.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { sameOrTypo } from './written.js';

/** The word with each sound written one way, doubled letters single ("pengkhianatan" → "penghianatan", "shampoo" → "sampo"). */
export const spellingKey: (word: string) => string = memoize((word: string): string => {
  let key = word.replace(/[^\p{L}\p{N}]/gu, '');
  for (const [from, to] of soundSpellings) key = key.split(from).join(to);
  return key.replace(/(.)\1+/g, '$1');
}, 8192);

/** Inflecting endings a derived word may carry after its deriving suffix ("fisikawannya", "physicists"). */
const endings = ['', 'nya', 'an', 's'];

/** Is `longer` the `base` with a deriving suffix (and an ending)? The base keeps four letters at least; its last vowel may give way to the suffix's ("Buddha" → "Buddhism"). */
function derivedFrom(base: string, longer: string): boolean {
  if (base.length < 4) return false;
  const suffixed = (rest: string, vowel = false): boolean => derivingSuffixes.some((s) => (!vowel || /^[aeiou]/.test(s)) && endings.some((e) => rest === s + e));
  if (longer.startsWith(base)) return suffixed(longer.slice(base.length));
  const stem = base.slice(0, -1);
  return /[aeiou]$/.test(base) && stem.length >= 4 && longer.startsWith(stem) && suffixed(longer.slice(stem.length), true);
}

/** Is `longer` a name `base` made a land or its adjective ("Mongol" → "Mongolia", "Roma" → "Romawi")? The base keeps four letters. */
const landOf = (base: string, longer: string): boolean => base.length >= 4 && longer.startsWith(base) && landSuffixes.includes(longer.slice(base.length));

/**
 * Is a name word of the question written capitalised as the land or realm made of it, or as the name it
 * is made of ("Kekaisaran Mongol" of "Kekaisaran Mongolia", "Kerajaan Romawi" of "Roma")?
 */
export function landFormWritten(term: string, words: readonly Word[]): boolean {
  return words.some((w) => !w.mark && w.cap && landForms(term, w.norm));
}

/** Is one of two name words the land or realm made of the other ("mongol" and "mongolia", "roma" and "romawi")? */
export function landForms(a: string, b: string): boolean {
  const [x, y] = [spellingKey(a), spellingKey(b)];
  return landOf(x, y) || landOf(y, x);
}

/** Two words of one root: spelt apart, derived one from the other, or both from one base ("marxis" ~ "marxisme"). */
function sameRoot(term: string, word: string): boolean {
  const a = spellingKey(term);
  const b = spellingKey(word);
  if (a.length < 4 || b.length < 4) return false;
  if ((a !== term || b !== word) && (a === b || formSimilarity(a, b) > 0)) return true;
  if (derivedFrom(a, b) || derivedFrom(b, a)) return true;
  // Both derived from one base: "marxis" and "marxisme", "fisikawan" and "fisika".
  return derivingSuffixes.some((s) => a.endsWith(s) && a.length - s.length >= 4 && derivedFrom(a.slice(0, a.length - s.length), b));
}

/** A misspelt word under a suffix ("isteri" of "istrinya"): the typo rule on the word without it. */
const typoUnderSuffix = (term: string, word: string): boolean =>
  ['nya', 'an', 'kan', 'i'].some((s) => word.endsWith(s) && word.length - s.length >= 5 && sameOrTypo(term, word.slice(0, word.length - s.length)));

/** Words whose form is their meaning: an ordinal, a number, a function word; these are found only as written. */
const asWritten = (term: string): boolean => term.length < 4 || lexicon.stopWords.has(term) || wordKind(term) === 'order' || wordKind(term) === 'number';

/** Is this question word written in the window as another form of it? */
export function writtenOtherwise(term: string, window: readonly Word[]): boolean {
  if (asWritten(term)) return false;
  const plain = window.filter((w) => !w.mark);
  return plain.some((w, i) => {
    if (lexicon.stopWords.has(w.norm) || isFalseFriend(term, w.norm)) return false;
    if (sameRoot(term, w.norm) || typoUnderSuffix(term, w.norm)) return true;
    // Two words of the window written as the question's one ("orang tua" for "orangtua").
    const next = plain[i + 1];
    return next !== undefined && w.end <= next.start && term === w.norm + next.norm;
  });
}

/**
 * Question words written together as one word of the window ("orang tua" of "orangtuanya",
 * "sepak bola" of "sepakbola"): each pair of neighbours whose joining the window writes.
 */
export function joinedInWindow(terms: readonly string[], window: readonly Word[]): ReadonlySet<string> {
  const said = new Set<string>();
  for (let i = 0; i + 1 < terms.length; i++) {
    const joined = terms[i]! + terms[i + 1]!;
    if (joined.length < 6) continue;
    if (window.some((w) => !w.mark && (w.norm === joined || w.norm === `${joined}nya` || w.norm === `${joined}s`))) said.add(terms[i]!).add(terms[i + 1]!);
  }
  return said;
}

const romans: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

/** The number an ordinal ("ketiga", "third") or a Roman numeral of a name ("II", "IV", up to XXX) stands for. */
export function ordinalOrRoman(norm: string): number | undefined {
  const ordinal = ordinalNumbers[norm];
  if (ordinal !== undefined) return ordinal;
  if (!/^x{0,3}(ix|iv|v?i{0,3})$/.test(norm) || norm === '') return undefined;
  let total = 0;
  for (let i = 0; i < norm.length; i++) {
    const v = romans[norm[i]!]!;
    const next = romans[norm[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
