// A date in brackets right after a name dates that name: "film Lorem (1974), Ipsum (1975)" gives
// the year of each film, "pendudukan Jepang (1942–1945)" the years of the occupation, "Lorem Ipsum
// (1876–1955)" a life. Such a date answers a question about that name, not one about another:
// among the supported answers to a when-question, a date of another name gives way to one that is
// not.
import { usesWord, type QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

/** Words, at most, of the name a bracketed date follows. */
const NAME_REACH = 6;

/** Is the date opening at word `first` written in brackets right after a name that the question does not write? */
export function datesAnotherName(words: readonly Word[], first: number, focus: QuestionFocus): boolean {
  const open = words[first - 1];
  if (open?.text !== '(') return false;
  // The capitalised words before the bracket: the name it dates.
  const name: Word[] = [];
  for (let j = first - 2; j >= 0 && first - 2 - j < NAME_REACH; j--) {
    const w = words[j]!;
    // "Rabu (14/9)": a weekday before its date is the date itself, no name.
    if (w.mark || !w.cap || w.sentence !== open.sentence || lexicon.calendar.has(w.norm)) break;
    name.unshift(w);
  }
  // "tahun 294 Saka (16 Maret 372 Masehi)": a year of another calendar, its era no name; the bracket says the same date in ours.
  const year = words[first - 2 - name.length];
  if (name.length === 1 && year !== undefined && !year.mark && /^\d{3,4}$/.test(year.text)) return false;
  return name.length > 0 && !name.some((w) => usesWord(focus, w));
}

/** How much more a year answers when written right after a name the question writes ("Kennedy Award 2001"). */
export const NAMED_YEAR_WEIGHT = 2;

/**
 * Is the date words[first..last] a year written right after a name the question writes, as the
 * name's edition ("mendapat Kennedy Award 2001", "SEA Games Vietnam 2003")? That year dates the
 * named thing itself, more plainly than a year written elsewhere in the sentence; unless the
 * question writes a year itself, which says which edition it asks about.
 */
export function yearOfAskedName(words: readonly Word[], first: number, last: number, focus: QuestionFocus): boolean {
  const before = words[first - 1];
  if (first !== last || !/^\d{4}$/.test(words[first]!.text) || before === undefined) return false;
  // "Kapan oposisi Mars tahun 2003?": the question says which year's; "oposisi Mars 2005" is another's.
  if ([...focus.words].some((w) => /^\d{4}$/.test(w))) return false;
  return !before.mark && before.cap && before.sentence === words[first]!.sentence && !lexicon.calendar.has(before.norm) && usesWord(focus, before) && !goesOnOtherwise(before, focus);
}

/**
 * Does the question write the name `w` ends, going on past it with a word of its own ("Lorem OS XP"
 * asked, "penerus Lorem OS 2000" written)? The year written after `w` is then another edition's, not
 * the asked one's.
 */
function goesOnOtherwise(w: Word, focus: QuestionFocus): boolean {
  return focus.nameRuns.some(({ words: run }) => {
    const at = run.indexOf(w.norm);
    return at >= 0 && at < run.length - 1 && !run.slice(at + 1).some((t) => /\p{N}/u.test(t));
  });
}
