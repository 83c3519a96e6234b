import { temporalRelations } from '../lang/relation-words.js';
import { gazetteerEntryOf } from '../text/known-names.js';

// Which words of a question a passage may leave unsaid (answer/support.ts finds them): the kinds of
// gap, and the rule that weighs them against the question's length.

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
  /** The word is the verb the question asks about ("invade" of "When did X invade Y?"), or the relative it asks of ("adik" of "Siapa adik X?"). */
  readonly asked?: boolean;
  /** The word stands in the question's context ("di Fukui", "pada tahun 2005"), not its core. */
  readonly context?: boolean;
}


/**
 * Gaps a question may have and still be answered. A short question (three units or fewer: "Kapan
 * PBB dibubarkan?") is answered only where the passage says every unit of it, a time it leaves
 * unsaid aside. A longer one carries more than it needs to be identified ("Siapa peraih medali
 * perunggu untuk Indonesia dalam Kejuaraan Dunia Kempo di Fukui?"): up to half its units may go
 * unsaid, but never a place, an ordinal, a beginning (a birth, a founding) or an ending — except in a
 * question of LONG units or more, where only an ordinal or an ending is never left unsaid (and "setelah",
 * "sebelum" there open a clause of context, which may go unsaid too: lang/relation-words.ts). Nothing is answered that the passage
 * contradicts (another year, another place, another first name) or negates, nor one whose asked verb
 * it leaves unsaid.
 */
export const SHORT = 3;
const relations: ReadonlySet<string> = new Set(temporalRelations);
export const OMIT_SHARE = 2;
const hardInShort: ReadonlySet<GapKind> = new Set(['name', 'place', 'order', 'role', 'origin', 'reversal']);
const hardInLong: ReadonlySet<GapKind> = new Set(['place', 'order', 'origin', 'reversal']);
const hardInVeryLong: ReadonlySet<GapKind> = new Set(['order', 'reversal']);
/** Units from which a question is long enough that a place or a beginning it adds may go unsaid (tuned on FacQA and IDK-MRC train). */
export const LONG = 6;

/** A place of the gazetteer, or places of it one after another ("Medan Jakarta"). */
const knownPlace = (term: string): boolean => gazetteerEntryOf(term) !== undefined || term.split(' ').every((w) => gazetteerEntryOf(w) !== undefined);

/** Is a question with these gaps answered by the passage? */
export function supportedDespite(gaps: readonly Gap[], units: number, negation: boolean): boolean {
  if (negation || gaps.some((g) => g.contradicted || g.asked)) return false;
  const short = units <= SHORT;
  // A long question (six units or more) says far more than it needs to be identified: only an
  // ordinal or an ending it leaves unsaid refuses it by kind ("refuse", "dibubarkan" undo the event
  // the passage tells); other gaps count toward the share it may omit.
  const hard = short ? hardInShort : units >= LONG ? hardInVeryLong : hardInLong;
  // In a very long question "setelah …", "before …" opens a clause of context; another relation written there still contradicts.
  const relationInLong = (g: Gap): boolean => units >= LONG && g.kind === 'order' && relations.has(g.term);
  if (gaps.some((g) => hard.has(g.kind) && !relationInLong(g))) return false;
  // A time the passage leaves out, and says no other, may be the article's own ("… IMF tahun 1998?");
  // a very long question copies figures from the article ("dari Rp 5.900 menjadi Rp 5.700", "43
  // orang") that the answer's sentence need not repeat.
  // A very long question's place of context ("di kawasan Padang Bulan, Medan") may go unsaid too; a people's name ("from an American ship") may not.
  const counted = gaps.filter((g) => g.kind !== 'year' && !((g.kind === 'number' || (g.kind === 'place' && g.context === true && knownPlace(g.term))) && units >= LONG));
  return counted.length <= (short ? 0 : Math.floor(units / OMIT_SHARE));
}
