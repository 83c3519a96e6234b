// Who holds a title the question asks about: "Siapa Kapolda Metro Jaya?" and "Siapa Presiden
// Uzbekistan?" ask only that. Where the passage writes the title as asked, its holder stands beside
// it — "Presiden Uzbekistan, Shavkat Mirziyoyev," or "Shavkat Mirziyoyev, Presiden Uzbekistan" —
// not wherever else in the sentence ("… kepada Presiden Lorem Ipsum", "… Kapolda Metro Jaya
// dihadapan para Perwira Menengah"); a passage that writes the title with no one beside it does not
// say who holds it.
import { allClaimWords } from '../lang/claim-words.js';
import { allTables } from '../lang/index.js';
import { personPronouns } from '../lang/references.js';
import { resolvePerson } from '../text/name-match.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { queryTerms } from '../text/terms.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidate.js';
import type { NameSpan } from './name-answers.js';

/** Words that say what someone is, between a name and its title: "X selaku Kepala …", "Y yang menjabat Ketua …", "Z, who served as chairman". */
const copulaWords = new Set(allClaimWords.flatMap((w) => w.copulas.flatMap((c) => fold(c).split(' '))));

/** Nouns of a post between a holder and the title ("X mengambil posisi sebagai Ketua …", "X took the post of chairman"). */
const postNouns = new Set(allTables.flatMap((t) => t.answerWords?.postNouns ?? []));

/** Other words between a title and the name after it: the rank, the order or a short name ("Presiden RI ke-7 Budi Lorem"). */
const MAX_OWN = 2;
/** Other words between a name and the title after it ("X yang kala itu menjabat Ketua DPR"). */
const MAX_OTHER = 1;

/**
 * The question's words when it asks only who holds a title: a title word, and otherwise only words
 * of the names it typed ("Kapolda Metro Jaya", "Presiden Uzbekistan"); undefined for any other question.
 */
export function askedTitle(focus: QuestionFocus): readonly string[] | undefined {
  if (focus.kind !== 'who' || focus.terms.length < 2) return undefined;
  // A title opens the phrase ("Presiden Uzbekistan"); "Kyrus Muda" is a name, "ibu Nabi Muhammad" a relative.
  if (!lexicon.titleWords.has(focus.terms[0]!) || focus.terms.some((t) => lexicon.kinWords.has(t))) return undefined;
  // A place or a body the role is of may follow "di", "untuk" ("Ketua Fraksi Lorem di Ipsum"): a name typed, part of the title.
  const named = new Set(focus.nameRuns.flatMap((r) => r.words));
  return focus.terms.every((t) => lexicon.titleWords.has(t) || named.has(t)) ? focus.terms : undefined;
}

/** Where the words stand in a row in the passage (function words may come between: "Pendidikan dan Kebudayaan"): [first, last] word indexes. */
export function occurrences(words: readonly Word[], title: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.norm !== title[0]) continue;
    let k = 1;
    let j = i + 1;
    for (; j < words.length && k < title.length; j++) {
      const w = words[j]!;
      if (w.norm === title[k]) k++;
      else if (w.mark || !lexicon.stopWords.has(w.norm)) break;
    }
    if (k === title.length) found.push([i, j - 1]);
  }
  return found;
}

/**
 * Between a title and its holder, words[from, to): commas and brackets and the words that say what
 * someone is ("selaku", "menjabat", "as"); after the title, at most a few words of its own (a
 * capitalised short name, an order: "Presiden RI ke-7 Budi Lorem"); before it, function words and
 * one other ("X yang kala itu menjabat Ketua DPR").
 */
function beside(words: readonly Word[], from: number, to: number, titleFirst: boolean): boolean {
  let others = 0;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.mark) {
      if (!/^[,()]$/.test(w.text)) return false;
      continue;
    }
    // "X dan Ketua Lorem": the title after "dan" is another one's.
    if (!titleFirst && lexicon.listJoiners.has(w.norm)) return false;
    if (copulaWords.has(w.norm) || (!titleFirst && (lexicon.stopWords.has(w.norm) || postNouns.has(w.norm)))) continue;
    // After the title only a capitalised word or one with a digit is its own; before it, any one word.
    if (titleFirst && !/^\p{Lu}|\d/u.test(w.text)) return false;
    if (++others > (titleFirst ? MAX_OWN : MAX_OTHER)) return false;
  }
  return true;
}

/**
 * Does the candidate hold the asked title? True where the question asks no title only, where the
 * passage does not write the title as asked (then the title may be said in other words), where
 * the candidate stands beside one of its writings, or where the article gives the candidate that
 * title (`role`, as extract/ read it).
 */
export function holdsTitle(c: Candidate, focus: QuestionFocus, role: string | undefined): boolean {
  const title = askedTitle(focus);
  if (title === undefined) return true;
  const at = occurrences(c.words, title);
  if (at.length === 0) return true;
  if (role !== undefined) {
    const held = new Set(queryTerms(role));
    if (title.every((t) => held.has(t))) return true;
  }
  return at.some(([first, last]) => (c.first > last && beside(c.words, last + 1, c.first, true)) || (c.last < first && (beside(c.words, c.last + 1, first, false) || pronounHolds(c, first))));
}

