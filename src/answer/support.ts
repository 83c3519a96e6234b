// Does a passage say what a question says? An answer is given only where it does: every content
// word of the question is found in the answer's sentence or the sentence before it — as written,
// affixed, misspelt, or as a word of the same concept from the language tables ("didirikan" ~
// "berdiri", "born" ~ "lahir") — and every name the question types is found in the paragraph (a
// long name may lose a part: "Robert Kevin Rose" is the passage's "Kevin Rose"). A negated question
// needs a negation there too. Words that only frame a question ("letak", "nama", "located") and the
// first of an ordinal ("pertama kali") need no support. What is missing is reported, so that the
// refusal can say what the passage does not.
import { allTables } from '../lang/index.js';
import { addressesSomeone, type QuestionFocus } from '../query/focus.js';
import { affixedForm, alternativesOf, exclusionWords, frameWords, impliedOrdinals, isKeyWord, negationWords, ungluedParts, wordKind } from '../query/concepts.js';
import { gazetteerEntryOf, gazetteerNames } from '../text/known-names.js';
import { hasRoleAffix, lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { nameKey } from '../text/name-match.js';
import { editDistance, formSimilarity } from '../text/similarity.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { acronymWritten } from './acronyms.js';

/**
 * What a question word the passage does not say is: a name (of a person or a thing), a place, a
 * year, another number, an ordinal or comparison ("terakhir", "sebelum"), a role ("menteri"), a
 * word that undoes an event ("dibubarkan", "dilarang"), another event word, or any other word.
 */
export type GapKind = 'name' | 'place' | 'year' | 'number' | 'order' | 'role' | 'origin' | 'reversal' | 'event' | 'other';

export interface Gap {
  readonly term: string;
  readonly kind: GapKind;
  /** The passage says something else in its stead (another year, another place, another first name). */
  readonly contradicted: boolean;
  /** The word stands in the question's context ("di Fukui", "pada tahun 2005"), not its core. */
  readonly context?: boolean;
}

export interface Support {
  /** The window says what the question says. */
  readonly ok: boolean;
  /** Question words (folded) that neither the window nor, for names, the paragraph holds. */
  readonly missing: readonly string[];
  readonly gaps: readonly Gap[];
  /** Units of the question that need support: each name, each other word past the framing ones. */
  readonly units: number;
  /** The question is negated and the window is not, or the window negates what the question says. */
  readonly negation: boolean;
}

/**
 * Gaps a question may have and still be answered. A short question (three units or fewer: "Kapan
 * PBB dibubarkan?") is answered only where the passage says every unit of it, a time it leaves
 * unsaid aside. A longer one carries more than it needs to be identified ("Siapa peraih medali
 * perunggu untuk Indonesia dalam Kejuaraan Dunia Kempo di Fukui?"): up to half its units may go
 * unsaid, but never a place, an ordinal, a beginning (a birth, a founding) or an ending — except in a
 * question of LONG units or more, where only an ordinal or an ending is never left unsaid. Nothing is answered that the passage
 * contradicts (another year, another place, another first name) or negates.
 */
export const SHORT = 3;
export const OMIT_SHARE = 2;
const hardInShort: ReadonlySet<GapKind> = new Set(['name', 'place', 'order', 'role', 'origin', 'reversal']);
const hardInLong: ReadonlySet<GapKind> = new Set(['place', 'order', 'origin', 'reversal']);
const hardInVeryLong: ReadonlySet<GapKind> = new Set(['order', 'reversal']);
/** Units from which a question is long enough that a place or a beginning it adds may go unsaid (tuned on FacQA and IDK-MRC train). */
export const LONG = 6;

/** Is a question with these gaps answered by the passage? */
export function supportedDespite(gaps: readonly Gap[], units: number, negation: boolean): boolean {
  if (negation || gaps.some((g) => g.contradicted)) return false;
  const short = units <= SHORT;
  // A long question (six units or more) says far more than it needs to be identified: only an
  // ordinal or an ending it leaves unsaid refuses it by kind ("refuse", "dibubarkan" undo the event
  // the passage tells); other gaps count toward the share it may omit.
  const hard = short ? hardInShort : units >= LONG ? hardInVeryLong : hardInLong;
  if (gaps.some((g) => hard.has(g.kind))) return false;
  // A time the passage leaves out, and says no other, may be the article's own ("… IMF tahun 1998?").
  const counted = gaps.filter((g) => g.kind !== 'year');
  return counted.length <= (short ? 0 : Math.floor(units / OMIT_SHARE));
}

export interface SupportOptions {
  /** Question words the answer itself says (a life span answers "lahir"; a span of years "berakhir"). */
  readonly implied?: (term: string) => boolean;
}

const partsOfWord = (w: Word): readonly string[] => (w.mark ? [] : ungluedParts(w.norm));

/**
 * The same word, affixed, or misspelt — a typo being one letter in five letters or more, two in
 * nine or more, never the first letter: stricter than search, for "kematian" is not "kebaktian".
 */
export function sameOrTypo(term: string, word: string): boolean {
  if (formSimilarity(term, word) > 0) return true;
  if (term.length < 5 || term[0] !== word[0]) return false;
  const allowed = term.length >= 9 ? 2 : 1;
  return editDistance(term, word, allowed) <= allowed;
}

/** A name word as written in another spelling ("Tjipto" ~ "Cipto", "Mangoenkoesoemo" ~ "Mangunkusumo") or a typo of it. */
function sameName(term: string, word: string): boolean {
  if (sameOrTypo(term, word)) return true;
  const a = nameKey(term);
  return a.length >= 3 && (a === nameKey(word) || (a.length >= 5 && sameOrTypo(a, nameKey(word))));
}

/** A long name word written as its short form, its first letters ("Roem" of "Roemwerdiniadi"; four letters at least, of eight or more). */
const shortFormWritten = (term: string, words: readonly Word[]): boolean =>
  term.length >= 8 && words.some((w) => w.cap && !w.mark && w.norm.length >= 4 && term.startsWith(w.norm) && !lexicon.stopWords.has(w.norm));

/** Is this name word written here, in any spelling? */
function writesName(term: string, words: readonly Word[]): boolean {
  return shortFormWritten(term, words) || words.some((w) => partsOfWord(w).some((p) => sameName(term, p))) || says(term, words);
}

/** Is this question word written here, affixed or misspelt? */
function writes(term: string, words: readonly Word[]): boolean {
  return words.some((w) => partsOfWord(w).some((p) => sameOrTypo(term, p)));
}

/** Is a phrase of the tables ("lahir dari", "ibu kota") written here, each word as written or affixed? */
function writesPhrase(phrase: string, words: readonly Word[]): boolean {
  const parts = phrase.split(' ');
  const plain = words.filter((w) => !w.mark);
  if (parts.length === 1) return plain.some((w) => partsOfWord(w).some((p) => affixedForm(phrase, p)));
  for (let i = 0; i + parts.length <= plain.length; i++) {
    if (parts.every((part, k) => affixedForm(part, plain[i + k]!.norm))) return true;
  }
  return false;
}

/** Is a question word said here: written, or a word of the same concept? */
export function says(term: string, words: readonly Word[]): boolean {
  return writes(term, words) || alternativesOf(term).some((alt) => writesPhrase(alt, words));
}

/** Sentences the support is read from: the answer's and the one before it. */
function windowOf(words: readonly Word[], first: number, last: number): Word[] {
  const sentence = words[first]!.sentence;
  return words.filter((w, i) => (i < first || i > last) && w.sentence <= words[last]!.sentence && w.sentence >= sentence - 1);
}

const outside = (words: readonly Word[], first: number, last: number): Word[] => words.filter((_, i) => i < first || i > last);

/** Is this word written capitalised as (part of) another name, not a function or title word? */
function isOtherName(w: Word | undefined, run: readonly string[]): boolean {
  if (w === undefined || w.mark || !w.cap || w.initial) return false;
  if (lexicon.stopWords.has(w.norm) || lexicon.titles.has(w.norm) || lexicon.honorifics.has(w.norm)) return false;
  return !run.some((r) => sameOrTypo(r, w.norm));
}

/** A place of the gazetteer (any of its names, in either language) written in these words? */
function placeWritten(typed: string, words: readonly Word[]): boolean {
  const entry = gazetteerEntryOf(typed);
  return entry !== undefined && gazetteerNames(entry).some((name) => writesPhrase(fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), words));
}

