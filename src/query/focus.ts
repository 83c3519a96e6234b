// What an open who/when question is about: its content words (to find the passage), every word it
// uses (which is never the answer), and the cues that shape the answer (a birth, a death, several
// people, a preposition such as "kepada siapa").
import { allTables } from '../lang/index.js';
import { fold } from '../text/normalize.js';
import { termSimilarity } from '../text/similarity.js';
import { queryTerms, termsOf } from '../text/terms.js';
import { partsOf, type Word } from '../text/words.js';

export type OpenKind = 'who' | 'when';

export interface QuestionFocus {
  readonly kind: OpenKind;
  /** Content words, folded, without question words or stop words. */
  readonly terms: readonly string[];
  /** Words the question writes with a capital past its first word (names the reader typed), folded. */
  readonly names: ReadonlySet<string>;
  /** Every word of the question, folded (hyphenated words also by their parts). */
  readonly words: ReadonlySet<string>;
  /** The question asks when someone was born / died. */
  readonly birth: boolean;
  readonly death: boolean;
  /** The question asks for several people ("para ahli", "siapa saja"). */
  readonly plural: boolean;
  /** The preposition group of "kepada siapa" / "to whom", if the question word has one before it. */
  readonly preposition?: readonly string[];
}

const answerWords = allTables.flatMap((t) => (t.answerWords ? [t.answerWords] : []));
const birthWords = new Set(answerWords.flatMap((w) => w.birthWords));
const deathWords = new Set(answerWords.flatMap((w) => w.deathWords));
const pluralPhrases = answerWords.flatMap((w) => w.pluralWords);
const prepositionGroups = answerWords.flatMap((w) => w.prepositionGroups);
const questionWords = new Set(
  allTables.flatMap((t) => Object.keys(t.questionWords)).flatMap((phrase) => (phrase.includes(' ') ? [] : [phrase])),
);
const whoWords = new Set(
  allTables.flatMap((t) => Object.entries(t.questionWords).filter(([p, k]) => k === 'who' && !p.includes(' ')).map(([p]) => p)),
);

export function focusOf(question: string, kind: OpenKind): QuestionFocus {
  const tokens = termsOf(question);
  const norms = tokens.map((t) => t.norm);
  const words = new Set(norms);
  const terms = queryTerms(question).filter((t) => !questionWords.has(t));
  const padded = ` ${norms.join(' ')} `;
  const plural = pluralPhrases.some((p) => padded.includes(` ${fold(p)} `));
  // "Kepada siapakah …", "to whom …": the preposition right before a who-word.
  let preposition: readonly string[] | undefined;
  for (let i = 1; i < norms.length; i++) {
    if (!whoWords.has(norms[i]!)) continue;
    preposition = prepositionGroups.find((g) => g.includes(norms[i - 1]!));
    if (preposition) break;
  }
  const names = new Set(tokens.filter((tk, i) => i > 0 && /^\p{Lu}/u.test(question.slice(tk.start, tk.end))).map((tk) => tk.norm));
  return {
    kind,
    terms,
    names,
    words,
    birth: norms.some((n) => birthWords.has(n)),
    death: norms.some((n) => deathWords.has(n)),
    plural,
    ...(preposition && { preposition }),
  };
}

/** Is this word one of the question's own words (as written, affixed, or with a small typo)? */
export function usesWord(focus: QuestionFocus, w: Word): boolean {
  if (w.mark) return false;
  const parts = partsOf(w.norm);
  if (parts.some((p) => focus.words.has(p))) return true;
  for (const q of focus.words) {
    if (q.length < 5) continue;
    if (parts.some((p) => p.length >= 5 && termSimilarity(q, p) >= 0.85)) return true;
  }
  return false;
}