/** Sentences, at most, from a holder's name to a pronoun standing for it ("X … . … . … sebelum ia menjabat …"). */
const PRONOUN_REACH = 2;

const pronouns = new Set(personPronouns);

/**
 * Does a pronoun beside the title written at `first` ("… sebelum ia mengambil posisi sebagai sutradara X",
 * "… before he took the post of director of X") stand for the candidate: the pronoun in the title's sentence,
 * the candidate named at most PRONOUN_REACH sentences before, and no other person the article knows named between?
 */
function pronounHolds(c: Candidate, first: number): boolean {
  const { words } = c;
  const sentence = words[first]!.sentence;
  if (sentence - words[c.first]!.sentence > PRONOUN_REACH) return false;
  const people = c.entry.understanding.people;
  const self = resolvePerson(people, words.slice(c.first, c.last + 1).map((w) => w.text).join(' '));
  for (let k = first - 1; k > c.last && words[k]!.sentence === sentence; k--) {
    const w = words[k]!;
    if (w.mark || !pronouns.has(w.norm)) continue;
    if (!beside(words, k + 1, first, false)) return false;
    // Another person named between the candidate and the pronoun is the one it points to.
    for (let j = c.last + 1; j < k; j++) {
      const x = words[j]!;
      if (x.mark || !x.cap || (j > 0 && words[j - 1]!.cap && !words[j - 1]!.mark)) continue;
      let end = j;
      while (end + 1 < k && !words[end + 1]!.mark && words[end + 1]!.cap) end++;
      const other = resolvePerson(people, words.slice(j, end + 1).map((y) => y.text).join(' '));
      if (other !== undefined && other !== self) return false;
    }
    return true;
  }
  return false;
}

/** Words, at most, of a holder's name read right after the asked title where the name runs give none. */
const MAX_HOLDER = 4;

/**
 * "… Ketua Fraksi Lorem di Ipsum Dolor Amet duduk …" for "Siapa Ketua Fraksi Lorem di Ipsum?": where
 * the passage writes the asked title in full and the name runs cut no name right after it (the words
 * after a place, "di Ipsum Dolor Amet", read as more of the place), the capitalised words right after
 * the title are its holder's name: two words or more, name particles inside ("al", "bin"), none of
 * the question's, no honorific (a name the runs cut follows it) and no title first ("Hakim" is a title
 * and a name), up to a mark, a lower-case word or the end of the sentence.
 */
export function holderSpans(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): NameSpan[] {
  const title = askedTitle(focus);
  if (title === undefined) return [];
  const out: NameSpan[] = [];
  for (const [, last] of occurrences(words, title)) {
    const start = last + 1;
    if (spans.some((s) => s.last >= start && s.first <= start + MAX_OWN)) continue;
    const sentence = words[last]!.sentence;
    let end = last;
    let names = 0;
    for (let k = start; k < words.length && k - start < MAX_HOLDER; k++) {
      const w = words[k]!;
      if (w.mark || w.sentence !== sentence || focus.words.has(w.norm) || lexicon.honorifics.has(w.norm) || (k === start && lexicon.titleWords.has(w.norm))) break;
      if (/^\p{Lu}/u.test(w.text)) {
        end = k;
        names++;
      } else if (!lexicon.nameParticles.has(w.norm)) break;
    }
    if (names >= 2) out.push({ first: start, last: end, kind: 'person', evidence: 0.8 });
  }
  return out;
}

/** Words, at most, between a word marking someone dead and their name ("almarhum pemimpin dan Presiden Lorem <X>"). */
const LATE_REACH = 8;

/** Is the candidate marked dead before its name, in its sentence with no mark between ("almarhum …", "mendiang Presiden …")? */
function late(c: Candidate): boolean {
  const sentence = c.words[c.first]!.sentence;
  for (let j = c.first - 1; j >= 0 && c.first - j <= LATE_REACH; j--) {
    const w = c.words[j]!;
    if (w.mark || w.sentence !== sentence) return false;
    if (lexicon.deceasedMarkers.has(w.norm)) return true;
  }
  return false;
}

/**
 * "Siapa Presiden Lorem?" of "almarhum Presiden Lorem A … Presiden Lorem B": the one the passage
 * marks dead held the asked title before the other, who holds it now. True for a candidate so marked
 * where another of `others`, not marked, holds the title (`holds`); a question that marks the dead
 * itself asks for them.
 */
export function outlived(c: Candidate, focus: QuestionFocus, others: readonly Candidate[], holds: (o: Candidate) => boolean): boolean {
  if (askedTitle(focus) === undefined || [...focus.words].some((w) => lexicon.deceasedMarkers.has(w)) || !late(c)) return false;
  return others.some((o) => o !== c && o.person === true && !late(o) && holds(o));
}
