// Quotes (PFSA-ID): each context read as an article of its own; a gold statement is found when one
// quote the bot extracts has token F1 ≥ 0.6 with it, and a found quote's speaker is right when it
// names the gold speaker or the speaker's fuller name (speakerAgrees).
import type { EvalEngine, FoundQuote } from './engine.js';
import { answerTokens, percent, tokenF1 } from './score.js';
import type { QuoteRow } from './sets.js';

/** Token F1 a quote needs with a gold statement to count as finding it. */
export const QUOTE_F1 = 0.6;

/** Does `part` occur in `text` as a run of whole words (after normalisation)? */
export function occursIn(part: string, text: string): boolean {
  const p = answerTokens(part);
  const t = answerTokens(text);
  if (p.length === 0) return false;
  for (let i = 0; i + p.length <= t.length; i++) {
    if (p.every((w, j) => t[i + j] === w)) return true;
  }
  return false;
}

const longWords = (text: string): Set<string> =>
  new Set(answerTokens(text).filter((w) => (w.match(/\p{L}/gu)?.length ?? 0) >= 3));

/** `part`'s words occur as a run of whole words in `words` (after normalisation). */
const runIn = (part: readonly string[], words: readonly string[]): boolean =>
  part.length > 0 && words.some((_, i) => i + part.length <= words.length && part.every((w, j) => words[i + j] === w));

/**
 * The extracted speaker names one of the gold speakers: it shares a word of three or more letters
 * with one; or one of the two is written inside the other, whole words of two letters or more in
 * all ("Uu", "Mu’ti", "JK": the same name, which the three-letter rule could never match); or the
 * context writes the gold speaker, a role alone, right before the extracted name ("Presiden" and
 * "Presiden Lorem" → Lorem): a reader takes both for the same person.
 */
export function speakerAgrees(extracted: string | undefined, golds: readonly (string | undefined)[], context?: string): boolean {
  if (extracted === undefined) return false;
  const words = longWords(extracted);
  const given = answerTokens(extracted);
  const letters = (ws: readonly string[]): number => ws.join('').match(/\p{L}/gu)?.length ?? 0;
  const contextWords = context === undefined ? [] : answerTokens(context);
  return golds.some((g) => {
    if (g === undefined) return false;
    if ([...longWords(g)].some((w) => words.has(w))) return true;
    const gold = answerTokens(g);
    const inside = runIn(gold, given) ? gold : runIn(given, gold) ? given : undefined;
    if (inside !== undefined && letters(inside) >= 2) return true;
    return gold.length > 0 && given.length > 0 && runIn([...gold, ...given], contextWords);
  });
}

export interface QuoteResult {
  readonly id: string;
  readonly statement: string;
  /** A quote with token F1 ≥ 0.6 was extracted. */
  readonly found: boolean;
  /** The best token F1 of any extracted quote (0 when none). */
  readonly f1: number;
  /** The extracted quote with that F1, and its speaker. */
  readonly quote?: string;
  readonly givenSpeaker?: string;
  readonly goldSpeaker?: string;
  readonly speakerFullGuess?: string;
  /** Found, and the gold speaker is named in the context: the speaker is judged. */
  readonly speakerJudged: boolean;
  readonly speakerRight: boolean;
}

/** Score one gold statement against the quotes extracted from its context. */
export function matchQuote(row: QuoteRow, quotes: readonly FoundQuote[]): QuoteResult {
  let best: FoundQuote | undefined;
  let f1 = 0;
  for (const q of quotes) {
    const s = tokenF1(q.text, row.statement);
    if (s > f1) [best, f1] = [q, s];
  }
  const found = f1 >= QUOTE_F1 - 1e-9; // 0.6 exactly, whatever the floating-point rounding of 2PR/(P+R)
  const speakerJudged = found && row.speaker !== undefined && occursIn(row.speaker, row.context);
  return {
    id: row.id,
    statement: row.statement,
    found,
    f1,
    ...(best !== undefined && { quote: best.text }),
    ...(best?.speaker !== undefined && { givenSpeaker: best.speaker }),
    ...(row.speaker !== undefined && { goldSpeaker: row.speaker }),
    ...(row.speakerFullGuess !== undefined && { speakerFullGuess: row.speakerFullGuess }),
    speakerJudged,
    speakerRight: speakerJudged && speakerAgrees(best?.speaker, [row.speaker, row.speakerFullGuess], row.context),
  };
}

export function scoreStatement(row: QuoteRow, engine: EvalEngine): QuoteResult {
  return matchQuote(row, engine.quotes(row.context));
}

export interface QuoteFigures {
  readonly n: number;
  readonly found: number;
  /** Percent of statements found; null when there are none. */
  readonly recall: number | null;
  readonly speakerJudged: number;
  readonly speakerRight: number;
  /** Percent of judged speakers that are right; null when none is judged. */
  readonly speakerAccuracy: number | null;
}

export function quoteFigures(results: readonly QuoteResult[]): QuoteFigures {
  const found = results.filter((r) => r.found).length;
  const judged = results.filter((r) => r.speakerJudged).length;
  const right = results.filter((r) => r.speakerRight).length;
  return {
    n: results.length,
    found,
    recall: percent(found, results.length),
    speakerJudged: judged,
    speakerRight: right,
    speakerAccuracy: percent(right, judged),
  };
}

export const isQuoteMiss = (r: QuoteResult): boolean => !r.found || (r.speakerJudged && !r.speakerRight);
