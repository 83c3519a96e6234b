// The place a sentence gives for what the question asks: the one after the question's own verb and its
// locative ("X ditangkap … di kota Lorem", "Y terletak di bagian timur Ipsum", "Z was born in …"), not
// another place the sentence names beside its subject ("danau besar di Lorem yang berada di …").
import { usesWord, type QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { allTables } from '../lang/index.js';
import { alternativesOf, frameWords, ordinalWords } from '../query/concepts.js';
import { similarity } from './similarity.js';

const locatedWords = new Set(allTables.flatMap((t) => t.answerWords?.locatedWords ?? []));
const placeArticles = new Set(allTables.flatMap((t) => t.answerWords?.placeArticles ?? []));
const placeJoiners = new Set(allTables.flatMap((t) => t.answerWords?.placeJoiners ?? []));
const copulas = new Set(allTables.flatMap((t) => t.answerWords?.copulas ?? []));
const unrealisedWords = new Set(allTables.flatMap((t) => t.answerWords?.unrealisedWords ?? []));
const placeParts = new Set(allTables.flatMap((t) => t.answerWords?.placeParts ?? []));
const seatWords = allTables.flatMap((t) => t.answerWords?.seatWords ?? []).map((s) => s.split(' '));

/** Words, at most, between a word saying an act may not have happened and its verb ("kesempatan untuk dimakamkan"). */
const UNREALISED_REACH = 3;

/** The weight of a place said of a verb that may not have happened ("berhak dimakamkan di TMP Lorem"): the place it did happen wins. */
const UNREALISED_WEIGHT = 0.3;

/** Is the verb at word j one the sentence says may not have happened ("mendapat kesempatan dimakamkan", "had the chance to be buried")? */
function unrealised(words: readonly Word[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - UNREALISED_REACH; k--) {
    const w = words[k]!;
    if (w.mark || w.sentence !== words[j]!.sentence) return false;
    if (unrealisedWords.has(w.norm)) return true;
  }
  return false;
}

/** Most lower-case words from the question's verb back from a place ("ditangkap dan dihukum mati di … di kota"). */
const MAX_REACH = 10;

/** Most lower-case words a located verb's place opens with before its name ("pesisir timur di bagian tengah"). */
const MAX_LEAD = 5;

/** How much more plainly a place said of the question's verb answers than one merely near its words. */
const ANCHORED_WEIGHT = 2;

/**
 * How much more plainly a place in a definition answers "where is X" ("X adalah sebuah negara di Lorem",
 * "X is a city in …"): less than one after a located verb, which the same sentence may go on to write
 * ("danau besar di Lorem yang berada di kaldera Ipsum").
 */
const DEFINED_WEIGHT = 1.5;

/**
 * The weight of a place a located verb measures the place asked about from ("terletak 95 km di sebelah
 * timur kota Lorem"): a landmark, no more plainly the answer than any place near the question's words,
 * below a definition ("X adalah kota di provinsi Ipsum").
 */
const MEASURED_WEIGHT = 1;

/** The weight of where a seat of the place asked about lies ("pusat pemerintahan kabupaten ini berada di Lorem"): less still, it is not where the place lies. */
const SEAT_WEIGHT = 0.5;

/** Most words before a located verb read for a seat noun of its subject ("Pusat pemerintahan Kabupaten Lorem Ipsum ini"). */
const SEAT_REACH = 6;

/** Does the located verb at word j stand after a seat noun of its sentence's subject the question does not use ("Kampus utamanya terletak di …")? */
function seatBefore(words: readonly Word[], j: number, focus: QuestionFocus): boolean {
  for (let k = j - 1; k >= 0 && k >= j - SEAT_REACH && !words[k]!.mark && words[k]!.sentence === words[j]!.sentence; k--) {
    const seat = seatWords.find((s) => s.every((part, n) => words[k + n]?.norm === part && k + n < j));
    if (seat !== undefined) return !words.slice(k, k + seat.length).some((w) => usesWord(focus, w));
  }
  return false;
}

/** Is a place said of the located verb at word j measured from it ("terletak 95 km di sebelah …", "lies 3 miles north of …")? */
const measuredFrom = (words: readonly Word[], j: number, from: number): boolean => words.slice(j + 1, from).some((w) => /\p{N}/u.test(w.norm));

/** The question's verb a place is said of: where it stands, its locative, whether it says where something lies, and its weight. */
export interface Anchor {
  readonly at: number;
  /** The "di" / "in" nearest after it, if one: a located verb's place opens after it. */
  readonly marker?: number;
  readonly located: boolean;
  readonly weight: number;
}

const lower = (w: Word | undefined): w is Word => w !== undefined && !w.mark && !w.cap;

/** Is this question word a located verb or one of its concept ("letak", "lokasi", "located")? */
const locatedTerm = (term: string): boolean => locatedWords.has(term) || alternativesOf(term).some((a) => locatedWords.has(a));

/** Does the question ask where something is ("Di mana letak X?", "Where is X located?", "Di mana X?"), not where something happened? */
function asksWhereIs(focus: QuestionFocus): boolean {
  const plain = (t: string): boolean => focus.names.has(t) || lexicon.placeWords.has(t) || frameWords.has(t);
  return focus.terms.some(locatedTerm) || focus.terms.every(plain);
}

/**
 * Is this word of the passage a verb the question asks with ("lahir", "ditangkap"; "letak" of "terletak")?
 * Never a kind of place, a name, an ordinal or a word that only frames the question ("pertama kali").
 */
function asksWith(w: Word, focus: QuestionFocus): boolean {
  if (lexicon.placeWords.has(w.norm) || lexicon.stopWords.has(w.norm) || lexicon.locatives.has(w.norm)) return false;
  const located = locatedWords.has(w.norm);
  const asking = (t: string): boolean => !focus.names.has(t) && !lexicon.placeWords.has(t) && !ordinalWords.has(t) && (located || !frameWords.has(t));
  return focus.terms.some((t) => asking(t) && similarity(t, w) > 0);
}

/** Does the definition between a copula and its locative call its subject a kind of place ("adalah sebuah negara kepulauan di …")? */
function definesPlace(words: readonly Word[], copula: number, marker: number): boolean {
  return words.slice(copula + 1, marker).some((w) => lexicon.placeWords.has(w.norm) || lexicon.locatives.has(w.norm));
}

/**
 * The question's verb written before the place opening at word `from`, past lower-case words only (no
 * comma, no other name between) and with a locative between them; for "where is X", a copula too when it
 * calls X a kind of place ("X adalah sebuah negara kepulauan di Lorem"; not "sebuah peradaban di …"). A verb opening its sentence may be capitalised ("Letaknya
 * di …"). Else undefined.
 */
export function anchorBefore(words: readonly Word[], from: number, focus: QuestionFocus): Anchor | undefined {
  let locative = false;
  let marker: number | undefined;
  for (let j = from - 1; j >= 0 && j >= from - MAX_REACH; j--) {
    const w = words[j]!;
    const opens = w.cap && !w.mark && words[j - 1]?.sentence !== w.sentence;
    if ((!lower(w) && !opens) || w.sentence !== words[from]!.sentence) return undefined;
    if (lexicon.placeMarkers.has(w.norm)) marker = j;
    if (lexicon.locatives.has(w.norm)) {
      locative = true;
      continue;
    }
    if (!locative) continue;
    if (asksWith(w, focus)) {
      const located = locatedWords.has(w.norm);
      const weight = unrealised(words, j)
        ? UNREALISED_WEIGHT
        : located && seatBefore(words, j, focus)
        ? SEAT_WEIGHT
        : located && measuredFrom(words, j, from)
        ? MEASURED_WEIGHT
        : ANCHORED_WEIGHT;
      return { at: j, ...(marker !== undefined && { marker }), located, weight };
    }
    if (marker !== undefined && copulas.has(w.norm) && asksWhereIs(focus) && definesPlace(words, j, marker)) return { at: j, marker, located: true, weight: DEFINED_WEIGHT };
  }
  return undefined;
}

/**
 * Where a place said of a located verb opens: right after the verb's locative, with the lower-case words
 * before its name ("terletak di kaldera Gunung Lorem" → "kaldera Gunung Lorem"); else `from`.
 */
export function locatedStart(words: readonly Word[], anchor: Anchor, from: number): number {
  if (!anchor.located || anchor.marker === undefined) return from;
  // Not "sebuah", "dan sekitar", "the": "terletak di sebuah dataran tinggi …" is "dataran tinggi …".
  let start = anchor.marker + 1;
  const opening = (w: Word): boolean => placeArticles.has(w.norm) || lexicon.thingClassifiers.has(w.norm) || lexicon.stopWords.has(w.norm) || lexicon.placeMarkers.has(w.norm);
  while (start < from && lower(words[start]) && opening(words[start]!)) start++;
  // A clause is no part of a place ("di tempat yang kini menjadi Lorem" is Lorem); "the crater of …" is.
  const clause = words.slice(start, from).some((w) => lexicon.stopWords.has(w.norm) && !lexicon.placeMarkers.has(w.norm) && !placeJoiners.has(w.norm));
  return start < from && from - start <= MAX_LEAD && !clause ? start : from;
}

/** Most lower-case words before the name of a located place's second part ("dan sebelah utara Samudra …"). */
const MAX_LISTED_LEAD = 3;

/**
 * The last word of a located place that lies in two ("terletak di Asia Selatan dan Asia Tengah", "di
 * tepi Sungai Lorem dan Teluk Ipsum", "di sebelah barat laut Lorem dan sebelah utara Samudra Ipsum"):
 * the name after "dan" / "and", past a few lower-case words, none of them the question's; else `last`.
 */
export function listedEnd(words: readonly Word[], last: number, focus: QuestionFocus): number {
  const and = words[last + 1];
  if (!lower(and) || !lexicon.listJoiners.has(and.norm)) return last;
  let j = last + 2;
  while (j < last + 2 + MAX_LISTED_LEAD && lower(words[j]) && !lexicon.stopWords.has(words[j]!.norm)) j++;
  const name = words[j];
  if (name === undefined || name.mark || !name.cap || name.sentence !== and.sentence || usesWord(focus, name)) return last;
  let end = j;
  while (words[end + 1] !== undefined && !words[end + 1]!.mark && words[end + 1]!.cap) end++;
  return end;
}

/**
 * The places of a paragraph weighed by what they are said of: one after the question's verb or in a
 * definition counts its anchor's weight more, and another place of a sentence with one after the
 * question's verb ANCHORED_WEIGHT less — the sentence itself says which of its places is the one asked about.
 */
export function anchoredFirst(candidates: readonly Candidate[], anchors: ReadonlyMap<number, Anchor>): Candidate[] {
  const sentenceOf = (c: Candidate): number => c.words[c.first]!.sentence;
  const strongest = new Map<number, number>();
  for (const [k, a] of anchors) strongest.set(sentenceOf(candidates[k]!), Math.max(a.weight, strongest.get(sentenceOf(candidates[k]!)) ?? 0));
  return candidates.map((c, k) => {
    const own = anchors.get(k)?.weight ?? 1;
    const demoted = own < ANCHORED_WEIGHT && strongest.get(sentenceOf(c)) === ANCHORED_WEIGHT;
    return own === 1 && !demoted ? c : { ...c, prior: (c.prior * own) / (demoted ? ANCHORED_WEIGHT : 1) };
  });
}

/** Most lower-case words between a comma and the name of one more side of a located place (", dan di sebelah selatan Lorem"). */
const MAX_SIDE_LEAD = 5;

/**
 * The last word of a located place told by its sides, one after another past commas: "di sebelah timur
 * Lorem, sebelah barat Ipsum, dan sebelah selatan Dolor", "di ujung barat Samudra Lorem, di sebelah timur
 * Laut Ipsum", "Lorem, bagian dari Kepulauan Ipsum". Else `last`.
 */
export function locatedEnd(words: readonly Word[], last: number, focus: QuestionFocus): number {
  let end = listedEnd(words, last, focus);
  for (;;) {
    if (words[end + 1]?.text !== ',') return end;
    let j = end + 2;
    if (lower(words[j]) && lexicon.listJoiners.has(words[j]!.norm)) j++;
    const w = words[j];
    if (w === undefined || w.sentence !== words[end]!.sentence) return end;
    // One more side: lower-case words of a side ("di sebelah selatan", "bagian timur") up to a name.
    let k = j;
    const side = (x: Word): boolean => lexicon.sideWords.has(x.norm) || lexicon.compass.has(x.norm) || placeParts.has(x.norm);
    const lead = (x: Word): boolean => side(x) || lexicon.locatives.has(x.norm) || placeJoiners.has(x.norm) || placeArticles.has(x.norm);
    while (k < j + MAX_SIDE_LEAD && lower(words[k]) && lead(words[k]!)) k++;
    const sided = words.slice(j, k).some(side);
    const name = words[k];
    if (!sided || name === undefined || name.mark || !name.cap) return end;
    let next = k;
    while (words[next + 1] !== undefined && !words[next + 1]!.mark && words[next + 1]!.cap) next++;
    // A side of the place asked about itself ("di sebelah timur Laut Lorem" of "Di mana letak Lorem?") is no side of it.
    if (words.slice(k, next + 1).some((x) => focus.terms.includes(x.norm))) return end;
    end = listedEnd(words, next, focus);
  }
}
