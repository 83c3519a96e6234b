// A question word the passage writes with another affix than the inflecting rules of
// text/similarity.ts read, or in another spelling (answer/support.ts asks after the tables, the
// affixes and answer/variants.ts have not found it): meN-/peN- with no nasal before a short root
// ("peraih" ~ "diraih"), a confix round a nasal prefix's root ("penangkapan" ~ "ditangkap"), a clitic
// pronoun ("kuambil" ~ "diambil"), the old spelling ("Tjari" ~ "cari", "jang" ~ "yang") and the loose
// letters of borrowed words ("jaman" ~ "zaman").
import { confixEnds, enclitics, locativeEnd, verbPrefixes, looseLetters, nasalLessInitials, nasalLessPrefixes, nounPrefixes, oldSpellings, proclitics } from '../lang/morphology.js';
import { allTables } from '../lang/index.js';
import { memoize } from '../memo.js';
import { isFalseFriend, wordKind } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import { formSimilarity } from '../text/similarity.js';
import type { ParagraphWord as Word } from '../text/words.js';

const alternations = allTables.flatMap((t) => t.prefixAlternations ?? []);
const initials = new Set(nasalLessInitials);
const vowel = /^[aeiou]/;

/** The root of four letters or more under a prefix that keeps no nasal before it ("peraih" → "raih", "melamar" → "lamar"), without a noun confix's end. */
function nasalLessRoots(word: string): string[] {
  const roots: string[] = [];
  for (const prefix of nasalLessPrefixes) {
    const rest = word.slice(prefix.length);
    if (!word.startsWith(prefix) || !initials.has(rest[0] ?? '') || vowel.test(rest.slice(1, 2)) === false) continue;
    for (const root of withoutEnds(rest, prefix)) roots.push(root);
  }
  return roots;
}

/** The root a nasal prefix stands before, with a noun confix's end taken off ("penangkapan" → "tangkap", "pemilikan" → "milik"). */
function nasalRoots(word: string): string[] {
  const roots: string[] = [];
  for (const [prefix, initial] of alternations) {
    if (word.startsWith(prefix) && vowel.test(word.slice(prefix.length))) roots.push(...withoutEnds(initial + word.slice(prefix.length), prefix));
  }
  return roots;
}

/** The root, and without a noun confix's end where its prefix is a noun confix's ("pe|nangkap|an"), keeping four letters. */
const withoutEnds = (root: string, prefix: string): string[] =>
  [root, ...(nounPrefixes.includes(prefix) ? confixEnds.filter((e) => root.endsWith(e) && root.length - e.length >= 4).map((e) => root.slice(0, -e.length)) : [])].filter((w) => w.length >= 4);

/** The word without a clitic pronoun before or after it ("kuambil" → "ambil", "bukuku" → "buku"). */
const withoutClitics = (word: string): string[] => [
  ...proclitics.filter((c) => word.startsWith(c) && word.length - c.length >= 4).map((c) => word.slice(c.length)),
  ...enclitics.filter((c) => word.endsWith(c) && word.length - c.length >= 4).map((c) => word.slice(0, -c.length)),
];

/** The word as written today, from the spellings before 1972 ("tjari" → "cari", "djalan" → "jalan"). */
export const modernSpelling = memoize((word: string): string => {
  let out = word;
  for (const [from, to] of oldSpellings) out = out.split(from).join(to);
  return out;
}, 8192);

/** The word with the loose letters of borrowed words written one way ("zaman" → "jaman"). */
const looseKey = (word: string): string => looseLetters.reduce((w, [from, to]) => w.split(from).join(to), word);

/** Letters only the old spelling writes ("dj", "tj", "nj", "sj", "oe", "ch"): a word without them is read as written ("saja" is no old "saya"). */
const oldMark = /dj|tj|nj|sj|oe|ch/;

/** Every root a word may be read as, itself first. */
const readingsOf = memoize((word: string): readonly string[] => {
  return [...new Set([word, ...nasalLessRoots(word), ...nasalRoots(word), ...withoutClitics(word)])];
}, 8192);

/** Is `noun` the "-an" noun of the root of `verb`, a prefixed verb with the locative "-i" ("kunjungan" of "mengunjungi")? */
function eventNounOf(verb: string, noun: string): boolean {
  if (!verb.endsWith(locativeEnd) || !confixEnds.some((e) => noun.endsWith(e))) return false;
  const plain = verbPrefixes.filter((p) => verb.startsWith(p)).map((p) => verb.slice(p.length));
  return [...nasalLessRoots(verb), ...nasalRoots(verb), ...plain].some((r) => {
    const root = r.slice(0, -locativeEnd.length);
    return r.endsWith(locativeEnd) && root.length >= 5 && confixEnds.some((e) => noun.endsWith(root + e) && noun.length - root.length - e.length <= 4);
  });
}

/** Two words of one root or one word in two spellings, read through the rules above. */
export function sameRootOtherwise(term: string, word: string): boolean {
  if (term === word) return true;
  if (looseKey(term) === looseKey(word) && term.length >= 4) return true;
  // A word in the old spelling is today's word, read with today's affixes ("tjari" ~ "mencari").
  if (oldMark.test(term) && /^[a-z]+$/.test(term) && formSimilarity(modernSpelling(term), word) > 0) return true;
  if (oldMark.test(word) && /^[a-z]+$/.test(word) && formSimilarity(term, modernSpelling(word)) > 0) return true;
  const a = readingsOf(term);
  const b = readingsOf(word);
  // Two readings the same ("raih" of "peraih" and "diraih"), or a root of five letters or more written in the other
  // word under a prefix and a suffix ("tangkap" of "penangkapan" in "ditangkap"); never a suffix the root lacks ("turun" is
  // no reading of "menurunkan", whose "-kan" makes another verb).
  if (eventNounOf(term, word) || eventNounOf(word, term)) return true;
  const inWord = (root: string, other: string): boolean => root.length >= 5 && formSimilarity(root, other) >= 0.9;
  return a.some((x, i) => (i > 0 && inWord(x, word)) || b.some((y, j) => (i > 0 || j > 0) && x === y && x.length >= 4)) || b.some((y, j) => j > 0 && inWord(y, term));
}

/** Words whose form is their meaning (an ordinal, a number, a function word) are found only as written. */
const asWritten = (term: string): boolean => term.length < 4 || lexicon.stopWords.has(term) || wordKind(term) === 'order' || wordKind(term) === 'number';

/** Is this question word written in the window by another of its root's forms or spellings? */
export function rootWritten(term: string, window: readonly Word[]): boolean {
  if (asWritten(term)) return false;
  return window.some((w) => !w.mark && !lexicon.stopWords.has(w.norm) && !isFalseFriend(term, w.norm) && sameRootOtherwise(term, w.norm));
}
