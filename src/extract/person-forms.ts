// The other forms of a person's name that articles and readers use: surname, first name, first and
// last, the hyphenated given names of a family-name-first name, and a nickname in brackets.
import { outletSpans, placeSpans } from '../text/known-names.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';

/** A nickname in brackets right after a name: "Andi Wijaya (Anwi)". */
export function nicknameAfter(text: string, end: number): string | undefined {
  const m = /^\s*\((\p{Lu}[\p{L}'’-]+)\)/u.exec(text.slice(end));
  if (!m) return undefined;
  const nick = m[1]!;
  if (placeSpans(nick).length > 0 || outletSpans(nick).length > 0) return undefined;
  return nick;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Forms of a name readers and writers use: surname, first name, first + last, hyphenated given names. */
export function nameForms(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const forms: string[] = [];
  const usable = (w: string): boolean => w.replace(/\./g, '').length >= 2 && !lexicon.particles.has(fold(w));
  if (words.length >= 2) {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    // A family name and a two-syllable given name ("Lee Min Ho", "Park Ji Sung"): the family name
    // comes first and the given name is written joined or hyphenated ("Min-ho", "Minho").
    const syllabic = words.length === 3 && words.every((w) => /^\p{Lu}\p{Ll}{1,3}$/u.test(w));
    if (syllabic) {
      forms.push(first, `${first} ${words[1]}-${last.toLowerCase()}`, `${first} ${words[1]}-${last}`, `${first} ${words[1]}${last.toLowerCase()}`);
    } else {
      if (usable(last)) forms.push(last);
      // Two capitals opening the name are initials ("JB <Surname>"), no first name of their own.
      if (usable(first) && !/^\p{Lu}{2}$/u.test(first)) forms.push(first);
      if (words.length >= 3 && usable(first) && usable(last)) forms.push(`${first} ${last}`);
    }
  }
  // "Min-ho" written → "Min Ho" typed.
  if (name.includes('-')) forms.push(name.split('-').map((part, k) => (k === 0 ? part : capitalise(part))).join(' '));
  return forms;
}
