// Whose relative a name is: Indonesian writes the relative's word before the name of the one it is
// related to ("putra Lorem" is Lorem's son, "istri Lorem" Lorem's wife), so for a question asking
// for someone's relative ("Siapa putra Ipsum?") the name right after such a word is the other end
// of a relation, not the relative asked for. With "-nya" ("istrinya Lorem": his wife, Lorem), a
// mark or a naming word between ("putra sulungnya, Lorem", "ayah yang bernama Lorem"), the name is
// the relative itself and is left alone, as is a capitalised word ("Putri Lorem": a princess).
import { allTables } from '../lang/index.js';
import { allSupportTables } from '../lang/support.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';

/** Those written right before the name of the one the relative is of ("putra Lorem": Lorem's son), as Indonesian writes them. */
const ownerKinWords = new Set(allTables.flatMap((t) => (t.answerWords?.kinBeforeOwner ? (t.answerWords.kinWords ?? []) : [])));
/** "dari ayah <X> dan ibu <Y>", "with his wife <X>": after a preposition (or a list of such), the name is the relative itself. */
const openers = new Set([...allSupportTables.flatMap((t) => t.contextWords), ...allTables.flatMap((t) => t.nameWords?.listJoiners ?? [])]);

/** How much a name weighs that a relative's word written right before it makes the one related to. */
export const RELATED_WEIGHT = 0.5;

/** Does the question ask of someone's relative ("Siapa ayah Lorem?", "Di mana istri Lorem lahir?", "Who is Lorem's son?")? */
export const asksOfKin = (focus: QuestionFocus): boolean => [...focus.words].some((w) => lexicon.kinWords.has(w));

/** The first words of the spans written right after a relative's word in lower case ("putra <X>"): whose relative that is. */
export function relatedStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): Set<number> {
  const out = new Set<number>();
  if (!asksOfKin(focus)) return out;
  for (const s of spans) {
    const before = words[(s.nameFirst ?? s.first) - 1];
    const opener = words[(s.nameFirst ?? s.first) - 2];
    if (before === undefined || before.mark || before.cap || !ownerKinWords.has(before.norm)) continue;
    if (opener === undefined || opener.mark || !openers.has(opener.norm)) out.add(s.first);
  }
  return out;
}
