// The answer scoring of the labelled sets, SQuAD 2.0 style: both sides normalised the same
// way (NFKC, lower case, every character that is not a letter or digit a space; English articles
// are kept), exact match and token F1 the best over the gold answers, an unanswerable question
// scoring 1 only when the bot says the article does not say.

/** The answer's words: NFKC, lower case, anything but letters and digits splits words. */
export function answerTokens(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{Nd}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

/** The normalised answer as one string (its tokens joined by single spaces). */
export function normalizeAnswer(text: string): string {
  return answerTokens(text).join(' ');
}

/** 1 when both sides have the same tokens in the same order, else 0. */
export function exactMatch(prediction: string, gold: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}

/** Token F1: harmonic mean of the share of predicted tokens in the gold and of gold tokens predicted. */
export function tokenF1(prediction: string, gold: string): number {
  const p = answerTokens(prediction);
  const g = answerTokens(gold);
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

/**
 * One question's score. `given` is the reply's answer, undefined when the bot said the article
 * does not say (found: false). An answerable question takes the best over its golds and scores 0
 * unanswered; an unanswerable one (no golds) scores 1 only unanswered.
 */
export function scoreAnswer(given: string | undefined, golds: readonly string[], answerable: boolean): RowScore {
  if (!answerable) return given === undefined ? { em: 1, f1: 1 } : { em: 0, f1: 0 };
  if (given === undefined || golds.length === 0) return { em: 0, f1: 0 };
  return {
    em: Math.max(...golds.map((g) => exactMatch(given, g))),
    f1: Math.max(...golds.map((g) => tokenF1(given, g))),
  };
}

export interface ScoredQuestion extends RowScore {
  readonly answerable: boolean;
  /** The bot gave an answer (found: true). */
  readonly answered: boolean;
}

/** Figures over a group of questions; shares in percent (0–100), null where the group has no such row. */
export interface QaFigures {
  readonly n: number;
  readonly em: number | null;
  readonly f1: number | null;
  /** F1 over the answerable questions. */
  readonly hasAnsF1: number | null;
  readonly hasAns: number;
  /** Share of the unanswerable questions the bot refused. */
  readonly noAnsAccuracy: number | null;
  readonly noAns: number;
  /** Share of all questions the bot answered. */
  readonly answered: number | null;
  readonly answeredCount: number;
}

/** part of whole in percent; null when whole is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

export function qaFigures(rows: readonly ScoredQuestion[]): QaFigures {
  const sum = (list: readonly ScoredQuestion[], f: (r: ScoredQuestion) => number): number => list.reduce((s, r) => s + f(r), 0);
  const hasAns = rows.filter((r) => r.answerable);
  const noAns = rows.filter((r) => !r.answerable);
  const answeredCount = rows.filter((r) => r.answered).length;
  return {
    n: rows.length,
    em: percent(sum(rows, (r) => r.em), rows.length),
    f1: percent(sum(rows, (r) => r.f1), rows.length),
    hasAnsF1: percent(sum(hasAns, (r) => r.f1), hasAns.length),
    hasAns: hasAns.length,
    noAnsAccuracy: percent(noAns.filter((r) => !r.answered).length, noAns.length),
    noAns: noAns.length,
    answered: percent(answeredCount, rows.length),
    answeredCount,
  };
}

/** Precision, recall and F1 in percent from counts; null where undefined (nothing found, nothing to find). */
export function prf(tp: number, fp: number, fn: number): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = percent(tp, tp + fp);
  const recall = percent(tp, tp + fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
