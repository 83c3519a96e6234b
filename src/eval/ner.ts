// Person names (NERGrit): each sentence read as an article of its own; the names of the people the
// bot finds against the gold person spans, strict match after normalisation, micro-averaged.
import type { EvalEngine } from './engine.js';
import { normalizeAnswer, prf } from './score.js';
import type { NerRow } from './sets.js';

export interface NameMatch {
  /** Found names that are gold names (normalised, each once). */
  readonly right: readonly string[];
  /** Found names that are not gold names: false positives. */
  readonly extra: readonly string[];
  /** Gold names not found: misses. */
  readonly missed: readonly string[];
}

/** Distinct normalised names, in order of first appearance; names that normalise to nothing are dropped. */
function distinct(names: readonly string[]): string[] {
  return [...new Set(names.map(normalizeAnswer).filter((n) => n !== ''))];
}

/** Strict span match within one sentence; a name repeated in the sentence counts once on either side. */
export function matchNames(found: readonly string[], gold: readonly string[]): NameMatch {
  const f = distinct(found);
  const g = distinct(gold);
  const goldSet = new Set(g);
  const foundSet = new Set(f);
  return {
    right: f.filter((n) => goldSet.has(n)),
    extra: f.filter((n) => !goldSet.has(n)),
    missed: g.filter((n) => !foundSet.has(n)),
  };
}

export interface NerResult {
  readonly id: string;
  readonly sentence: string;
  readonly gold: readonly string[];
  readonly found: readonly string[];
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Normalised names, for the miss listing. */
  readonly extra: readonly string[];
  readonly missed: readonly string[];
}

export function scoreSentence(row: NerRow, engine: EvalEngine): NerResult {
  const found = engine.people(row.sentence);
  const m = matchNames(found, row.persons);
  return {
    id: row.id,
    sentence: row.sentence,
    gold: row.persons,
    found,
    tp: m.right.length,
    fp: m.extra.length,
    fn: m.missed.length,
    extra: m.extra,
    missed: m.missed,
  };
}

export interface NerFigures {
  readonly sentences: number;
  /** Distinct gold names per sentence, summed. */
  readonly gold: number;
  /** Distinct found names per sentence, summed. */
  readonly found: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Percent; null where undefined (nothing found, nothing to find). */
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export function nerFigures(results: readonly NerResult[]): NerFigures {
  const tp = results.reduce((s, r) => s + r.tp, 0);
  const fp = results.reduce((s, r) => s + r.fp, 0);
  const fn = results.reduce((s, r) => s + r.fn, 0);
  return { sentences: results.length, gold: tp + fn, found: tp + fp, tp, fp, fn, ...prf(tp, fp, fn) };
}

export const isNerMiss = (r: NerResult): boolean => r.fp > 0 || r.fn > 0;
