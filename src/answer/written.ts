// Is a question word written in a passage: as written, affixed, misspelt, as a name in another
// spelling, or as a word of the same concept from the language tables (answer/support.ts reads
// questions through it; answer/support-names.ts names).
import { affixedForm, conceptWordsOf, frameWords, isFalseFriend, oneWaySupportsOf, ungluedParts, wordKind } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import { demonymEntryOf, demonymSpans, gazetteerEntryOf, placeSpans } from '../text/known-names.js';
import { nameKey } from '../text/name-match.js';
import { queryTerms } from '../text/terms.js';
import { editDistance, formSimilarity } from '../text/similarity.js';
import { typingSlip } from '../text/typing-slips.js';
import type { ParagraphWord as Word } from '../text/words.js';

export const partsOfWord = (w: Word): readonly string[] => (w.mark ? [] : ungluedParts(w.norm));

/**
 * The same word, affixed (a word of three letters by "-nya" only), or misspelt — a typo being one letter in five letters or more, two in
 * nine or more, never the first letter, and never a function word ("ketika" is no typo of
 * "ketiga"): stricter than search, for "kematian" is not "kebaktian".
 */
export function sameOrTypo(term: string, word: string): boolean {
  // The possessive "-nya" changes no word, however short ("orang tuanya" writes "tua").
  if (formSimilarity(term, word) > 0 || word === `${term}nya`) return true;
  if (term.length < 5 || term[0] !== word[0] || lexicon.stopWords.has(word)) return false;
  const allowed = term.length >= 9 ? 2 : 1;
  return editDistance(term, word, allowed) <= allowed;
}

/**
 * A name word as written in another spelling ("Tjipto" ~ "Cipto", "Mangoenkoesoemo" ~ "Mangunkusumo")
 * or mistyped ("Jeoang" ~ "Jepang"): a slip of typing, not another letter ("Lorensa" is not
 * "Lorenso": text/typing-slips.ts).
 */
function sameName(term: string, word: string): boolean {
  if (formSimilarity(term, word) > 0 || word === `${term}nya`) return true;
  const a = nameKey(term);
  const b = nameKey(word);
  if (a.length >= 3 && a === b) return true;
  // A place's people's word ("Austria" ~ "Austrian", "Rusia" ~ "Russian").
  if (a.length >= 4 && ((b === `${a}n` && a.endsWith('a')) || (a === `${b}n` && b.endsWith('a')))) return true;
  if (term.length < 5 || term[0] !== word[0] || lexicon.stopWords.has(word)) return false;
  return typingSlip(term, word) || (a.length >= 5 && typingSlip(a, b));
}

/**
 * A name word the passage writes one letter otherwise, not as a slip of typing would ("Lorensa" of
 * "Lorenso", "Brentan" of "Brentana"): not that name mistyped (sameName) but
 * another, the passage's twin of it. Only of a capitalised word with the same first letter.
 */
export function twinNameWritten(term: string, words: readonly Word[]): boolean {
  if (term.length < 5) return false;
  const a = nameKey(term);
  const oneOff = (x: string, y: string): boolean => x[0] === y[0] && editDistance(x, y, 1) === 1;
  return words.some((w) => w.cap && partsOfWord(w).some((p) => !lexicon.stopWords.has(p) && !sameName(term, p) && (oneOff(term, p) || (a.length >= 5 && oneOff(a, nameKey(p))))));
}

/** A long name word written as its short form, its first letters ("Roem" of "Roemwerdiniadi"; four letters at least, of eight or more). */
const shortFormWritten = (term: string, words: readonly Word[]): boolean =>
  term.length >= 8 && words.some((w) => w.cap && !w.mark && w.norm.length >= 4 && term.startsWith(w.norm) && !lexicon.stopWords.has(w.norm));

/**
 * Is this name word written here, in any spelling? Another spelling or a typo only of a capitalised
 * word (a lower-case one as written or affixed): "Bandung" is not written by "banjir bandang". The
 * tables may still tell it ("AS" of "Amerika").
 */
export function writesName(term: string, words: readonly Word[]): boolean {
  return (
    shortFormWritten(term, words) ||
    words.some((w) => partsOfWord(w).some((p) => (w.cap ? sameName(term, p) : formSimilarity(term, p) > 0))) ||
    toldByTables(term, words) ||
    samePlaceWritten(term, words)
  );
}

/**
 * A place written by its people's word, or its people's word by the place, in either direction:
 * "Irish" of "Prime Minister of Ireland", "Ireland" of "the Irish prime minister", "French" of
 * "Menteri Luar Negeri Prancis" (the gazetteer's demonyms; its other names are read by the tables).
 * The gazetteer's spans are read longest first: "Amerika Selatan" is not "American".
 */
function samePlaceWritten(term: string, words: readonly Word[]): boolean {
  const byDemonym = demonymEntryOf(term);
  const asked = byDemonym ?? gazetteerEntryOf(term);
  if (asked === undefined) return false;
  const text = words.map((w) => w.text).join(' ');
  // The other form of the one the question writes: a place for a people's word, a people's word for a place.
  return (byDemonym !== undefined ? placeSpans(text) : demonymSpans(text)).some((span) => span.entry === asked);
}

