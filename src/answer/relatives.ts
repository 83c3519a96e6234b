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
import { opensPossessive } from './own-event.js';

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

/** Each parent's word → the words for a spouse that name that parent beside the other ("ibu" → "istri", "istrinya"). */
const parentSpouses = new Map<string, Set<string>>();
for (const t of allTables) {
  for (const [parents, spouses] of t.answerWords?.parentSpouses ?? []) for (const p of parents) parentSpouses.set(p, new Set([...(parentSpouses.get(p) ?? []), ...spouses]));
}
const spouseWords = new Set([...parentSpouses.values()].flatMap((s) => [...s]));

/** A title before a name ("Nyonya", "Lady"): it stands between a spouse word and the name. */
const titleAt = (w: Word | undefined): boolean => w !== undefined && !w.mark && lexicon.titleWords.has(w.norm);

/** The spouse word written right beside a name, titles skipped ("istrinya Nyonya B", "his wife B", "B istrinya", "B, istrinya"), if any. */
export function spouseBeside(words: readonly Word[], first: number, last: number): string | undefined {
  let at = first - 1;
  while (titleAt(words[at])) at--;
  const before = words[at];
  if (before !== undefined && !before.mark && spouseWords.has(before.norm)) return before.norm;
  const after = words[words[last + 1]?.text === ',' ? last + 2 : last + 1];
  return after !== undefined && !after.mark && after.sentence === words[last]!.sentence && spouseWords.has(after.norm) ? after.norm : undefined;
}

/** Words, at most, from one parent's name to the joiner before the other's ("putra A, seorang perwira tentara, dan"). */
const PAIR_REACH = 12;
/** Lower-case words, at most, between that joiner and the other's name ("dan istrinya B", "and his wife B"). */
const SPOUSE_REACH = 3;

/**
 * The parents written as a pair after a child's word, the second as the first one's spouse: "putra
 * sulung A, seorang pedagang, dan istrinya B", "the son of A and his wife B". Asked the parent the
 * spouse word names ("ibu" by "istri", "mother" by "wife"), B is the one asked and A the other
 * parent; asked the other, A, and B is not. `owners` are the starts ownerStarts found.
 */
export function parentPair(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus, owners: ReadonlySet<number>): { asked: Set<number>; other: Set<number> } {
  const asked = new Set<number>();
  const other = new Set<number>();
  const named = new Set(askedKin(focus).flatMap((k) => [...(parentSpouses.get(k) ?? [])]));
  for (const x of spans) {
    if (!owners.has(x.first)) continue;
    const sentence = words[x.first]!.sentence;
    // The name after a joiner that a spouse word stands beside ("…, seorang pejabat dan bangsawan, dan istrinya B").
    let y: NameSpan | undefined;
    for (let j = x.last + 1; j < words.length && j - x.last <= PAIR_REACH && words[j]!.sentence === sentence && y === undefined; j++) {
      if (words[j]!.mark || !lexicon.listJoiners.has(words[j]!.norm)) continue;
      const next = spans.find((s) => s.first > j && s.first - j <= SPOUSE_REACH + 1 && words.slice(j + 1, s.first).every((w) => !w.mark && (!w.cap || titleAt(w))));
      if (next !== undefined && spouseBeside(words, next.first, next.last) !== undefined) y = next;
    }
    if (y === undefined) continue;
    const spouse = spouseBeside(words, y.first, y.last);
    if (spouse === undefined) continue;
    if (named.has(spouse)) {
      asked.add(y.first);
      other.add(x.first);
    } else other.add(y.first);
  }
  return { asked, other };
}

/**
 * The starts of the names a relative's word makes the one related to (relatedStarts) and of those
 * it makes the relative asked (ownerStarts), with a pair of parents read by its spouse word (parentPair).
 */
export function kinStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): { related: Set<number>; owners: Set<number> } {
  const related = relatedStarts(words, spans, focus);
  const owners = ownerStarts(words, spans, focus);
  const pair = parentPair(words, spans, focus, owners);
  for (const i of pair.other) {
    owners.delete(i);
    related.add(i);
  }
  for (const i of pair.asked) owners.add(i);
  return { related, owners };
}

/**
 * Does a sentence open by naming back a person ("Ia bernama …", "Her name is …") or with a possessive
 * ("Namanya …")? Then it may name the relative the sentence before spoke of; any other sentence names
 * someone else.
 */
export function namesBack(sentence: readonly Word[]): boolean {
  const head = sentence.find((w) => !w.mark);
  return head !== undefined && (lexicon.personalPronouns.has(head.norm) || lexicon.pronouns.has(head.norm) || opensPossessive(sentence));
}
