// One possible answer to an open question, where it stands in its paragraph and how plainly it is
// of the asked type: what candidates.ts and when-candidates.ts find and score.
import type { LibraryEntry } from '../index/library.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Reference } from './subject-references.js';

export interface Candidate {
  readonly entry: LibraryEntry;
  readonly paragraph: number;
  readonly words: readonly Word[];
  /** Word indexes where the candidate stands (a pronoun stands for a name written earlier). */
  readonly first: number;
  readonly last: number;
  /** Offsets of the short answer in the paragraph. */
  readonly start: number;
  readonly end: number;
  /** How plainly it is an answer of the asked type, 0–1. */
  readonly prior: number;
  /** Question words the answer itself says: a life span "(1901–1968)" says "lahir" and "meninggal". */
  readonly implies?: (term: string) => boolean;
  /** A person's name as written (a who-answer that is neither an organisation nor a pronoun). */
  readonly person?: boolean;
  /** It stands at a passive verb of the question whose "-nya" is its doer ("disutradarainya"): the verb counts as said beside it. */
  readonly verb?: boolean;
  /** The last word of the sentence it is the subject of, up to the next person named there: those words are said of it. */
  readonly governs?: number;
  /** The references opening its paragraph's sentences that stand for a name the question types (subject-references.ts), read once a paragraph. */
  readonly references?: readonly Reference[];
}
