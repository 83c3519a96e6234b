// Whose relative a name is: Indonesian writes the relative's word before the name of the one it is
// related to ("putra Lorem" is Lorem's son, "istri Lorem" Lorem's wife), so for a question asking
// for someone's relative ("Siapa putra Ipsum?") the name right after such a word is the other end
// of a relation, not the relative asked for. With "-nya" ("istrinya Lorem": his wife, Lorem), a
// mark or a naming word between ("putra sulungnya, Lorem", "ayah yang bernama Lorem"), the name is
// the relative itself and is left alone, as is a capitalised word ("Putri Lorem": a princess).
// Where the word before the name is the converse of the one asked ("putra sulung Lorem", "the son of
// Lorem" for "Siapa ayah Ipsum?", "Who was Ipsum's father?"), that name is the one asked for: it
// weighs more, in both languages (English writes the owner after "of").
import { allTables } from '../lang/index.js';
import { allSupportTables } from '../lang/support.js';
import type { QuestionFocus } from '../query/focus.js';
import { ordinalWords } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';

/** Those written right before the name of the one the relative is of ("putra Lorem": Lorem's son), as Indonesian writes them. */
const ownerKinWords = new Set(allTables.flatMap((t) => (t.answerWords?.kinBeforeOwner ? (t.answerWords.kinWords ?? []) : [])));
/** "dari ayah <X> dan ibu <Y>", "with his wife <X>": after a preposition (or a list of such), the name is the relative itself. */
const originWords = new Set(allTables.flatMap((t) => t.answerWords?.originWords ?? []));
const openers = new Set([...allSupportTables.flatMap((t) => t.contextWords), ...allTables.flatMap((t) => t.nameWords?.listJoiners ?? [])]);

/** Words between a kin word and the name it is of ("putra sulung Lorem", "eldest son of Lorem"). */
const modifiers = new Set([...allTables.flatMap((t) => t.answerWords?.kinModifiers ?? []), ...ordinalWords]);
/** Each kin word's converse words ("putra" → "ayah", "ibu" …; "wife" → "husband"). */
const converses = new Map<string, Set<string>>();
for (const t of allTables) {
  for (const [a, b] of t.answerWords?.kinConverses ?? []) {
    for (const w of a) converses.set(w, new Set([...(converses.get(w) ?? []), ...b]));
    for (const w of b) converses.set(w, new Set([...(converses.get(w) ?? []), ...a]));
  }
}

/** How much more a name weighs that a kin word converse to the asked one makes the asked relative ("putra Lorem" for "ayah"). */
export const OWNER_WEIGHT = 1.5;

/** How much a name weighs that a relative's word written right before it makes the one related to. */
export const RELATED_WEIGHT = 0.5;

/** Does the question ask of someone's relative ("Siapa ayah Lorem?", "Di mana istri Lorem lahir?", "Who is Lorem's son?")? */
export const asksOfKin = (focus: QuestionFocus): boolean => [...focus.words].some((w) => lexicon.kinWords.has(w));

/** The kin word a span's name is written after, modifiers skipped ("putra sulung <X>", "son of <X>"), and the word before that kin word. */
function kinBefore(words: readonly Word[], s: NameSpan): { kin: Word; at: number } | undefined {
  let at = (s.nameFirst ?? s.first) - 1;
  while (at > 0 && !words[at]!.mark && !words[at]!.cap && modifiers.has(words[at]!.norm)) at--;
  const kin = words[at];
  if (kin === undefined || kin.mark || kin.cap || !lexicon.kinWords.has(kin.norm)) return undefined;
  return { kin, at };
}

/** The kin words the question asks for ("ayah" of "Siapa ayah Lorem?"). */
const askedKin = (focus: QuestionFocus): string[] => [...focus.words].filter((w) => lexicon.kinWords.has(w));

/** Is this kin word the converse of one the question asks ("putra" when "ayah" is asked)? */
const conversed = (kin: string, asked: readonly string[]): boolean => asked.some((a) => converses.get(a)?.has(kin) === true);

/** The first words of the spans written right after a relative's word in lower case ("putra <X>"): whose relative that is. */
export function relatedStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): Set<number> {
  const out = new Set<number>();
  const asked = askedKin(focus);
  if (asked.length === 0) return out;
  for (const s of spans) {
    const found = kinBefore(words, s);
    if (found === undefined || !ownerKinWords.has(found.kin.norm) || conversed(found.kin.norm, asked)) continue;
    const opener = words[found.at - 1];
    if (opener === undefined || opener.mark || !openers.has(opener.norm)) out.add(s.first);
  }
  return out;
}

/**
 * The first words of the spans written after a kin word converse to the asked one: "putra sulung
 * <X>", "putra dari <X>", "the eldest son of <X>" for a question asking the father: X is the father.
 * In English only after "of" ("his son Lorem" is the son himself).
 */
export function ownerStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): Set<number> {
  const out = new Set<number>();
  const asked = askedKin(focus);
  if (asked.length === 0) return out;
  for (const s of spans) {
    const found = kinBefore(words, s);
    if (found === undefined || !conversed(found.kin.norm, asked)) continue;
    const between = words.slice(found.at + 1, s.nameFirst ?? s.first).map((w) => w.norm);
    if (ownerKinWords.has(found.kin.norm) || between.some((w) => originWords.has(w))) out.add(s.first);
  }
  return out;
}
