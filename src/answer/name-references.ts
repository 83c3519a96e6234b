// How a passage refers to a name of the question it does not write in full (answer/support-names.ts
// asks): by the initials of its first words ("Jakob Budi Kristanto" written "JB Kristanto", "J.B.
// Kristanto"; Indonesian and English news both shorten given names so), or, in a paragraph that opens
// in the middle of a story, by its kind and a demonstrative ("film Lorem Ipsum" as "Film yang
// skenarionya ditulis X ini", "candi Lorem" as "Candi yang dibangun tahun 809 itu").
import { trailingDemonstratives } from '../lang/references.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { sameOrTypo } from './written.js';

/** The letters a run of words just before words[at] writes as initials ("JB", "J.B.", "J. B."), in order; '' when none. */
function initialsBefore(words: readonly Word[], at: number, most: number): string {
  let letters = '';
  for (let i = at - 1; i >= 0 && letters.length <= most; i--) {
    const w = words[i]!;
    if (w.mark) {
      if (w.text === '.') continue;
      break;
    }
    const plain = w.text.replace(/\./g, '');
    // Capitals only, one to three of them, each an initial ("JB", "J.B", "J").
    if (!/^\p{Lu}{1,3}$/u.test(plain) || (plain.length > 1 && !w.acronym && !w.text.includes('.'))) break;
    letters = plain.toLowerCase() + letters;
  }
  return letters;
}

/**
 * Does the passage write the question's name with its leading words as initials, right before the
 * words it writes in full? `names` are the name's words, `found` those the passage writes; the
 * absent ones must lead the name.
 */
export function initialsWritten(names: readonly string[], found: readonly string[], words: readonly Word[]): boolean {
  const lead = names.findIndex((n) => found.includes(n));
  if (lead <= 0 || names.slice(lead).some((n) => !found.includes(n))) return false;
  const initials = names.slice(0, lead).map((n) => n[0]).join('');
  return words.some((w, i) => !w.mark && w.cap && sameOrTypo(names[lead]!, w.norm) && initialsBefore(words, i, initials.length) === initials);
}

const demonstratives = new Set(trailingDemonstratives);

/** Words a noun phrase may run over before its closing demonstrative ("Film yang skenarionya ditulis Ah Cheng ini"). */
const PHRASE = 8;

/**
 * Does the paragraph open on the question's kind of thing (`kind`: the word before the name, "film" of
 * "film Lorem Ipsum") closed by a demonstrative ("Film yang skenarionya ditulis X ini, …"), and name
 * no other one of that kind? A paragraph whose first words point back so goes on about a thing named
 * before it: the one the question names. Only its opening words: a demonstrative further on may point
 * to anything the paragraph tells ("… untuk membuat film ini").
 */
export function referredByKind(kind: string | undefined, words: readonly Word[]): boolean {
  if (kind === undefined || kind.length < 3 || lexicon.stopWords.has(kind) || demonstratives.has(kind)) return false;
  const named = words.some((w, i) => w.norm === kind && words[i + 1] !== undefined && !words[i + 1]!.mark && words[i + 1]!.cap && !demonstratives.has(words[i + 1]!.norm));
  if (named) return false;
  const opening = words.filter((w) => !w.mark || w.sentence > 0).slice(0, PHRASE + 2);
  if (opening[0]?.norm !== kind) return false;
  for (const w of opening.slice(1)) {
    if (w.mark || w.sentence > 0) return false;
    if (demonstratives.has(w.norm)) return true;
  }
  return false;
}
