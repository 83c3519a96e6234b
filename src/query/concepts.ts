// Words that say what a question word says: the concepts and one-way supports of the language
// tables (src/lang/support-*.ts), over both languages, so "dilahirkan" is supported by "kelahiran",
// "born" by "lahir", and "ibu" by "putri dari".
import { allSupportTables, opposedConcepts, spanConcepts } from '../lang/support.js';
import { translations } from '../lang/translations.js';
import { memoize } from '../memo.js';
import { cognatesOf } from './cognates.js';
import { fold } from '../text/normalize.js';
import { lexicon } from '../text/lexicon.js';
import { editDistance, formSimilarity } from '../text/similarity.js';
import { partsOf } from '../text/words.js';

const lower = (list: readonly string[]): string[] => list.map((w) => fold(w));
// One concept over both languages: the Indonesian and the English words of "born" say the same.
const byKey = new Map<string, string[]>();
for (const t of allSupportTables) {
  for (const [key, words] of Object.entries(t.concepts)) byKey.set(key, [...(byKey.get(key) ?? []), ...lower(words)]);
  for (const [key, words] of Object.entries(t.roles)) byKey.set(`role:${key}`, [...(byKey.get(`role:${key}`) ?? []), ...lower(words)]);
}
// Each everyday word with its translation, each with its forms: one concept a row, so two words of one
// language that translate the same English word ("siswa", "mahasiswa": students) are not made one.
translations.forEach(([id, en], i) => byKey.set(`translation:${i}`, [...id.split('|'), ...en.split('|')].map((w) => fold(w))));
const conceptKeys: readonly string[] = [...byKey.keys()];
/** Every word of a role or title concept ("finance", "keuangan", "mayor", "wali kota"). */
export const roleConceptWords: ReadonlySet<string> = new Set(conceptKeys.filter((k) => k.startsWith('role:')).flatMap((k) => byKey.get(k)!));
const concepts: readonly (readonly string[])[] = conceptKeys.map((k) => byKey.get(k)!);
/** Irregular forms: each form to the others of its word ("broke" → "break", "broken"). */
const irregularForms = new Map<string, string[]>();
for (const forms of allSupportTables.flatMap((t) => t.irregular)) {
  const list = lower(forms.split(' '));
  for (const f of list) irregularForms.set(f, [...(irregularForms.get(f) ?? []), ...list.filter((x) => x !== f)]);
}
const toldBy = new Map<string, string[]>();
for (const t of allSupportTables) for (const [key, words] of Object.entries(t.toldBy)) toldBy.set(key, [...(toldBy.get(key) ?? []), ...lower(words)]);
const falseFriends = new Map<string, string[]>();
for (const t of allSupportTables) for (const [word, list] of Object.entries(t.falseFriends)) falseFriends.set(fold(word), [...(falseFriends.get(fold(word)) ?? []), ...lower(list)]);
const supportedBy = new Map<string, string[]>();
for (const t of allSupportTables) {
  for (const [word, by] of Object.entries(t.supportedBy)) supportedBy.set(fold(word), [...(supportedBy.get(fold(word)) ?? []), ...lower(by)]);
}

export const frameWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.frameWords)));
export const startWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.startWords)));
export const sinceWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.sinceWords)));
export const soughtWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.soughtWords)));
export const recordWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.recordWords)));
export const spanWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.spanWords)));
export const amountWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.amountWords)));
export const moneyTables = allSupportTables.map((t) => t.money);
export const complementisers: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.complementisers)));
export const personWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.personWords)));
export const clauseJoins: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.clauseJoins)));
export const ordinalWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.ordinals)));
export const impliedOrdinals: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.impliedOrdinals)));
export const laterOrdinals: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.laterOrdinals)));
/** Each word before a title that makes it another office, to what it makes of it ("wakil", "deputy" → vice). */
export const roleModifierKinds: ReadonlyMap<string, string> = new Map(allSupportTables.flatMap((t) => Object.entries(t.roleModifiers).flatMap(([kind, words]) => lower(words).map((w): [string, string] => [w, kind]))));
export const roleModifiers: ReadonlySet<string> = new Set(roleModifierKinds.keys());
export const otherInstances: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.otherInstances)));
export const exclusionWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.exclusions)));
export const lightVerbs: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.lightVerbs)));
export const negationWords: ReadonlySet<string> = new Set(allSupportTables.flatMap((t) => lower(t.negations)));
const keyWords = new Set(allSupportTables.flatMap((t) => lower(t.keyWords)));
const eventPrefixes = allSupportTables.flatMap((t) => lower(t.eventPrefixes));
const eventSuffixes = allSupportTables.flatMap((t) => lower(t.eventSuffixes));

