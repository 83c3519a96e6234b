// Words for a kind of place read as parts of a person's name (names.ts classes them): a word only
// another language writes after a place's name opening a run ("Park <Name>"), a landform word ending
// an Indonesian name ("<Given> Tanjung"), a foreign place word ending a given name and a name ("Alan
// Peter Hall"), and the place-named holder of a title ("Sunan <Town>").
import { tables } from '../lang/index.js';
import { fold } from '../text/normalize.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Language } from '../types.js';
import { givenNameSet, isCapitalised, writtenLowerCase } from './name-context.js';

// Words for a kind of place that only another language lists ("Park", "Hall" in an Indonesian article).
const foreignPlaceWordsOf = (language: Language): Set<string> => {
  const own = tables[language].nameWords;
  const mine = new Set([...(own?.placeWords ?? []), ...(own?.roleWords ?? []), ...tables[language].titles]);
  return new Set((Object.keys(tables) as Language[]).filter((l) => l !== language).flatMap((l) => tables[l].nameWords?.placeWords ?? []).filter((w) => !mine.has(w)));
};
const foreignPlaceWords: Readonly<Record<Language, Set<string>>> = { id: foreignPlaceWordsOf('id'), en: foreignPlaceWordsOf('en') };

/** Opening a run, a word for a kind of place that only another language writes after a name ("<Name> Park") is a name ("Park <Name>", "Hall lahir …"). */
export const foreignPlaceWordOpening = (w: Word, language: Language): boolean => !w.mark && foreignPlaceWords[language].has(w.norm);

/** Indonesian words for a landform that are also family names ("tanjung", "gunung", "bukit"). */
const landformSurnames = new Set(tables.id.nameWords?.landformWords ?? []);

/**
 * "<Given> Tanjung", "<Given> Gunung": in an Indonesian article a word for a landform ending a run right
 * after a name word is a family name, for the kind of a place stands before its name ("Tanjung Priok"). Marks it a name word in `classes` (one class per word of words[first..last]).
 */
export function placeKindAsSurname(words: readonly Word[], classes: string[], first: number, last: number, language: Language): void {
  const k = last - first;
  // "Pondok Pesantren", "Aparat Desa": not after a word Indonesian writes in lower case.
  if (language !== 'id' || k < 1 || classes[k] !== 'role' || classes[k - 1] !== 'name' || writtenLowerCase.id?.has(words[last - 1]!.norm)) return;
  if (landformSurnames.has(words[last]!.norm)) classes[k] = 'name';
}

/**
 * "Alan Peter Hall": a word for a kind of place that only another language writes ("Hall", "Hill"), ending a run of two or
 * more name words opened by a known given name, is the family name; a place named so has one word before it ("Albert Hall",
 * "George Street"). Marks it a name word in `classes` (one class per word of words[first..last]).
 */
export function foreignPlaceWordAsSurname(words: readonly Word[], classes: string[], first: number, last: number, language: Language): void {
  const k = last - first;
  if (k < 2 || classes[k] !== 'role' || !foreignPlaceWords[language].has(words[last]!.norm) || !givenNameSet.has(words[first]!.norm)) return;
  if (classes.slice(0, k).every((c) => c === 'name')) classes[k] = 'name';
}

// Titles whose holder is named after a place, by the article's language ("Sunan <Town>").
const placeNamedTitlesOf = (language: Language): Set<string> => new Set((tables[language].nameWords?.placeNamedTitles ?? []).map(fold));
const placeNamedTitles: Readonly<Record<Language, Set<string>>> = { id: placeNamedTitlesOf('id'), en: placeNamedTitlesOf('en') };

/**
 * "Sunan <Town>", "Sunan Gunung <Peak>", "Ki Ageng <Town>": the capitalised words after a title whose holder is named after a place are
 * the holder's name, not the place nor a common word ("kudus" is "holy"). Marks them name words and unknown in `classes` (one class per word of
 * words[first..last]) and `known` (one flag per word of the paragraph).
 */
export function placeNamedHolder(words: readonly Word[], classes: string[], first: number, last: number, known: boolean[], language: Language): void {
  for (let i = first; i < last; i++) {
    // "Ki Ageng <Town>", "Nyi Ageng <Town>": the title's word may have been read as a name word.
    if ((classes[i - first] !== 'title' && classes[i - first] !== 'name') || !placeNamedTitles[language].has(words[i]!.norm)) continue;
    for (let k = i + 1; k <= last && isCapitalised(words[k]!) && !/\p{N}/u.test(words[k]!.text); k++) {
      classes[k - first] = 'name';
      known[k] = false;
    }
  }
}
