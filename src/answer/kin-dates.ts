// A birth or a death told of a relative ("Setelah kematian ayahandanya pada tahun 422, …", "His
// father died in 1901") dates the relative's life, not the life of the one the question asks about:
// "Kapan Lorem meninggal?" is not answered by the year Lorem's father died. Such a date is weighed
// down, unless the question itself asks about a relative ("Kapan ayah Lorem meninggal?").
import { allTables } from '../lang/index.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { clauseAround } from './date-clause.js';

/** How much less a date answers when its clause tells the birth or the death of a relative. */
export const KIN_LIFE_WEIGHT = 0.4;

const kinWords = new Set(allTables.flatMap((t) => t.answerWords?.kinWords ?? []));
const lifeWords = new Set(allTables.flatMap((t) => [...(t.answerWords?.birthWords ?? []), ...(t.answerWords?.deathWords ?? [])]));
/** Words, at most, between a relative's word and the word of a birth or a death ("kematian ayahandanya", "his father died"). */
const KIN_REACH = 3;

/** A relative's word, bare or with a possessive ending ("ayahnya", "ibundanya"). */
function kin(norm: string): boolean {
  if (kinWords.has(norm)) return true;
  return lexicon.possessives.some((p) => norm.endsWith(p) && kinWords.has(norm.slice(0, -p.length)));
}

/** Does the clause of words[first..last] tell a relative's birth or death, the relative's word within KIN_REACH of it? */
function tellsKinLife(words: readonly Word[], first: number, last: number): boolean {
  const [a, b] = clauseAround(words, first, last);
  for (let i = a; i <= b; i++) {
    if (words[i]!.mark || !lifeWords.has(words[i]!.norm)) continue;
    for (let j = Math.max(a, i - KIN_REACH); j <= Math.min(b, i + KIN_REACH); j++) if (j !== i && !words[j]!.mark && kin(words[j]!.norm)) return true;
  }
  return false;
}

/** The candidates of one paragraph, those whose clause tells a relative's birth or death weighed down when the question asks a birth or a death of no relative. */
export function ofKinLife(candidates: readonly Candidate[], focus: QuestionFocus): Candidate[] {
  if (!(focus.birth || focus.death) || [...focus.words].some(kin)) return [...candidates];
  return candidates.map((c) => (tellsKinLife(c.words, c.first, c.last) ? { ...c, prior: c.prior * KIN_LIFE_WEIGHT } : c));
}