const gluedPrefixes = allSupportTables.flatMap((t) => lower(t.gluedPrefixes));

/** A word and, written glued to a prefix of the tables, the word without it ("pascakenaikan" → "kenaikan"; four letters left at least). */
export const ungluedForms = (word: string): string[] => [
  word,
  ...gluedPrefixes.filter((p) => word.startsWith(p) && word.length >= p.length + 4).map((p) => word.slice(p.length).replace(/^-/, '')),
];

/** The parts of a joined word, each with its unglued forms (remembered: the support check asks for every word of a passage again and again). */
export const ungluedParts: (norm: string) => readonly string[] = memoize((norm: string): string[] => partsOf(norm).flatMap(ungluedForms), 16_384);

const orderWords = new Set(allSupportTables.flatMap((t) => lower(t.keyWords)));
const reversals = allSupportTables.flatMap((t) => lower(t.reversals));

/** What kind of word a question word is, for the support's gaps (see answer/support.ts GapKind); remembered, as every candidate asks again. */
export const wordKind: (term: string) => WordKind = memoize(kindOf, 4096);

type WordKind = 'number' | 'order' | 'role' | 'origin' | 'reversal' | 'event' | 'other';

function kindOf(term: string): WordKind {
  if (/\p{N}/u.test(term)) return 'number';
  if (orderWords.has(term)) return 'order';
  if (reversals.some((r) => affixedForm(r, term)) || spanEndOf(term) === 'end') return 'reversal';
  if (spanEndOf(term) === 'start') return 'origin';
  if (lexicon.titleWords.has(term)) return 'role';
  return isKeyWord(term) ? 'event' : 'other';
}

/**
 * Must a passage say this question word for the question to be answered, however much else it
 * says? Yes for a number, a comparison or superlative, an ordinal past the first, a word of a known
 * concept, and a word shaped like a verb ("dibubarkan", "menolak"; "abolished"): what a question asks
 * about. Other words (a noun of context: "atlet", "kejuaraan") may go unsaid in a long question.
 */
export const isKeyWord: (term: string) => boolean = memoize(keyWord, 4096);

function keyWord(term: string): boolean {
  if (/\p{N}/u.test(term) || keyWords.has(term) || lexicon.titleWords.has(term) || conceptsOf(term).length > 0) return true;
  if (eventPrefixes.some((p) => term.startsWith(p) && term.length >= p.length + 4)) return true;
  return eventSuffixes.some((s) => term.endsWith(s) && term.length >= s.length + 3);
}

/** The English stem of a word of Latin letters, '' of any other (remembered: the support check asks for every word of a passage). */
const latinStem = memoize((word: string): string => (/^[a-z]+$/.test(word) ? englishStem(word) : ''), 16_384);

/** Do both words have four letters at least, the first four the same (as two words of one English stem do)? */
const sameStart = (a: string, b: string): boolean =>
  a.length >= 4 && b.length >= 4 && a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(1) === b.charCodeAt(1) && a.charCodeAt(2) === b.charCodeAt(2) && a.charCodeAt(3) === b.charCodeAt(3);

/**
 * Is `word` this word itself, or it with a prefix or suffix ("lahir" → "dilahirkan")? Asked only
 * where it can be (a speed-up, the same answers): the word holding the root for the form, their
 * first four letters alike for an English stem — a new question word is tried against every word
 * of the tables, and the full test and its memo cost far more than these looks.
 */
export const affixedForm = (root: string, word: string): boolean =>
  (word.includes(root) && formSimilarity(root, word) >= 0.9) || (sameStart(root, word) && sameEnglishStem(root, word));

/**
 * English words of one stem: "imitate" ~ "imitating", "establish" ~ "establishment", "create" ~
 * "creation" (a light suffix-stripper, for Latin letters only; four letters of stem at least).
 */
export function sameEnglishStem(a: string, b: string): boolean {
  if (a === b) return false;
  const sa = latinStem(a);
  return sa.length >= 4 && sa === latinStem(b);
}

