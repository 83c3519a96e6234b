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

/** Each title's long forms, to its one-word short forms ("menteri dalam negeri" → "mendagri"). */
const shortForms = new Map<string, string[]>();
for (const [short, longs] of lexicon.shortTitleForms) for (const long of longs) shortForms.set(long, [...(shortForms.get(long) ?? []), short]);

/**
 * The words of a question's name run that the passage writes in a short form: a part of the run whose
 * initials it writes as an acronym, title words too ("Dewan Perwakilan Rakyat" of "DPR"), or a title
 * it writes by the one word that shortens it ("Menteri Dalam Negeri" of "Mendagri").
 */
export function shortenedWords(run: readonly string[], words: readonly Word[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (let i = 0; i < run.length; i++) {
    for (let j = run.length; j > i + 1; j--) {
      const part = run.slice(i, j);
      const shorts = shortForms.get(part.join(' ')) ?? [];
      const written = shorts.some((s) => words.some((w) => !w.mark && (w.norm === s || w.norm === `${s}nya`)));
      if (written || (part.length >= 3 && acronymWritten(part, words))) for (const w of part) out.add(w);
    }
  }
  return out;
}

