// How the English NLP comparison (bench/english-nlp.ts) decides that a name or date one reader found
// is the one a gold answer or a hand label gives. The same rules score kutip and every library.

/** Words that may open an answer or a mention without changing what it names ("in 1636", "the Vistula"). */
const LEADING = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'during', 'since', 'from', 'of', 'to', 'until', 'around', 'about', 'after', 'before']);

/** SQuAD-style words: NFKC, lower case, possessive 's dropped, every other non-letter/digit a space. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

/** The words without the article or preposition they open with. */
export function core(text: string): string[] {
  const w = words(text);
  let i = 0;
  while (i < w.length - 1 && LEADING.has(w[i]!)) i++;
  return w.slice(i);
}

/** `inner` occurs as a contiguous run of words in `outer`. */
export function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, k) => outer[i + k] === w)) return true;
  }
  return false;
}

/** Exactly the same words, once a leading article or preposition is set aside. */
export function sameText(a: string, b: string): boolean {
  const x = core(a);
  const y = core(b);
  return x.length > 0 && x.length === y.length && x.every((w, i) => y[i] === w);
}

/**
 * One is a contiguous run of the other's words: a person named inside a longer gold answer
 * ("John Harvard" in "minister John Harvard"), a surname for a full name ("Blinken" and
 * "Antony Blinken"), a year inside a date.
 */
export function overlaps(a: string, b: string): boolean {
  const x = core(a);
  const y = core(b);
  return containsRun(x, y) || containsRun(y, x);
}

export interface Hits {
  /** Questions (or labels) scored. */
  n: number;
  /** The gold answer is exactly one of the candidates. */
  strict: number;
  /** A candidate and a gold answer overlap (one inside the other). */
  loose: number;
}

/** Whether any candidate matches any gold answer, strictly and loosely. */
export function candidateHit(candidates: readonly string[], golds: readonly string[]): { strict: boolean; loose: boolean } {
  const strict = candidates.some((c) => golds.some((g) => sameText(c, g)));
  const loose = strict || candidates.some((c) => golds.some((g) => overlaps(c, g)));
  return { strict, loose };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Found names of one paragraph against its labels: a label is recalled when a found name overlaps
 * it (same person or place, however much of the name is written); a found name that overlaps no
 * label is a false positive. Repeats of one name count once.
 */
export function countParagraph(found: readonly string[], labels: readonly string[], into: Counts): void {
  const distinct = [...new Map(found.map((f) => [core(f).join(' '), f])).entries()].filter(([k]) => k !== '').map(([, f]) => f);
  for (const label of labels) {
    if (distinct.some((f) => overlaps(f, label))) into.tp++;
    else into.fn++;
  }
  for (const f of distinct) if (!labels.some((l) => overlaps(f, l))) into.fp++;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
