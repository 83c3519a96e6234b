// A place after a preposition that says where only before a place ("on", "off", "along": never
// alone, "on Monday"), and after any locative and an article, a name its kind opens ("in the River
// Lorem"): the tables' part of a place ("on the banks of the Lorem", "off the coast of Ipsum"), a
// capitalised kind written before the name ("on the River Lorem", "on Lake Ipsum"), a lower-case kind
// and "of" ("on the island of Dolor"), or a place the caller knows ("on Bali").
import { allTables } from '../lang/index.js';
import { lexicon } from './lexicon.js';
import type { Word } from './words.js';

const placeParts = new Set(allTables.flatMap((t) => t.answerWords?.placeParts ?? []));
const placeJoiners = new Set(allTables.flatMap((t) => t.answerWords?.placeJoiners ?? []));
/** Kinds of place written before their name, capitalised with it ("River", "Lake", "Mount"). */
const kindsBefore = new Set(allTables.flatMap((t) => t.nameWords?.placeWordsBefore ?? []));

const lower = (w: Word | undefined): w is Word => w !== undefined && !w.mark && !w.cap;
const article = (w: Word | undefined): boolean => lower(w) && lexicon.determiners.has(w.norm);
const name = (w: Word | undefined): w is Word => w !== undefined && !w.mark && w.cap && !/^\p{N}/u.test(w.text);

/**
 * Where the place's name starts after the preposition at i, or -1. `known(j)`: does a place the caller
 * knows start at word j (a bound preposition takes it with nothing between)?
 */
export function nameAfterBoundLocative(words: readonly Word[], i: number, known: (j: number) => boolean = () => false): number {
  const w = words[i];
  if (w === undefined || w.mark) return -1;
  const bound = lexicon.boundLocatives.has(w.norm);
  if (!bound && !lexicon.locatives.has(w.norm)) return -1;
  let j = i + 1;
  const det = article(words[j]);
  if (det) j++;
  const at = words[j];
  if (lower(at) && placeParts.has(at.norm)) return nameAfterPlacePart(words, j);
  if (name(at) && kindsBefore.has(at.norm) && name(words[j + 1]) && (det || bound)) return j;
  if (!bound) return -1;
  if (lower(at) && lexicon.placeWords.has(at.norm) && lower(words[j + 1]) && placeJoiners.has(words[j + 1]!.norm) && name(words[j + 2])) return j + 2;
  return !det && name(at) && known(j) ? j : -1;
}

/**
 * Past a part of a place at j ("tepi", "banks"), then "of" and an article, to where the place's name
 * starts ("di tepi <River>", "on the banks of the <River>"), or -1.
 */
export function nameAfterPlacePart(words: readonly Word[], j: number): number {
  const at = words[j];
  if (!lower(at) || !placeParts.has(at.norm)) return -1;
  let k = j + 1;
  if (lower(words[k]) && placeJoiners.has(words[k]!.norm)) k++;
  if (article(words[k])) k++;
  return name(words[k]) ? k : -1;
}
