// How well one query term matches one word of the text: exact, prefix, affixed, or a typo.
// Shared by search (relevance floor, highlights) and by the answerers that look names up.
import { allTables } from '../lang/index.js';
import { memoize, memoize2 } from '../memo.js';
import { lexicon } from './lexicon.js';

const prefixes = new Set(allTables.flatMap((t) => t.prefixes));
const suffixes = new Set(allTables.flatMap((t) => t.suffixes));
const alternations = allTables.flatMap((t) => t.prefixAlternations ?? []);

/** The roots a word with a nasal prefix stands for: "menyerang" → "serang", "pengiriman" → "kiriman". */
const rootsOf = memoize(function rootsOf(word: string): string[] {
  const roots: string[] = [];
  for (const [prefix, initial] of alternations) {
    if (word.length > prefix.length + 2 && word.startsWith(prefix) && /[aeiou]/.test(word[prefix.length]!)) roots.push(initial + word.slice(prefix.length));
  }
  return roots;
}, 8192);

/** Is `word` the term with a known prefix and/or suffix ("diserang", "bantuan", "militernya")? */
function isAffixed(term: string, word: string): boolean {
  const at = word.indexOf(term);
  if (at < 0) return false;
  const before = word.slice(0, at);
  const after = word.slice(at + term.length);
  return (before === '' || prefixes.has(before)) && (after === '' || suffixes.has(after));
}

// Three rolling rows, reused across calls: this runs for every candidate word of every query.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  // The same word is 0 apart; with no typo allowed, any other is past the cap.
  if (a === b) return 0;
  if (cap <= 0) return cap + 1;
  const cols = b.length + 1;
  if (cols > rowA.length) {
    rowA = new Int32Array(cols * 2);
    rowB = new Int32Array(cols * 2);
    rowC = new Int32Array(cols * 2);
  }
  // prev2 = row i-2, prev = row i-1, cur = row i.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length]!;
}

/** Typos allowed for a term of this length. */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** The term without one known prefix and/or suffix, where enough letters stay to mean something. */
const stemsOf = memoize(function stemsOf(term: string): string[] {
  const stems: string[] = [];
  for (const suffix of ['', ...suffixes]) {
    if (!term.endsWith(suffix)) continue;
    const noSuffix = term.slice(0, term.length - suffix.length);
    for (const prefix of ['', ...prefixes]) {
      if (suffix === '' && prefix === '') continue;
      if (!noSuffix.startsWith(prefix)) continue;
      const stem = noSuffix.slice(prefix.length);
      // Four letters are a stem only behind a long prefix ("ber|temu") or a passive verb's with no suffix ("di|buka",
      // "di|beli"); "se|rang" is not "serang".
      if (stem.length >= 5 || (stem.length === 4 && (prefix.length >= 3 || (lexicon.passivePrefixes.includes(prefix) && suffix === '')))) stems.push(stem);
    }
  }
  return stems;
}, 4096);

/**
 * Similarity of a folded query term to a folded word, 0 (no match) to 1 (the same word).
 * Affixed forms count ("bantu" finds "bantuan", "serang" finds "diserang"), and so do typos.
 */
export const termSimilarity: (term: string, word: string) => number = memoize2(typoSimilarity, 65_536);

/** termSimilarity, worked out now: for callers that remember the pairs themselves. */
export function typoSimilarity(term: string, word: string): number {
  const form = affixSimilarity(term, word);
  if (form > 0) return form;
  const allowed = allowedTypos(term.length);
  if (allowed === 0) return 0;
  const d = editDistance(term, word, allowed);
  return d <= allowed ? 1 - d / Math.max(term.length, word.length) : 0;
}

/**
 * termSimilarity without typos: the same word, or the same word with other affixes (1, 0.9, 0.8;
 * else 0). Both are remembered by pair: the answerers ask for the same pairs again and again, and
 * an answer costs a few lookups instead of a few affix tests.
 */
export const formSimilarity: (term: string, word: string) => number = memoize2(affixSimilarity, 65_536);

function affixSimilarity(term: string, word: string): number {
  if (term === word) return 1;
  if (term.length >= 4 && isAffixed(term, word)) return 0.9;
  // Both affixed: "serangan" and "diserang" share the stem "serang".
  for (const stem of stemsOf(term)) if (isAffixed(stem, word)) return 0.8;
  // A nasal prefix on either side: "menyerang" ~ "diserang", "kirim" ~ "pengiriman".
  for (const root of rootsOf(word)) if (term.length >= 4 && (isAffixed(term, root) || stemsOf(term).some((stem) => isAffixed(stem, root)))) return 0.8;
  for (const root of rootsOf(term)) if (root.length >= 4 && (isAffixed(root, word) || rootsOf(word).some((r) => isAffixed(root, r)))) return 0.8;
  return 0;
}
