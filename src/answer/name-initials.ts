// A name the question writes in full and the passage by the initials of its first words: "Jakob Budi
// Kristanto" written "JB Kristanto", "J.B. Kristanto" or "J. B. Kristanto" (answer/support-names.ts
// asks). Indonesian and English news both shorten given names so; the family name stays written.
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