/** A word a country or a city may follow as the role's or body's own ("Menteri Perindustrian [Indonesia]"). */
const qualifiesRole = (word: string | undefined): boolean =>
  word !== undefined && (lexicon.titleWords.has(word) || lexicon.roleWords.has(word) || hasRoleAffix(word));

const isPlaceWord = (w: string): boolean => gazetteerEntryOf(w) !== undefined || lexicon.compass.has(w) || demonyms.has(w);
const isPlace = (words: readonly string[]): boolean => gazetteerEntryOf(words.join(' ')) !== undefined || words.every(isPlaceWord);
const demonyms = new Set([...lexicon.demonyms].map((d) => fold(d)));

/**
 * A name the question types that the passage writes only in part: is the rest another name there?
 * "Albert Babbage" of a passage that writes "Charles Babbage" is; "Harold Pinter" of one that writes
 * "Pinter yang lahir …" is not: written once beside another name, the part names someone else there.
 * Words inside the answer are not another name (they are the answer).
 */
function partConflicts(run: readonly string[], found: readonly string[], words: readonly Word[], first: number, last: number): boolean {
  const missingBefore = run.findIndex((w) => !found.includes(w)) < run.findIndex((w) => found.includes(w));
  const missingAfter = [...run].reverse().findIndex((w) => !found.includes(w)) < [...run].reverse().findIndex((w) => found.includes(w));
  const edge = missingBefore ? found[0]! : found[found.length - 1]!;
  let seen = 0;
  let foreign = 0;
  words.forEach((w, i) => {
    if (w.mark || (i >= first && i <= last) || !partsOfWord(w).some((p) => sameOrTypo(edge, p))) return;
    seen++;
    const before = missingBefore && i - 1 >= 0 && !(i - 1 >= first && i - 1 <= last) ? words[i - 1] : undefined;
    const after = missingAfter && i + 1 < words.length && !(i + 1 >= first && i + 1 <= last) ? words[i + 1] : undefined;
    if (isOtherName(before, run) || isOtherName(after, run)) foreign++;
  });
  return foreign > 0;
}

