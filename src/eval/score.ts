// SQuAD's answer scoring: exact match and token F1 of a predicted span against gold spans, after
// the same normalisation (lower case, no punctuation, no English articles, single spaces).

const articles = new Set(['a', 'an', 'the']);

/** SQuAD v1.1 `normalize_answer`: lower case, drop punctuation and articles, collapse white space. */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .split(/\s+/)
    .filter((w) => w !== '' && !articles.has(w))
    .join(' ');
}

function tokens(text: string): string[] {
  const n = normalizeAnswer(text);
  return n === '' ? [] : n.split(' ');
}

/** 1 when the normalised prediction equals the normalised gold, else 0. */
export function exactMatch(prediction: string, gold: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}

/** Token F1: harmonic mean of the share of predicted tokens in the gold and of gold tokens predicted. */
export function tokenF1(prediction: string, gold: string): number {
  const p = tokens(prediction);
  const g = tokens(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common++;
      counts.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

export interface RowScore {
  readonly em: number;
  readonly f1: number;
}

/** The best score over every gold answer; no prediction (undefined) scores 0. */
export function scoreRow(prediction: string | undefined, golds: readonly string[]): RowScore {
  if (prediction === undefined || golds.length === 0) return { em: 0, f1: 0 };
  return {
    em: Math.max(...golds.map((g) => exactMatch(prediction, g))),
    f1: Math.max(...golds.map((g) => tokenF1(prediction, g))),
  };
}

export interface Summary {
  readonly n: number;
  /** Percentages, 0–100. */
  readonly em: number;
  readonly f1: number;
  /** Rows answered (found: true). */
  readonly answered: number;
}

export function summarize(rows: readonly (RowScore & { readonly answered: boolean })[]): Summary {
  const n = rows.length;
  const sum = (f: (r: RowScore) => number): number => rows.reduce((s, r) => s + f(r), 0);
  return {
    n,
    em: n === 0 ? 0 : (100 * sum((r) => r.em)) / n,
    f1: n === 0 ? 0 : (100 * sum((r) => r.f1)) / n,
    answered: rows.filter((r) => r.answered).length,
  };
}
