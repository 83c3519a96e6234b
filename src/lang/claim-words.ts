// Words /check reads claims and numbers by, one table per language (text/numbers.ts,
// query/claims.ts, answer/check.ts). The code that reads them names no word of its own.
import type { Language } from '../types.js';

export interface ClaimWords {
  /** Words after a number that multiply it ("ribu" × 1,000, "juta", "million"), lower case. */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Words for "per cent", after a number, lower case: the same unit as "%". */
  readonly percent: readonly string[];
  /** Words that deny the word after them ("tidak", "bukan", "not", "never"), lower case. */
  readonly negations: readonly string[];
  /** Words between a name and the role the sentence gives it ("adalah", "sebagai", "is", "as"), lower case. */
  readonly copulas: readonly string[];
  /** Words that end a role phrase after a copula ("dan", "yang", "and", "who"), lower case. */
  readonly clauseWords: readonly string[];
}

const id: ClaimWords = {
  multipliers: { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 },
  percent: ['persen', 'prosen'],
  negations: ['tidak', 'tak', 'bukan', 'belum', 'tanpa', 'jangan', 'nggak', 'gak', 'enggak'],
  copulas: ['adalah', 'merupakan', 'ialah', 'yakni', 'yaitu', 'sebagai', 'selaku', 'menjabat'],
  clauseWords: ['dan', 'yang', 'serta', 'atau', 'tetapi', 'namun'],
};

const en: ClaimWords = {
  multipliers: { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 },
  percent: ['percent', 'per cent', 'pct'],
  negations: ['not', 'no', 'never', 'without', 'neither', 'nor', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "can't", 'cannot'],
  copulas: ['is', 'was', 'as', 'serves as', 'served as'],
  clauseWords: ['and', 'who', 'which', 'or', 'but'],
};

export const claimWords: Readonly<Record<Language, ClaimWords>> = { id, en };
export const allClaimWords: readonly ClaimWords[] = [id, en];
