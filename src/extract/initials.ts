// extract: two capitals or a lone letter inside a run of capitalised words (names.ts) — a person's
// initials ("JB <Surname>", "MS <Surname>"), a body's acronym ("Ketua MK <Name>", "AS", "RI"), a
// number ("Komisi V") or a regnal number ("… II").
import { givenNames } from '../lang/given-names.js';
import { tables } from '../lang/index.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Language } from '../types.js';
import type { WordClass } from './word-classes.js';

export const isRoman = (text: string): boolean => /^[IVX]+$/.test(text);

// The honorifics each language writes itself: another language's ("Mr", "Ms") in two capitals opens a name as its initials ("MS <Surname>").
const ownHonorifics: Readonly<Record<Language, ReadonlySet<string>>> = {
  id: new Set(tables.id.nameWords?.honorifics ?? []),
  en: new Set(tables.en.nameWords?.honorifics ?? []),
};

/** Two capitals, no dot, right before a name word: a borrowed honorific read as a person's initials. */
export const capitalInitials = (words: readonly Word[], i: number, last: number, language: Language): boolean => {
  const w = words[i]!;
  const next = words[i + 1];
  return i < last && /^\p{Lu}{2}$/u.test(w.text) && !ownHonorifics[language].has(w.norm) && next !== undefined && !next.mark && next.start === w.end + 1 && /^\p{Lu}\p{Ll}/u.test(next.text);
};

/**
 * The initials of a classed run, settled: a lone letter or a Roman numeral after a role or
 * organisation word is a number ("Komisi V"), and two capitals not followed by a name are an acronym
 * ("AS", "RI"); a Roman numeral after a name is a regnal number ("… II"). `classes` is the run from
 * word `first` on, changed in place.
 */
const givenNameSet = new Set(givenNames.map((n) => n.toLowerCase()));
/** The name word at i is a known given name, or a title or an honorific stands right before it ("dr <Name>", "Mgr. <Name>"). */
function personalName(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (words[j]?.text === '.') j--;
  const before = words[j];
  return givenNameSet.has(words[i]!.norm) || (before !== undefined && !before.mark && (lexicon.honorifics.has(before.norm) || lexicon.titles.has(before.norm)));
}

export function initialsOrAcronyms(words: readonly Word[], classes: WordClass[], first: number, language: Language): void {
  for (let k = 0; k < classes.length; k++) {
    const w = words[first + k]!;
    if (classes[k] !== 'initial' || w.mark || lexicon.nameParticles.has(w.norm)) continue;
    const prev = classes[k - 1];
    const next = classes[k + 1];
    // A known body's acronym before a name is the body ("Ketua MK <Name>"); other two capitals after a role's
    // complement and before a name word are the person's initials ("Departemen Keuangan JB <Surname>").
    const initialsOfName = next === 'name' && /^\p{Lu}{2}$/u.test(w.text) && words[first + k + 1]!.start === w.end + 1;
    if (lexicon.bodyAcronyms.has(w.norm) && /^\p{Lu}{2}$/u.test(w.text)) classes[k] = 'acronym';
    else if ((prev === 'role' || prev === 'organisation') && initialsOfName) continue;
    else if (prev === 'role' || prev === 'organisation' || prev === 'acronym') classes[k] = 'acronym';
    else if (prev === 'name' && (isRoman(w.text) || lexicon.nameSuffixes.has(w.norm))) continue;
    // "<Given> SM (keyboard)", "<Given> Q di …": in Indonesian, one or two capitals closing a run right after a name word
    // are the name's last initials (English writes "<Name> MP", a post after the name).
    // One capital only after a known given name or a titled name ("Tony Q", "dr <Name> S"), not "Serie A", "SD <Name> B".
    else if (language === 'id' && prev === 'name' && k === classes.length - 1 && (/^\p{Lu}{2}$/u.test(w.text) || (/^\p{Lu}$/u.test(w.text) && personalName(words, first + k - 1)))) classes[k] = 'name';
    else if (next !== 'name' && next !== 'initial') classes[k] = 'acronym';
  }
}
