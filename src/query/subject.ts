// What a /who or /where query is about: the words without the question words that open it.
import { allTables } from '../lang/index.js';
import { fold } from '../text/normalize.js';

const questionPhrases = [...new Set(allTables.flatMap((t) => Object.keys(t.questionWords)))].sort((a, b) => b.length - a.length);

/**
 * The phrases by their first character, each list longest first as above: only those can open the
 * text, so the rest are never tried (every /who and /where reads its subject).
 */
const phrasesByFirst = new Map<string, string[]>();
for (const phrase of questionPhrases) {
  const list = phrasesByFirst.get(phrase[0] ?? '');
  if (list) list.push(phrase);
  else phrasesByFirst.set(phrase[0] ?? '', [phrase]);
}
const NONE: readonly string[] = [];

/** The definition cues, folded, longest first. */
const definitionCues = [...new Set(allTables.flatMap((t) => t.definitionCues ?? []).map(fold))].sort((a, b) => b.length - a.length);

export interface Subject {
  /** The query without leading question words and final punctuation. */
  readonly text: string;
  /** Did the query open with a question word ("siapa", "who", "di mana")? */
  readonly asked: boolean;
  /** The term a question asks to be told what it is, past a definition cue after its question word
   * ("politikus" of "Siapa yang dimaksud dengan politikus?", "Lorem" of "Siapa itu Lorem?"). */
  readonly defined?: string;
}

/** The words after a definition cue opening the text, if one does and words follow it. */
function afterCue(text: string): string | undefined {
  const folded = fold(text);
  const cue = definitionCues.find((c) => folded.startsWith(c) && /[\s,:]/.test(folded[c.length] ?? ''));
  const rest = cue === undefined ? '' : text.slice(cue.length).trim();
  return rest === '' ? undefined : rest;
}

export function subjectOf(query: string): Subject {
  let text = query.trim().replace(/[?？!.\s]+$/u, '');
  let asked = false;
  for (let changed = true; changed; ) {
    changed = false;
    const folded = fold(text);
    for (const phrase of phrasesByFirst.get(folded[0] ?? '') ?? NONE) {
      if (folded.startsWith(phrase) && (folded.length === phrase.length || /[\s,:]/.test(folded[phrase.length]!))) {
        text = text.slice(phrase.length).replace(/^[\s,:]+/, '');
        asked = changed = true;
        break;
      }
    }
  }
  const defined = asked ? afterCue(text.trim()) : undefined;
  return { text: text.trim(), asked, ...(defined !== undefined && { defined }) };
}
