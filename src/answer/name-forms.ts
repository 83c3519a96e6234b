// Forms of a question's name in a passage that answer/support-names.ts reads beside its own rules: a
// name written as one word where the question writes two ("MetroTV" of "Metro TV", "McDonald's" of
// "Mc.Donald") or two where it writes one, another name that shares a surname because it is a
// relative's ("pamannya Tomas X" beside "X lahir …"), and a word the question doubles ("Lorem Lorem").
import type { ParagraphWord as Word } from '../text/words.js';
import { lexicon } from '../text/lexicon.js';

/** A word for a relative, as written or possessed ("pamannya", "ayahnya", "his father's"); in lower case unless it opens the sentence ("Son Goku" is a name). */
const kinWord = (w: Word): boolean => !w.mark && (lexicon.kinWords.has(w.norm) || lexicon.kinWords.has(w.norm.replace(/(nya|['’]s)$/u, '')));
const isKin = (w: Word): boolean => (!w.cap || w.initial) && kinWord(w);

/** Words before a relative's name that its kin word may stand: "ayahnya, Oskar X", "pasangan A B (dikenal sebagai B) dan C D". */
const KIN_REACH = 8;

/**
 * Does the capitalised name holding words[i] name a relative: a kin word before it in its sentence,
 * a few words back ("pamannya Tomas X", "Ayahnya, Oskar X", "istrinya, Mira Solen X")?
 */
export function namesARelative(words: readonly Word[], i: number): boolean {
  // The relative's own name stands before the part ("pamannya Tomas X"); a kin word there is the title the part goes by ("Permaisuri X").
  if (i === 0 || kinWord(words[i - 1]!) || !words[i - 1]!.cap) return false;
  let start = i;
  while (start > 0 && start > i - 5 && !words[start - 1]!.mark && words[start - 1]!.cap && words[start - 1]!.sentence === words[i]!.sentence) start--;
  for (let j = start - 1; j >= 0 && j >= start - KIN_REACH && words[j]!.sentence === words[i]!.sentence; j--) if (isKin(words[j]!)) return true;
  return false;
}

const stripped = (norm: string): string => norm.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The question's name words that the passage writes joined into one word ("metro" and "tv" of
 * "MetroTV", "mc" and "donald" of "McDonald's"), or that one question word writes split in two
 * ("airasia" of "Air Asia"): neighbours only, the joined form five letters or more.
 */
export function joinedNameWords(names: readonly string[], words: readonly Word[]): ReadonlySet<string> {
  const found = new Set<string>();
  const plain = words.filter((w) => !w.mark);
  const written = new Set(plain.map((w) => stripped(w.norm)));
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length && b < a + 3; b++) {
      const joined = names.slice(a, b + 1).join('');
      if (joined.length >= 5 && written.has(joined)) for (const n of names.slice(a, b + 1)) found.add(n);
    }
  }
  for (const n of names) {
    if (n.length < 5 || found.has(n)) continue;
    if (plain.some((w, i) => i + 1 < plain.length && w.cap && stripped(w.norm) + stripped(plain[i + 1]!.norm) === n)) found.add(n);
  }
  return found;
}

/**
 * A name the question writes with one word twice in a row ("Lorem Lorem", "Radar: The The One")
 * that the passage never doubles: a name put together from another's word, not one the passage
 * writes ("Candy Candy" of a passage that writes it so is the title itself).
 */
export function doubledWordUnwritten(run: readonly string[], words: readonly Word[]): boolean {
  const doubled = run.filter((w, i) => i > 0 && w === run[i - 1] && !/\p{N}/u.test(w) && !/^[ivx]+$/u.test(w));
  if (doubled.length === 0) return false;
  const twice = (d: string): boolean => words.some((w, i) => i > 0 && !w.mark && !words[i - 1]!.mark && w.norm === d && words[i - 1]!.norm === d);
  return doubled.some((d) => !twice(d));
}