/** Does the window write another place where the question names one ("masuk ke Inggris" of "masuk ke Indonesia")? */
function slotHasOtherPlace(before: string | undefined, run: readonly string[], window: readonly Word[]): boolean {
  if (before === undefined) return false;
  return window.some((w, i) => {
    if (w.mark || !sameOrTypo(before, w.norm)) return false;
    let j = i + 1;
    while (j < window.length && !window[j]!.mark && lexicon.stopWords.has(window[j]!.norm) && j - i <= 2) j++;
    const next = window[j];
    return next !== undefined && isOtherName(next, run) && (gazetteerEntryOf(next.norm) !== undefined || lexicon.demonyms.has(next.text));
  });
}

/** Does the passage write another name right after the question's word before its name ("seri Naruto" for "seri Radar")? */
function slotHasOtherName(before: string | undefined, run: readonly string[], words: readonly Word[]): boolean {
  if (before === undefined || lexicon.stopWords.has(before) || before.length < 3) return false;
  return words.some((w, i) => !w.mark && sameOrTypo(before, w.norm) && isOtherName(words[i + 1], run));
}

const inContext = (focus: QuestionFocus, words: readonly string[]): boolean => words.every((w) => focus.context.has(w));

interface NameCheck {
  /** Question words that belong to a name (checked here, not as words). */
  readonly covered: ReadonlySet<string>;
  readonly gaps: readonly Gap[];
  readonly runs: number;
}

/**
 * Names the question types, each checked over the whole paragraph. A name written in part is
 * enough unless the rest is another name there; a place left out is enough unless the window writes
 * another place in its stead ("Menteri Perindustrian Indonesia" of "Menteri Perindustrian Budi").
 */
