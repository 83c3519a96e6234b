// What a /who or /where query is about: the words without the question words that open it.
import { allTables } from '../lang/index.js';
import { fold } from '../text/normalize.js';

const questionPhrases = [...new Set(allTables.flatMap((t) => Object.keys(t.questionWords)))].sort((a, b) => b.length - a.length);

export interface Subject {
  /** The query without leading question words and final punctuation. */
  readonly text: string;
  /** Did the query open with a question word ("siapa", "who", "di mana")? */
  readonly asked: boolean;
}

export function subjectOf(query: string): Subject {
  let text = query.trim().replace(/[?？!.\s]+$/u, '');
  let asked = false;
  for (let changed = true; changed; ) {
    changed = false;
    const folded = fold(text);
    for (const phrase of questionPhrases) {
      if (folded.startsWith(phrase) && (folded.length === phrase.length || /[\s,:]/.test(folded[phrase.length]!))) {
        text = text.slice(phrase.length).replace(/^[\s,:]+/, '');
        asked = changed = true;
        break;
      }
    }
  }
  return { text: text.trim(), asked };
}
