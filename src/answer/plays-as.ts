// A cast list: "<Actor> sebagai <Character>", "<Actor> as <Character>". Where the character is one
// the question names ("Siapa yang memerankan Lorem?", "Who voiced Lorem?"), the name written right
// before the linking word is the one who plays it: it weighs much more than the other players of
// the list, and more than the names that only stand near the question's words.
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';

/** How much more the player of the asked character weighs. */
export const PLAYER_WEIGHT = 3;

/** A capitalised word of the question's that names someone, not a title, a role or a common word ("sebagai Presiden" is a role). */
function asksName(w: Word | undefined, focus: QuestionFocus): boolean {
  if (w === undefined || w.mark || !w.cap) return false;
  const n = w.norm;
  if (lexicon.stopWords.has(n) || lexicon.titleWords.has(n) || lexicon.roleWords.has(n) || lexicon.commonNouns.has(n)) return false;
  return focus.names.has(n) || focus.words.has(n);
}

/**
 * The first words of the spans written right before a linking word of a cast ("sebagai", "as")
 * that a name of the question follows: "Budi Lorem sebagai Ipsum" for "Siapa yang memerankan
 * Ipsum?", "Tom Dolor as Clara" for "Who stars as Clara?".
 */
export function playerStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): Set<number> {
  const out = new Set<number>();
  for (const s of spans) {
    const link = words[s.last + 1];
    if (link === undefined || link.mark || !lexicon.playsAs.has(link.norm) || link.sentence !== words[s.last]!.sentence) continue;
    if (!asksName(words[s.last + 2], focus)) continue;
    out.add(s.first);
  }
  return out;
}
