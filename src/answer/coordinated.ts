// Who-answers written as a coordination: "didirikan oleh Lorem Ipsum dan Dolor Amet", "Lorem, Ipsum
// dan Dolor mendirikan …", "Lorem Ipsum and Dolor Amet founded …". When the name in the slot the
// question asks about (the doer after the asked verb and its agent marker, or the subject right
// before the asked verb) is one of names joined by commas and "dan"/"and", they did it together: the
// answer is all of them. A given name alone before "dan" shares the surname after it ("Jack dan
// Laura Lorem"). A list of names in another role (after another verb, beside the doer) is left alone.
import { allTables } from '../lang/index.js';
import { givenNames } from '../lang/given-names.js';
import type { QuestionFocus } from '../query/focus.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';
import { similarity } from './similarity.js';

const andWords = new Set(allTables.flatMap((t) => t.answerWords?.andWords ?? []));
const givenNameSet = new Set(givenNames);

/** Are two names written as members of one list: only a comma, an "and" or both between, in one sentence? */
function joined(words: readonly Word[], a: NameSpan, b: NameSpan): boolean {
  const between = words.slice(a.last + 1, b.first);
  if (between.length === 0 || between.length > 2 || words[a.last]!.sentence !== words[b.first]!.sentence) return false;
  return between.every((w) => w.text === ',' || (!w.mark && andWords.has(w.norm)));
}

/** A given name written alone right before "dan" and a name ("Jack" of "Jack dan Laura Lorem"): where it begins, else `first`. */
function loneGivenName(words: readonly Word[], first: number): number {
  const and = words[first - 1];
  const given = words[first - 2];
  if (and === undefined || given === undefined || and.mark || !andWords.has(and.norm)) return first;
  if (given.mark || !given.cap || given.sentence !== words[first]!.sentence || !givenNameSet.has(given.text)) return first;
  const before = words[first - 3];
  // "Lorem Jack dan …": the given name ends a longer name, which the spans would hold.
  return before !== undefined && !before.mark && before.cap && before.sentence === given.sentence ? first : first - 2;
}

/** Does the word at i say a verb the question asks about, in the active ("mendirikan", "founded")? Skips one lower-case word between ("juga"). */
function asksVerbAt(words: readonly Word[], i: number, focus: QuestionFocus, from: number): boolean {
  const asked = focus.terms.filter((t) => !focus.names.has(t) && !focus.context.has(t));
  for (const w of [words[i], words[i + 1]]) {
    if (w === undefined || w.mark || w.cap || w.sentence !== words[from]!.sentence) return false;
    if (asked.some((t) => similarity(t, w) > 0)) return true;
  }
  return false;
}

/**
 * The coordinated names that answer together with span k, first and last word of the whole list, when
 * the list stands in the slot the question asks about: its first name is a doer after the asked verb
 * (`doers`), or the list is the subject right before the asked verb. Undefined when it is one name
 * alone, or a list in another role.
 */
export function coordinatedAnswer(
  words: readonly Word[],
  spans: readonly NameSpan[],
  k: number,
  doers: ReadonlySet<number>,
  focus: QuestionFocus,
): { first: number; last: number } | undefined {
  const named = spans.filter((s) => s.kind === 'person' || s.kind === 'organisation');
  const i = named.indexOf(spans[k]!);
  if (i < 0) return undefined;
  let lo = i;
  let hi = i;
  while (lo > 0 && joined(words, named[lo - 1]!, named[lo]!)) lo--;
  while (hi + 1 < named.length && joined(words, named[hi]!, named[hi + 1]!)) hi++;
  // "dari Lorem, Ipsum Dolor terus …": names set off by a comma alone are an appositive, no list; its last two are joined by "dan".
  if (lo < hi && !words.slice(named[hi - 1]!.last + 1, named[hi]!.first).some((w) => !w.mark && andWords.has(w.norm))) return undefined;
  const first = loneGivenName(words, named[lo]!.first);
  if (lo === hi && first === named[lo]!.first) return undefined;
  const last = named[hi]!.last;
  const slot = doers.has(named[lo]!.first) || asksVerbAt(words, last + 1, focus, last);
  return slot ? { first, last } : undefined;
}
