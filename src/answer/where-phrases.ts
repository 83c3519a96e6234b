// Where-answers (where-candidates.ts) told without a name: lower-case words after a locative ("in the kingdom",
// "at the foot of the mast", "di pematang sawah", "di seluruh dunia"), weighed below any named place. Never the scope
// of a superlative ("terbesar di dunia", "the largest in the world"), nor every place of a kind ("di masing-masing negara"),
// nor one pointing back to a place named before ("di kerajaan tersebut").
import type { LibraryEntry } from '../index/library.js';
import { usesWord, type QuestionFocus } from '../query/focus.js';
import { recordWords } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidates.js';
import { allTables } from '../lang/index.js';
import { trailingDemonstratives } from '../lang/references.js';

const placeJoiners = new Set(allTables.flatMap((t) => t.answerWords?.placeJoiners ?? []));
const placeArticles = new Set(allTables.flatMap((t) => t.answerWords?.placeArticles ?? []));
const barePlaceMarkers = new Set(allTables.flatMap((t) => t.answerWords?.barePlaceMarkers ?? []));
const insideWords = new Set(allTables.flatMap((t) => t.answerWords?.insideWords ?? []));
const everyWords = new Set(allTables.flatMap((t) => t.answerWords?.everyWords ?? []));
const demonstratives = new Set(trailingDemonstratives);

/** Is word i a capitalised word that may stand in a place's name (a particle "de" between two such words too)? */
export function inName(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w === undefined || w.mark) return false;
  if (w.cap) return !lexicon.stopWords.has(w.norm) || w.acronym;
  return lexicon.nameParticles.has(w.norm) && words[i + 1]?.cap === true && !words[i + 1]!.mark;
}

/** Most words between a superlative and the locative of its scope ("paling padat penduduknya di dunia"). */
const RECORD_REACH = 3;

/** Does a superlative stand just before the locative at i ("terbesar di dunia", "the largest in the world"): its scope, no place? */
const recordScope = (words: readonly Word[], i: number): boolean =>
  words.slice(Math.max(0, i - RECORD_REACH), i).some((x, k, near) => !x.mark && recordWords.has(x.norm) && near.slice(k).every((y) => !y.mark));

/** Most lower-case words of a place told without a name, on each side of "of" ("the foot of the mast"). */
const MAX_PHRASE = 3;

/** How plainly a place told in lower-case words is the answer: below any named place. */
const PHRASE_PRIOR = 0.3;

/**
 * Places told without a name, after a locative: "in the kingdom", "at the foot of the mast", "toward
 * the center of the curving path", and in a language without articles "di pematang sawah". Lower-case
 * content words, and more of them after "of"; none the question itself uses. Weighed below named
 * places, so they answer only where no name does.
 */
export function phraseCandidates(entry: LibraryEntry, paragraph: number, words: readonly Word[], focus: QuestionFocus): Candidate[] {
  const out: Candidate[] = [];
  // Never a word making its noun every one of its kind ("di setiap desa": wherever each is), nor a locative opening another place.
  const content = (w: Word | undefined): boolean => w !== undefined && !w.mark && !w.cap && !/\p{N}/u.test(w.norm) && !lexicon.stopWords.has(w.norm) && !everyWords.has(w.norm) && !lexicon.placeMarkers.has(w.norm);
  /** The last content word of a run of at most MAX_PHRASE starting at j (after an article), or -1. */
  const runFrom = (j: number): number => {
    if (words[j] !== undefined && !words[j]!.mark && placeArticles.has(words[j]!.norm)) j++;
    let last = -1;
    for (let k = j; k < j + MAX_PHRASE && content(words[k]); k++) last = k;
    return last;
  };
  words.forEach((w, i) => {
    if (w.mark || !lexicon.placeMarkers.has(w.norm)) return;
    let first = i + 1;
    const opener = (x: Word | undefined): boolean => x !== undefined && !x.mark && (lexicon.thingClassifiers.has(x.norm) || insideWords.has(x.norm));
    // "di pematang sawah", "di dalam tanah berpasir": in a language without articles, the place opens right after its locative.
    if (barePlaceMarkers.has(w.norm)) while (opener(words[first])) first++;
    else if (words[first] === undefined || words[first]!.mark || !placeArticles.has(words[first]!.norm)) return;
    let last = runFrom(first);
    if (last < 0) return;
    const joiner = words[last + 1];
    if (joiner !== undefined && !joiner.mark && placeJoiners.has(joiner.norm)) {
      // "in the harbour town of Velmora": the kind of a place named right after it; the name answers.
      if (inName(words, last + 2) || (placeArticles.has(words[last + 2]?.norm ?? '') && inName(words, last + 3))) return;
      const more = runFrom(last + 2);
      if (more >= 0) last = more;
    }
    // "di sisi sebuah jurang …": a noun whose place goes on after it is no place yet; "di kerajaan tersebut" points back to one named before.
    const next = words[last + 1];
    const goesOn = next !== undefined && !next.mark && (lexicon.thingClassifiers.has(next.norm) || demonstratives.has(next.norm));
    if (inName(words, last + 1) || recordScope(words, i) || goesOn) return;
    // "di rumahnya": a thing of one told of before, no place the passage names.
    const owned = barePlaceMarkers.has(w.norm) && words.slice(first, last + 1).some((x) => [...lexicon.possessives].some((s) => x.norm.length > s.length + 2 && x.norm.endsWith(s)));
    if (owned) return;
    const said = words.slice(first, last + 1).filter(content);
    if (said.some((x) => usesWord(focus, x))) return;
    out.push({ entry, paragraph, words, first, last, start: words[first]!.start, end: words[last]!.end, prior: PHRASE_PRIOR });
  });
  return out;
}
