// The one who reports an act is not its doer: "Siapa yang menembak pengungsi?" of "Boji mengatakan
// bahwa pasukan berusaha membubarkan pengungsi dengan menembak ke udara" — Boji said it; the troops
// shot. A who-answer followed by a verb of saying whose reported clause has a subject of its own (a
// noun or another name, not a pronoun standing for the speaker) is no doer of a verb written only in
// that clause. So is a who-answer a sentence opens by naming as its source ("Menurut X, tanggul akan
// dibangun oleh …", "According to X, the barrier will be built by …").
import { complementisers } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { says } from './written.js';

/** Words between the answer and its verb of saying ("Boji, pejabat itu, mengatakan" is not read: a comma ends the reach). */
const REACH = 2;

/**
 * The question's words that the passage at a who-answer (words[first..last]) writes only inside a
 * clause the answer reports, a clause with a subject of its own; empty where the answer says nothing
 * there, or the clause opens with a pronoun ("X mengatakan ia …").
 */
export function reportedAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] {
  if (focus.kind !== 'who') return [];
  const sentence = words[first]!.sentence;
  if (sourceOpening(words, first, last)) return toldOnlyAfter(focus, words, first, last, last + 1);
  // Where the reported clause opens: right after the verb of saying that follows the answer.
  let open = -1;
  for (let i = last + 1; open < 0 && i <= last + 1 + REACH && i < words.length && words[i]!.sentence === sentence && !words[i]!.mark; i++) {
    const length = lexicon.speechVerbs.matchAt(words, i);
    if (length > 0) open = i + length;
  }
  if (open < 0) return [];
  if (words[open] !== undefined && complementisers.has(words[open]!.norm)) open++;
  const opener = words[open];
  if (opener === undefined || opener.mark || opener.sentence !== sentence || lexicon.pronouns.has(opener.norm) || lexicon.stopWords.has(opener.norm)) return [];
  return toldOnlyAfter(focus, words, first, last, open);
}

/** Words from a sentence's start to a source opener ("Menurut", "According to") before the answer, at most. */
const SOURCE_REACH = 8;

/**
 * Does the answer's sentence open by naming it as its source ("According to the agency's director,
 * <answer>, …")? A comma closes the source right after it; an answer after that comma is the clause's
 * own subject ("Menurut cerita, nelayan <answer> dan istrinya membangun …").
 */
function sourceOpening(words: readonly Word[], first: number, last: number): boolean {
  const sentence = words[first]!.sentence;
  if (words[last + 1]?.text !== ',') return false;
  let start = first;
  while (start > 0 && words[start - 1]!.sentence === sentence) start--;
  if (first - start > SOURCE_REACH) return false;
  const length = lexicon.accordingTo.matchAt(words, start);
  return length > 0 && start + length <= first;
}

/** The question's verb when the answer's sentence writes it only from `open` on, in the clause told of the answer, not by it. */
function toldOnlyAfter(focus: QuestionFocus, words: readonly Word[], first: number, last: number, open: number): string[] {
  const sentence = words[first]!.sentence;
  const clause = words.filter((w, i) => i >= open && w.sentence === sentence);
  const outside = words.filter((w, i) => (w.sentence === sentence || w.sentence === sentence - 1) && (i < first || (i > last && i < open)));
  // The question's main verb: an English question's verb, else its first word that is no name or title ("Who fired …?", "Siapa yang menembak …?").
  const verb = [...focus.verbs][0] ?? focus.terms.find((t) => !focus.names.has(t) && !lexicon.titleWords.has(t));
  return verb !== undefined && says(verb, clause) && !says(verb, outside) ? [verb] : [];
}