function namesSupported(focus: QuestionFocus, words: readonly Word[], first: number, last: number, window: readonly Word[]): NameCheck {
  const paragraph = outside(words, first, last);
  const covered = new Set<string>();
  const gaps: Gap[] = [];
  let runs = 0;
  focus.nameRuns.forEach((run, k) => {
    // The first name is what the question is about, told anywhere in the paragraph; a later one, or
    // one in the question's context ("jurnalis di Hong Kong"), must stand by the answer.
    const scope = k === 0 && !inContext(focus, run.words) ? paragraph : window;
    // Titles in a name ("Vice President of the Council") are read as words of the question, not as the name.
    for (const w of run.words) if (!lexicon.titles.has(w)) covered.add(w);
    // A double-barrelled name is written by either part ("Ana Lopez-Vidal" is the passage's "Vidal"; parts of three letters or more: "NP-hard" is one word).
    const parts = run.words.flatMap((w) => (/^\p{L}{3,}(-\p{L}{3,})+$/u.test(w) ? w.split('-') : [w]));
    const names = parts.filter((w) => !/[-.'’]/.test(w) && w.length > 1 && !lexicon.titles.has(w) && !lexicon.honorifics.has(w) && !lexicon.stopWords.has(w));
    if (names.length === 0) return;
    runs++;
    const found = names.filter((w) => writesName(w, scope) || placeWritten(w, scope) || acronymWritten([w], scope));
    if (found.length === names.length || placeWritten(names.join(' '), scope) || acronymWritten(names, scope) || acronymWritten(names.slice(1), scope)) return;
    const absent = names.filter((w) => !found.includes(w));
    // A place left out is a role's country ("Menteri Perindustrian [Indonesia]"), told by the
    // article's context; a place the question asks about ("ke Inggris", "Kapan India merdeka?") is not.
    const at = run.words.indexOf(absent[0]!);
    const beforeAbsent = at > 0 ? run.words[at - 1] : run.before;
    const omittedPlace = isPlace(absent) && (qualifiesRole(beforeAbsent) || run.words.slice(0, Math.max(0, at)).some((w) => lexicon.titles.has(w)));
    const place = isPlace(absent);
    if (found.length > 0 && !place) {
      // The rest of a name written in part: fine, unless it is another name there ("Charles Babbage").
      if (partConflicts(names, found, words, first, last)) gaps.push({ term: absent.join(' '), kind: 'name', contradicted: true, context: inContext(focus, absent) });
      return;
    }
    if (!place) {
      // A name the passage does not write: another name in its slot ("seri Radar" of "seri Naruto") says it is another.
      gaps.push({ term: absent.join(' '), kind: 'name', contradicted: slotHasOtherName(run.before, names, paragraph), context: inContext(focus, absent) });
      return;
    }
    const otherPlace = slotHasOtherPlace(found.length > 0 ? found[found.length - 1] : run.before, names, window);
    if (omittedPlace && !otherPlace) return;
    gaps.push({ term: absent.join(' '), kind: 'place', contradicted: otherPlace, context: inContext(focus, absent) });
  });
  return { covered, gaps, runs };
}

const isNegation = (w: Word): boolean => !w.mark && (negationWords.has(w.norm) || w.norm.endsWith("n't"));

/** "not only", "tidak hanya": a negation that does not negate. */
const notOnly = new Set(['hanya', 'saja', 'cuma', 'only', 'just', 'merely']);

/** Words that may stand between a negation and its verb ("tidak pernah menulis", "never once wrote"). */
const auxiliaries = new Set(['akan', 'pernah', 'bisa', 'dapat', 'sempat', 'mau', 'ingin', 'lagi', 'juga', 'pula', 'once', 'ever', 'be', 'been', 'have']);

/**
 * Does the window negate a word the question says ("tidak menciptakan" for "Siapa yang menciptakan
 * …?")? Only key words count for a question that is not negated; any word of a negated question
 * ("Who was not exempt …?" needs "not exempt" there).
 */
function negatesAQuestionWord(focus: QuestionFocus, window: readonly Word[], anyWord = false): boolean {
  const plain = window.filter((w) => !w.mark);
  return plain.some((w, i) => {
    if (!isNegation(w) || notOnly.has(plain[i + 1]?.norm ?? '')) return false;
    const next = auxiliaries.has(plain[i + 1]?.norm ?? '') ? plain.slice(i + 2, i + 3) : plain.slice(i + 1, i + 2);
    // The question's own word negated, as written or with affixes ("tidak menciptakan"); not a root it shares ("tak laku").
    return focus.terms.some(
      (t) => !frameWords.has(t) && (anyWord || isKeyWord(t)) && !/\p{N}/u.test(t) && next.some((w) => affixedForm(t, w.norm) || (anyWord && says(t, [w]))),
    );
  });
}

/**
 * Does the passage around the answer (words[first..last] of a paragraph) say what the question
 * says? The answer's own words never count as support.
 */
export function supportOf(focus: QuestionFocus, words: readonly Word[], first: number, last: number, options: SupportOptions = {}): Support {
  const window = windowOf(words, first, last);
  const paragraph = outside(words, first, last);
  const names = namesSupported(focus, words, first, last, window);
  const gaps = [...names.gaps];
  let units = names.runs;
  for (const term of focus.terms) {
    // Honorifics and ranks are how the question addresses someone, not what it asks ("Kapan dr. X lahir?").
    if (names.covered.has(term) || frameWords.has(term) || impliedOrdinals.has(term) || addressesSomeone(focus, term)) continue;
    if (options.implied?.(term)) continue;
    // "Selain X, siapa …?", "Who besides X …?": the passage names X beside the answer; it need not write "besides".
    if (exclusionWords.has(term) && focus.nameRuns.length > 0) continue;
    units++;
    if (says(term, window)) continue;
    // A name written in lower case ("aristoteles") is found like a name: anywhere in the paragraph.
    if (paragraph.some((w) => w.cap && partsOfWord(w).some((p) => sameOrTypo(term, p)))) continue;
    gaps.push({ ...gapOf(term, window, focus), context: focus.context.has(term) });
  }
  const negation = focus.negated ? !negatesAQuestionWord(focus, window, true) : negatesAQuestionWord(focus, window);
  return { ok: supportedDespite(gaps, units, negation), missing: gaps.map((g) => g.term), gaps, units, negation };
}

const months = new Set(allTables.flatMap((t) => Object.keys(t.months)));
const isYear = (norm: string): boolean => /^(1\d{3}|20\d{2})$/.test(norm);

/** What kind of word the passage leaves unsaid, and whether it says another in its stead. */
function gapOf(term: string, window: readonly Word[], focus: QuestionFocus): Gap {
  // A year the passage leaves out may be the article's own; a year it writes otherwise is another time.
  if (isYear(term)) return { term, kind: 'year', contradicted: window.some((w) => isYear(w.norm) && w.norm !== term) };
  // A month or a day likewise: another one written there is another time.
  if (lexicon.calendar.has(term)) return { term, kind: 'year', contradicted: window.some((w) => lexicon.calendar.has(w.norm) && w.norm !== term && months.has(w.norm) === months.has(term)) };
  const kind = wordKind(term);
  return { term, kind: kind === 'other' && focus.verbs.has(term) ? 'event' : kind, contradicted: false };
}

/**
 * The word the passage writes where the question has a gap, verbatim, when one plainly stands there:
 * another event ("dikembangkan" for "ditinggalkan"), another ordinal ("pertama" for "terakhir"),
 * another year. Undefined when none does.
 */
export function contrastFor(gap: Gap, focus: QuestionFocus, words: readonly Word[], first: number, last: number): string | undefined {
  const eventLike = (k: string): boolean => k === 'event' || k === 'origin' || k === 'reversal';
  const fits = (w: Word): boolean => {
    if (w.mark || w.cap || lexicon.stopWords.has(w.norm) || frameWords.has(w.norm) || focus.words.has(w.norm)) return false;
    if (gap.kind === 'year') return isYear(w.norm) && w.norm !== gap.term;
    if (gap.kind === 'order') return wordKind(w.norm) === 'order' || impliedOrdinals.has(w.norm);
    return eventLike(gap.kind) && eventLike(wordKind(w.norm)) && !says(w.norm, wordsOfTerms(focus.terms));
  };
  const window = windowOf(words, first, last);
  let best: { w: Word; d: number } | undefined;
  for (const w of window) {
    if (!fits(w)) continue;
    const i = words.indexOf(w);
    const d = i < first ? first - i : i - last;
    if (!best || d < best.d) best = { w, d };
  }
  return best?.w.text;
}

/** The question's words as words of a text, to ask whether a passage word says one of them. */
const wordsOfTerms = (terms: readonly string[]): Word[] =>
  terms.map((t, i) => ({ text: t, norm: t, start: i, end: i, mark: false, cap: false, acronym: false, sentence: 0, initial: false }));
