// How well one query term matches one word of the text: exact, prefix, affixed, or a typo.
// Shared by search (relevance floor, highlights) and by the answerers that look names up.
import { allTables } from './lang/index.js';

const prefixes = new Set(allTables.flatMap((t) => t.prefixes));
const suffixes = new Set(allTables.flatMap((t) => t.suffixes));

/** Is `word` the term with a known prefix and/or suffix ("diserang", "bantuan", "militernya")? */
function isAffixed(term: string, word: string): boolean {
  const at = word.indexOf(term);
  if (at < 0) return false;
  const before = word.slice(0, at);
  const after = word.slice(at + term.length);
  return (before === '' || prefixes.has(before)) && (after === '' || suffixes.has(after));
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
  }
  return d[a.length]![b.length]!;
}

/** Typos allowed for a term of this length. */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** The term without one known prefix and/or suffix, where enough letters stay to mean something. */
function stemsOf(term: string): string[] {
  const stems: string[] = [];
  for (const suffix of ['', ...suffixes]) {
    if (!term.endsWith(suffix)) continue;
    const noSuffix = term.slice(0, term.length - suffix.length);
    for (const prefix of ['', ...prefixes]) {
      if (suffix === '' && prefix === '') continue;
      if (!noSuffix.startsWith(prefix)) continue;
      const stem = noSuffix.slice(prefix.length);
      // Four letters are a stem only behind a long prefix ("ber|temu"); "se|rang" is not "serang".
      if (stem.length >= 5 || (stem.length === 4 && prefix.length >= 3)) stems.push(stem);
    }
  }
  return stems;
}

/**
 * Similarity of a folded query term to a folded word, 0 (no match) to 1 (the same word).
 * Affixed forms count ("bantu" finds "bantuan", "serang" finds "diserang"), and so do typos.
 */
export function termSimilarity(term: string, word: string): number {
  if (term === word) return 1;
  if (term.length >= 4 && isAffixed(term, word)) return 0.9;
  // Both affixed: "serangan" and "diserang" share the stem "serang".
  for (const stem of stemsOf(term)) if (isAffixed(stem, word)) return 0.8;
  const allowed = allowedTypos(term.length);
  if (allowed === 0) return 0;
  const d = editDistance(term, word, allowed);
  return d <= allowed ? 1 - d / Math.max(term.length, word.length) : 0;
}
