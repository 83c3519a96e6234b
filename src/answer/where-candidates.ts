// Where-answers in a paragraph: the places it writes after a locative ("lahir di Pasuruan, Jawa
// Timur", "born in Leiden"), or the places the article knows wherever they stand. A place is taken
// with the places that follow it after commas, as a reader writes where something is ("Agra,
// India"). A place the question itself names is never its answer.
import type { LibraryEntry } from '../index/library.js';
import { usesWord, type QuestionFocus } from '../query/focus.js';
import { findAll } from '../text/find.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidates.js';
import { allTables } from '../lang/index.js';

const placeJoiners = new Set(allTables.flatMap((t) => t.answerWords?.placeJoiners ?? []));

/** Most places after commas taken with the first ("Aspenden Lodge, Buntingford, Hertfordshire"). */
const MAX_CHAIN = 3;

/** Is word i a capitalised word that may stand in a place's name (a particle "de" between two such words too)? */
function inName(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w === undefined || w.mark) return false;
  if (w.cap) return !lexicon.stopWords.has(w.norm) || w.acronym;
  return lexicon.nameParticles.has(w.norm) && words[i + 1]?.cap === true && !words[i + 1]!.mark;
}

/** The last word of the run of capitalised words starting at i. */
function runEnd(words: readonly Word[], i: number): number {
  let last = i;
  while (inName(words, last + 1)) last++;
  return last;
}

/** Word indexes where the article's known places of this paragraph begin. */
function knownStarts(entry: LibraryEntry, paragraph: number, words: readonly Word[]): Set<number> {
  const text = entry.article.paragraphs[paragraph - 1]!.text;
  const starts = new Set<number>();
  for (const place of entry.understanding.places) {
    if (!place.paragraphs.includes(paragraph)) continue;
    for (const form of [place.name, ...place.aliases]) {
      for (const at of findAll(text, form)) {
        const i = words.findIndex((w) => w.start === at);
        if (i >= 0) starts.add(i);
      }
    }
  }
  return starts;
}

/** The last word of a side of the place ending at `last`, written after it ("Lorem bagian timur laut"), else `last`. */
function sideAfter(words: readonly Word[], last: number): number {
  const side = words[last + 1];
  if (side === undefined || side.mark || !lexicon.sideWords.has(side.norm)) return last;
  let end = last + 1;
  while (end - last < 3 && words[end + 1] !== undefined && !words[end + 1]!.mark && !words[end + 1]!.cap && lexicon.compass.has(words[end + 1]!.norm)) end++;
  return end > last + 1 ? end : last;
}

/**
 * The last word of a place's name going on after a joiner ("Palace of Culture and Science", "University
 * of Leeds"): the capitalised run after "of", and one more capitalised word after "and" closing it.
 */
function joinedEnd(words: readonly Word[], last: number): number {
  const joiner = words[last + 1];
  if (joiner === undefined || joiner.mark || joiner.cap || !placeJoiners.has(joiner.norm) || !inName(words, last + 2) || !words[last + 2]!.cap) return last;
  let end = runEnd(words, last + 2);
  const and = words[end + 1];
  const next = end + 2;
  const closing = inName(words, next) && words[next]!.cap && !inName(words, next + 1) && !lexicon.calendar.has(words[next]!.norm);
  if (and !== undefined && !and.mark && !and.cap && lexicon.listJoiners.has(and.norm) && closing) end = next;
  return end;
}

/**
 * The number a place's name goes on with ("Article 5", "Terminal 3", "Gate 12"): one to three digits
 * after the name, closing it, never a count of something ("Lorem 5 orang", "Leeds 3 times").
 */
function numberedEnd(words: readonly Word[], last: number): number {
  const n = words[last + 1];
  if (n === undefined || n.mark || !/^\d{1,3}$/.test(n.text)) return last;
  const after = words[last + 2];
  const closes = after === undefined || after.mark || after.cap || placeJoiners.has(after.norm) || lexicon.listJoiners.has(after.norm);
  return closes ? last + 1 : last;
}

export function whereCandidates(entry: LibraryEntry, paragraph: number, words: readonly Word[], focus: QuestionFocus): Candidate[] {
  const known = knownStarts(entry, paragraph, words);
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!inName(words, i) || !w.cap || (i > 0 && inName(words, i - 1))) continue;
    const prev = words[i - 1];
    const locative = (w: Word | undefined): boolean => w !== undefined && !w.mark && (lexicon.placeMarkers.has(w.norm) || lexicon.locatives.has(w.norm));
    // "di Lorem", and "di kota Lorem", "in the province of …" written with a kind of place between.
    const afterLocative = locative(prev) || (prev !== undefined && !prev.mark && !prev.cap && lexicon.placeWords.has(prev.norm) && locative(words[i - 2]));
    if (!afterLocative && !known.has(i)) continue;
    let last = numberedEnd(words, joinedEnd(words, runEnd(words, i)));
    // Words the question uses open no answer ("Di mana letak Keraton Yogyakarta?" is not "Yogyakarta").
    if (words.slice(i, last + 1).every((x) => x.mark || usesWord(focus, x))) continue;
    for (let k = 0; k < MAX_CHAIN && words[last + 1]?.text === ',' && inName(words, last + 2) && words[last + 2]!.cap; k++) last = runEnd(words, last + 2);
    last = sideAfter(words, last);
    const prior = afterLocative ? (known.has(i) ? 1 : 0.8) : 0.5;
    out.push({ entry, paragraph, words, first: i, last, start: w.start, end: words[last]!.end, prior });
  }
  return out;
}
