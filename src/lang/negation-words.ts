// Words the support check reads a negation by (answer/negation.ts), one table per language: which
// words after a negation keep it from denying anything, which may stand between a negation and its
// verb, and which make a negated event one dated rather than denied. The negations themselves are
// the support tables' (support-id.ts, support-en.ts `negations`).

export interface NegationWords {
  /** Words after a negation that make it "not only" ("tidak hanya", "not just"): nothing is denied. */
  readonly notOnly: readonly string[];
  /** A negation and the word after it that together deny nothing ("belum lagi": not to mention; "tidak lain": none other than). */
  readonly notNegating: readonly string[];
  /** Words that may stand between a negation and its verb ("tidak pernah menulis", "never once wrote"). */
  readonly auxiliaries: readonly string[];
  /**
   * Words after a negated event that date it rather than deny it ("tidak dirilis hingga 2005" was
   * released in 2005; "did not open until 1990" opened in 1990).
   */
  readonly until: readonly string[];
}

const id: NegationWords = {
  notOnly: ['hanya', 'saja', 'cuma'],
  notNegating: ['belum lagi', 'tidak lain', 'tak lain', 'bukan lain'],
  auxiliaries: ['akan', 'pernah', 'bisa', 'dapat', 'sempat', 'mau', 'ingin', 'lagi', 'juga', 'pula'],
  until: ['hingga', 'sampai', 'sebelum'],
};

const en: NegationWords = {
  notOnly: ['only', 'just', 'merely'],
  notNegating: [],
  auxiliaries: ['once', 'ever', 'be', 'been', 'have'],
  until: ['until', 'till', 'before'],
};

export const allNegationWords: readonly NegationWords[] = [id, en];
