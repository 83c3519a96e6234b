// A name the question writes out that a passage writes as its acronym, or the other way round
// (answer/support.ts reads names through it): "Komisi Pemilihan Umum" ~ "KPU".
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

/** The initials of a name's words, past function words ("Komisi Pemilihan Umum" → "kpu"). */
const initialsOf = (words: readonly string[]): string =>
  words.filter((w) => !lexicon.stopWords.has(w) && !lexicon.nameParticles.has(w) && /^\p{L}/u.test(w)).map((w) => w[0]).join('');

/**
 * A name written as its acronym, or an acronym written out: "Kebun Raya Cibodas" of a passage that
 * writes "KRC", "KPU" of one that writes "Komisi Pemilihan Umum".
 */
export function acronymWritten(run: readonly string[], words: readonly Word[]): boolean {
  const parts = run.filter((w) => !/[-.'’]/.test(w));
  if (parts.length >= 2) {
    const initials = initialsOf(parts);
    return initials.length >= 2 && words.some((w) => w.acronym && w.norm === initials);
  }
  const acronym = parts[0];
  if (acronym === undefined || acronym.length < 2 || acronym.length > 6) return false;
  // A run of capitalised words of the passage whose initials spell it.
  const plain = words.filter((w) => !w.mark);
  for (let i = 0; i + acronym.length <= plain.length; i++) {
    if (!plain[i]!.cap) continue;
    const run: string[] = [];
    for (let j = i; j < plain.length && run.length < acronym.length + 2 && (plain[j]!.cap || lexicon.stopWords.has(plain[j]!.norm)); j++) {
      run.push(plain[j]!.norm);
      if (initialsOf(run) === acronym && plain[j]!.cap) return true;
    }
  }
  return false;
}