/**
 * An ordinal or a comparison is said only as written, with a suffix at most ("terakhirnya",
 * "others"), never by another word of its root: "berakhir" ends something and "akhir" is an end,
 * neither is the last; "terbesar" is not "besar".
 */
const sameOrder = (term: string, word: string): boolean => word === term || word === `${term}nya` || word === `${term}s`;

/** Is this question word written here, affixed or misspelt (an ordinal or a comparison as written)? */
export function writes(term: string, words: readonly Word[]): boolean {
  const same = wordKind(term) === 'order' ? sameOrder : sameOrTypo;
  return words.some((w) => partsOfWord(w).some((p) => same(term, p)));
}

/** Is a phrase of the tables ("lahir dari", "ibu kota") written here, each word as written or affixed (and, given `usable`, a word it allows)? */
export function writesPhrase(phrase: string, words: readonly Word[], usable: (w: Word, part: string) => boolean = () => true): boolean {
  const parts = phrase.split(' ');
  const plain = words.filter((w) => !w.mark);
  if (parts.length === 1) return plain.some((w) => usable(w, phrase) && partsOfWord(w).some((p) => affixedForm(phrase, p)));
  for (let i = 0; i + parts.length <= plain.length; i++) {
    if (parts.every((part, k) => usable(plain[i + k]!, part) && affixedForm(part, plain[i + k]!.norm))) return true;
  }
  return false;
}

/**
 * A word that frames rather than tells ("kerajaan", "kekaisaran", "karya") says a word of a concept
 * only written as the concept writes it ("diduduki"), or where the tables say so one way: "Kerajaan
 * X" tells no one "berkuasa" (through "raja"), "Kekaisaran X" no "raja" (through "kaisar").
 */
const tells = (w: Word, part: string): boolean => w.norm === part || !frameWords.has(w.norm);

/** Is a question word said here: written, a word of the same concept, or a word that tells it one way? */
export function says(term: string, words: readonly Word[]): boolean {
  // A title's short form stands for every word it shortens: "Menlu" is said by "Menteri Luar Negeri" or
  // "foreign minister", not by "Menteri Pertahanan" (a minister too).
  const forms = lexicon.shortTitleForms.get(term);
  if (forms !== undefined) return writes(term, words) || forms.some((form) => saysAll(queryTerms(form), words));
  // "meninggalkan" (left) does not say "meninggal" (died), however close its letters; the tables may
  // still tell it one way ("meninggalkan dunia").
  const read = withoutFalseFriends(term, words);
  return writes(term, read) || toldByTables(term, words, read);
}

/**
 * Is every one of these words said here? Two words the tables translate together are read together
 * ("luar negeri" is said by "foreign"); `alone` may accept a word by a looser reading of its own.
 */
export function saysAll(terms: readonly string[], words: readonly Word[], alone: (term: string) => boolean = () => false): boolean {
  const told = terms.map(() => false);
  for (let i = 0; i + 1 < terms.length; i++) {
    const pair = `${terms[i]} ${terms[i + 1]}`;
    if (conceptWordsOf(pair).length > 0 && says(pair, words)) told[i] = told[i + 1] = true;
  }
  return terms.every((t, i) => told[i] || alone(t) || says(t, words));
}

const withoutFalseFriends = (term: string, words: readonly Word[]): readonly Word[] =>
  words.some((w) => isFalseFriend(term, w.norm)) ? words.filter((w) => !isFalseFriend(term, w.norm)) : words;

/** Is a question word told here by a word of its concept or one that tells it one way (`read`: the words a concept may use)? */
function toldByTables(term: string, words: readonly Word[], read: readonly Word[] = withoutFalseFriends(term, words)): boolean {
  // A title's short form is told only by the forms it stands for (says).
  if (lexicon.shortTitleForms.has(term)) return false;
  return conceptWordsOf(term).some((alt) => writesPhrase(alt, read, tells)) || oneWaySupportsOf(term).some((alt) => writesPhrase(alt, words));
}

/** Sentences the support is read from: the answer's and the one before it (and, given `after`, the one after it). */
export function windowOf(words: readonly Word[], first: number, last: number, after = false): Word[] {
  const sentence = words[first]!.sentence;
  const end = words[last]!.sentence + (after ? 1 : 0);
  return words.filter((w, i) => (i < first || i > last) && w.sentence <= end && w.sentence >= sentence - 1);
}

export const outside = (words: readonly Word[], first: number, last: number): Word[] => words.filter((_, i) => i < first || i > last);

/**
 * Do the words from `at` on (`step` 1: the run starts there) or back from it (-1: the run ends there)
 * write `run`, each word as `fits` reads it? A mark ends the run.
 */
export function writesRunAt(words: readonly Word[], at: number, step: 1 | -1, run: readonly string[], fits: (w: Word, want: string) => boolean): boolean {
  const n = run.length;
  for (let k = 0; k < n; k++) {
    const w = words[at + step * k];
    if (w === undefined || w.mark || !fits(w, run[step === 1 ? k : n - 1 - k]!)) return false;
  }
  return true;
}