const englishSuffixes = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ies', 'ied', 'es', 'ed', 'ly', 's', 'e', 'y'];

function englishStem(word: string): string {
  for (const s of englishSuffixes) {
    if (word.length - s.length >= 4 && word.endsWith(s)) {
      const stem = word.slice(0, -s.length);
      // "stopped" → "stop", "planned" → "plan".
      return /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    }
  }
  return word;
}

/** Is a question word this word of a concept, as written or with affixes of its own ("dilahirkan" of "lahir"; "umum" is not "mengumumkan")? */
const formOf = (conceptWord: string, term: string): boolean => affixedForm(conceptWord, term);
// A translation is of the word as written, or its English plural: "lautan" (ocean) is a form of
// "laut" but no "sea"; "bridges" is "jembatan".
const translationConcepts = new Set(conceptKeys.flatMap((k, i) => (k.startsWith('translation:') ? [i] : [])));
const holdsForm = (i: number, term: string): boolean =>
  translationConcepts.has(i) ? concepts[i]!.some((w) => term === w || term === `${w}s`) : concepts[i]!.some((w) => formOf(w, term));

/** The concepts by their words, and by the first four letters of their words (a speed-up, the same answers). */
const conceptsByWord = new Map<string, number[]>();
const conceptsByStart = new Map<string, number[]>();
concepts.forEach((c, i) => {
  for (const w of c) {
    for (const [map, key] of [[conceptsByWord, w], [conceptsByStart, w.slice(0, 4)]] as const) {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
});

/**
 * The concepts (ascending) with a word that can be a form of `term`: a word written inside it, or one
 * beginning with its first four letters (affixedForm needs one or the other), instead of all of them.
 */
function conceptsHolding(term: string): number[] {
  const found = new Set<number>();
  for (let start = 0; start < term.length; start++) for (let end = start + 1; end <= term.length; end++) for (const i of conceptsByWord.get(term.slice(start, end)) ?? []) found.add(i);
  for (const i of conceptsByWord.get('') ?? []) found.add(i);
  if (term.length >= 4) for (const i of conceptsByStart.get(term.slice(0, 4)) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b);
}

/** Is this word one of the everyday words with a translation (lang/translations.ts: "bridge", "perang")? */
export const hasTranslation = (term: string): boolean => conceptsHolding(term).some((i) => translationConcepts.has(i) && holdsForm(i, term));

/** The words of the translations of this word (lang/translations.ts: "orang" of "people"), besides the word itself. */
export const translationsOf = (term: string): readonly string[] => [
  ...new Set(conceptsHolding(term).flatMap((i) => (translationConcepts.has(i) && holdsForm(i, term) ? concepts[i]!.filter((w) => w !== term) : []))),
  ...cognatesOf(term),
];

/** The concepts (by key) a question word belongs to: events, roles, spans; a translation is none. */
export const conceptsOf: (term: string) => readonly string[] = memoize(
  (term: string): string[] => [...new Set(conceptsHolding(term).flatMap((i) => (!translationConcepts.has(i) && holdsForm(i, term) ? [conceptKeys[i]!] : [])))],
  4096,
);

/** Which end of a span of years a question word asks about, if any ("lahir" the start, "runtuh" the end). */
export function spanEndOf(term: string): 'start' | 'end' | undefined {
  const keys = conceptsOf(term);
  if (keys.some((k) => spanConcepts.end.includes(k))) return 'end';
  if (keys.some((k) => spanConcepts.start.includes(k))) return 'start';
  return undefined;
}

/**
 * The words of the same concepts as this question word (and its irregular forms), besides the word
 * itself: they say it both ways ("didirikan" ~ "berdiri").
 */
export const conceptWordsOf: (term: string) => readonly string[] = memoize((term: string): string[] => {
  const out = new Set<string>();
  for (const i of conceptsHolding(term)) if (holdsForm(i, term)) for (const w of concepts[i]!) out.add(w);
  for (const w of irregularForms.get(term) ?? []) out.add(w);
  // Its loanword in the other language ("recommended" ~ "rekomendasi"), which no table lists.
  for (const w of cognatesOf(term)) out.add(w);
  out.delete(term);
  return [...out];
}, 4096);

/**
 * The words (and phrases) a passage may tell this question word by, one way only: its own one-way
 * supports ("ibu" by "putri dari") and those of its concepts ("didirikan" by "lahirnya").
 */
export const oneWaySupportsOf: (term: string) => readonly string[] = memoize((term: string): string[] => {
  const out = new Set<string>(supportedBy.get(term) ?? []);
  for (const key of conceptsOf(term)) for (const w of toldBy.get(key) ?? []) out.add(w);
  out.delete(term);
  return [...out];
}, 4096);

/**
 * The words (and phrases, space-separated) a passage may use for this question word, besides the
 * word itself: every word of each concept it belongs to, and its one-way supports.
 */
export const alternativesOf: (term: string) => readonly string[] = memoize(
  (term: string): string[] => [...new Set([...conceptWordsOf(term), ...oneWaySupportsOf(term)])],
  4096,
);

/** Suffixes a word may carry and stay the word for a false friend ("dirinya", "meninggalkannya"). */
const plainSuffixes = ['', 'nya', 'kan', 'kannya', 'an', 'lah', 's'];
const withSuffix = (root: string, word: string): boolean => word.startsWith(root) && plainSuffixes.includes(word.slice(root.length));

/**
 * Is this passage word a false friend of the question word: of its root but not its meaning
 * ("meninggalkan" for "meninggal", "dirinya" for "berdirinya"; the tables' falseFriends)?
 */
export function isFalseFriend(term: string, word: string): boolean {
  for (const [root, friends] of falseFriends) {
    if ((term === root || term === `${root}nya`) && word !== root && word !== `${root}nya` && friends.some((f) => withSuffix(f, word))) return true;
  }
  return false;
}

const opposites = new Map<string, string[]>();
for (const [a, b] of allSupportTables.flatMap((t) => t.opposites).map(([x, y]) => [fold(x), fold(y)] as const)) {
  opposites.set(a, [...(opposites.get(a) ?? []), b]);
  opposites.set(b, [...(opposites.get(b) ?? []), a]);
}

/** The words that say the opposite of this question word ("barat" of "timur", "later" of "earlier"; the tables' opposites). */
export const oppositesOf = (term: string): readonly string[] => opposites.get(term) ?? [];

/** Single words of the tables a misspelt question word may stand for: words of concepts and roles, and framing words. */
const tableWords: readonly string[] = [...new Set([...concepts.flat(), ...frameWords].filter((w) => !w.includes(' ') && w.length >= 5))];

/**
 * The word of the tables a question word stands for when it is a typo of one ("menmukan" for
 * "menemukan", "leteak" for "letak"): one letter added, dropped, changed or swapped, never the first,
 * in a word of six letters or more that is neither a table word nor an affixed form of one, nor a
 * word of its own kind (a reversal, an ordinal), nor the table word with a letter added at its end ("novels"). Else the
 * word itself. Misspelt, the question still says what the table word says, affixed as the passage writes it.
 */
export const tableWordOf: (term: string) => string = memoize((term: string): string => {
  if (term.length < 6 || !/^\p{L}+$/u.test(term) || frameWords.has(term) || conceptsOf(term).length > 0 || lexicon.stopWords.has(term) || lexicon.kinWords.has(term)) return term;
  // A word of its own kind ("dilarang" undoes, "terakhir" orders) is no typo of another.
  if (kindOf(term) !== 'event' && kindOf(term) !== 'other') return term;
  const near = tableWords.filter(
    (w) => w[0] === term[0] && Math.abs(w.length - term.length) <= 1 && !term.startsWith(w) && !w.startsWith(term) && editDistance(term, w, 1) <= 1,
  );
  return near.length === 1 ? near[0]! : term;
}, 4096);

const opposedKeys = new Map<string, string[]>();
for (const [a, b] of opposedConcepts) {
  opposedKeys.set(a, [...(opposedKeys.get(a) ?? []), b]);
  opposedKeys.set(b, [...(opposedKeys.get(b) ?? []), a]);
}

/** The concepts of events opposite to this word's ("died" of "lahir", "ended" of "dimulai"; lang/support.ts opposedConcepts). */
export const opposedConceptsOf = (term: string): readonly string[] => [...new Set(conceptsOf(term).flatMap((k) => opposedKeys.get(k) ?? []))];

/** Is this passage word a false friend of any question word of the tables ("meninggalkan" of "meninggal")? */
export const isFalseFriendOfAny = (word: string): boolean => [...falseFriends.keys()].some((root) => isFalseFriend(root, word));
