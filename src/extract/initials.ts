// extract: two capitals or a lone letter inside a run of capitalised words (names.ts) — a person's
// initials ("JB <Surname>", "MS <Surname>"), a body's acronym ("Ketua MK <Name>", "AS", "RI"), a
// number ("Komisi V") or a regnal number ("… II").
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
export function initialsOrAcronyms(words: readonly Word[], classes: WordClass[], first: number): void {
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
    else if (next !== 'name' && next !== 'initial') classes[k] = 'acronym';
  }
}
