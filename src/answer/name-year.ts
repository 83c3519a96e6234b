// A year written inside the name of a document or an event ("the 2007 Lorem Treaty", "Piala Lorem
// 2018", lang tables' yearNamedThings) says when it was made or held: a when-question about that
// thing ("When was the Lorem Treaty signed?") is answered by it though the passage tells no verb of
// signing. Only the question's own name, the year right before or after its words.
import { allTables } from '../lang/index.js';
import type { QuestionFocus } from '../query/focus.js';
import { wordKind } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { verbShaped } from './own-event.js';
import { writesRunAt } from './written.js';

const yearNamed = new Set(allTables.flatMap((t) => t.answerWords?.yearNamedThings ?? []));

const YEAR = /^\d{4}$/;

/**
 * Is the answer words[first..last] a year inside a name the question asks about, a thing named with
 * its year ("the 2007 Lorem Treaty", "Piala Lorem 2018")?
 */
export function yearOfName(focus: QuestionFocus, words: readonly Word[], first: number, last: number): boolean {
  if (focus.kind !== 'when' || first !== last || !YEAR.test(words[first]!.text)) return false;
  return focus.nameRuns.some((r) => {
    const run = r.words.filter((w) => !lexicon.determiners.has(w));
    if (run.length === 0 || !run.some((w) => yearNamed.has(w))) return false;
    const exact = (w: Word, want: string): boolean => w.norm === want;
    // Going on from the year, an article before the name is skipped (the run holds none).
    const on = lexicon.determiners.has(words[last + 1]?.norm ?? '') ? last + 2 : last + 1;
    return writesRunAt(words, on, 1, run, exact) || writesRunAt(words, first - 1, -1, run, exact);
  });
}

/**
 * What the candidate says by itself: its own (candidate.ts `implies`), and, for a year inside the asked
 * name, the question's verb ("signed", "diadakan"): the name's year is when, whatever verb the passage leaves out.
 */
export function impliedWithNameYear(c: Candidate, focus: QuestionFocus): ((term: string) => boolean) | undefined {
  if (!yearOfName(focus, c.words, c.first, c.last)) return c.implies;
  const own = c.implies;
  // Not a verb that undoes it ("When was the Lorem Treaty rejected?"): the name's year is when it was made, not undone.
  return (term) => (own?.(term) ?? false) || (verbShaped(term, focus) && wordKind(term) !== 'reversal');
}
