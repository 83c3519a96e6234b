// The place a sentence gives for what the question asks: the one after the question's own verb and its
// locative ("X ditangkap … di kota Lorem", "Y terletak di bagian timur Ipsum", "Z was born in …"), not
// another place the sentence names beside its subject ("danau besar di Lorem yang berada di …").
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { allTables } from '../lang/index.js';
import { frameWords, ordinalWords } from '../query/concepts.js';
import { similarity } from './similarity.js';

const locatedWords = new Set(allTables.flatMap((t) => t.answerWords?.locatedWords ?? []));
const placeArticles = new Set(allTables.flatMap((t) => t.answerWords?.placeArticles ?? []));

/** Most lower-case words from the question's verb back from a place ("ditangkap dan dihukum mati di … di kota"). */
const MAX_REACH = 10;

/** Most lower-case words a located verb's place opens with before its name ("pesisir timur di bagian tengah"). */
const MAX_LEAD = 5;

/** How much more plainly a place said of the question's verb answers than one merely near its words. */
const ANCHORED_WEIGHT = 2;

/** The question's verb a place is said of: where it stands, and whether it says where something lies. */
export interface Anchor {
  readonly at: number;
  readonly located: boolean;
}

const lower = (w: Word | undefined): w is Word => w !== undefined && !w.mark && !w.cap;

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

/**
 * The question's verb written before the place opening at word `from`, past lower-case words only (no
 * comma, no other name between) and with a locative between them; else undefined.
 */
export function anchorBefore(words: readonly Word[], from: number, focus: QuestionFocus): Anchor | undefined {
  let locative = false;
  for (let j = from - 1; j >= 0 && j >= from - MAX_REACH; j--) {
    const w = words[j]!;
    if (!lower(w) || w.sentence !== words[from]!.sentence) return undefined;
    if (lexicon.locatives.has(w.norm)) {
      locative = true;
      continue;
    }
    if (locative && asksWith(w, focus)) return { at: j, located: locatedWords.has(w.norm) };
  }
  return undefined;
}

/**
 * Where a place said of a located verb opens: right after the verb's locative, with the lower-case words
 * before its name ("terletak di kaldera Gunung Lorem" → "kaldera Gunung Lorem"); else `from`.
 */
export function locatedStart(words: readonly Word[], anchor: Anchor, from: number): number {
  if (!anchor.located) return from;
  const locative = words[anchor.at + 1];
  if (!lower(locative) || !lexicon.placeMarkers.has(locative.norm)) return from;
  // Not "sebuah", "dan sekitar", "the": "terletak di sebuah dataran tinggi …" is "dataran tinggi …".
  let start = anchor.at + 2;
  const opening = (w: Word): boolean => placeArticles.has(w.norm) || lexicon.thingClassifiers.has(w.norm) || lexicon.stopWords.has(w.norm) || lexicon.placeMarkers.has(w.norm);
  while (start < from && lower(words[start]) && opening(words[start]!)) start++;
  return start < from && from - start <= MAX_LEAD ? start : from;
}

/**
 * The places of a paragraph weighed by what they are said of: one after the question's verb counts
 * ANCHORED_WEIGHT more, and another place of its sentence ANCHORED_WEIGHT less — the sentence itself
 * says which of its places is the one asked about.
 */
export function anchoredFirst(candidates: readonly Candidate[], anchored: ReadonlySet<number>): Candidate[] {
  const sentences = new Set([...anchored].map((k) => candidates[k]!.words[candidates[k]!.first]!.sentence));
  return candidates.map((c, k) => {
    if (anchored.has(k)) return { ...c, prior: c.prior * ANCHORED_WEIGHT };
    return sentences.has(c.words[c.first]!.sentence) ? { ...c, prior: c.prior / ANCHORED_WEIGHT } : c;
  });
}
