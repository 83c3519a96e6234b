// A name the question writes out that a passage writes as its acronym, or the other way round
// (answer/support.ts reads names through it): "Komisi Pemilihan Umum" ~ "KPU".
import { lexicon } from '../text/lexicon.js';
import { queryTerms } from '../text/terms.js';
import { saysAll } from './written.js';
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

/** Each title's long forms by their words past function words, to its one-word short forms ("menteri negeri" → "mendagri"). */
const shortForms = new Map<string, string[]>();
const keyOf = (words: readonly string[]): string => queryTerms(words.join(' ')).join(' ');
for (const [short, longs] of lexicon.shortTitleForms) for (const long of longs) shortForms.set(keyOf([long]), [...(shortForms.get(keyOf([long])) ?? []), short]);

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
      const shorts = shortForms.get(keyOf(part)) ?? [];
      const written = shorts.some((s) => words.some((w) => !w.mark && (w.norm === s || w.norm === `${s}nya`)));
      if (written || (part.length >= 3 && acronymWritten(part, words))) for (const w of part) out.add(w);
    }
    // A short form the question types, spelt out here ("Menkes" of "Menteri Kesehatan").
    if ((lexicon.shortTitleForms.get(run[i]!) ?? []).some((long) => saysAll(queryTerms(long), words))) out.add(run[i]!);
  }
  return out;
}

/**
 * Words to look a question's title up by where the passage may write it shortened or spelt out: the
 * one-word short forms of a title the question spells out ("menkes" for "Menteri Kesehatan"), the
 * words of those a short form it types stands for ("menteri", "kesehatan" for "Menkes"); only where
 * a paragraph writes them (`written`) and not every word of the question's own form.
 */
export function titleFormWords(terms: readonly string[], written: (term: string) => boolean): string[] {
  const words: string[] = [];
  for (const [long, shorts] of shortForms) {
    const parts = long.split(' ');
    const at = terms.indexOf(parts[0]!);
    if (at >= 0 && parts.every((p, k) => terms[at + k] === p) && !parts.every(written)) words.push(...shorts);
  }
  for (const t of terms) {
    const longs = lexicon.shortTitleForms.get(t);
    if (longs !== undefined && !written(t)) words.push(...longs.flatMap((l) => queryTerms(l)));
  }
  return [...new Set(words)].filter((w) => !terms.includes(w) && written(w));
}
