// Where a role written before a person's name ends when the role holds a place or a body (issue 11,
// "Names swallow their neighbours"), read by the title scan (roles.ts):
//   - a head's title takes the capitalised words after it as its place, and "di <kind of place>
//     <Name>" goes on with the role: "Kepala Desa <Village> di Kabupaten <Regency> <Name> …";
//   - a word for a kind of place inside the role takes the next capitalised word as its name:
//     "Kepala Cabang PT … Bandara <Airport> <Name> …";
//   - a lone capital after a bracket opens the name: "Wakil Ketua Fraksi … (F-PG) A <Name> …".
import { isFunctionWord, lexicon } from '../text/lexicon.js';
import { PhraseSet } from '../text/phrases.js';
import { allTables } from '../lang/index.js';
import type { ReadParagraph } from './names.js';
import { nameBlockAt } from './name-blocks.js';

interface Span {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

/** A person found past the place a role holds: where the role ends, and the person's words. */
export interface PlaceThenPerson {
  readonly roleTo: number;
  readonly name: Span;
}

const headTitles = new PhraseSet(allTables.flatMap((t) => t.nameWords?.headTitles ?? []));

/** Most words of a person's name read past a place (the recogniser may have called them part of the place). */
const MAX_NAME = 4;

/** Is the word at i capitalised, no mark, and written right after the word before it? */
const capitalAt = (c: ReadParagraph, i: number): boolean => {
  const w = c.words[i];
  return w !== undefined && !w.mark && w.cap && (i === 0 || w.start <= c.words[i - 1]!.end + 1);
};

/** A word of a place's name past its first: a direction or another role word ("Barat", "Utara"). */
const namePartOfPlace = (c: ReadParagraph, i: number): boolean => capitalAt(c, i) && lexicon.roleOrPlaceWords.has(c.words[i]!.norm);

/** Could the capitalised word at i be part of a person's name: no word of the tables (a role, a place, a body, a day). */
function personWordAt(c: ReadParagraph, i: number): boolean {
  const w = c.words[i];
  if (!capitalAt(c, i) || w === undefined) return false;
  return !lexicon.roleOrPlaceWords.has(w.norm) && !lexicon.organisationWords.has(w.norm) && !lexicon.titles.has(w.norm) && !isFunctionWord(w) && !/^\p{N}/u.test(w.text);
}

/** The name of a kind of place whose name starts at `from`: one capitalised word and the direction or role words after it. */
function placeNameEnd(c: ReadParagraph, from: number): number {
  if (!capitalAt(c, from)) return from;
  let to = from + 1;
  while (namePartOfPlace(c, to)) to++;
  return to;
}

/** A person's words from `from`: capitalised words of no table, then a lower-case word (the verb or an adverb). */
function personFrom(c: ReadParagraph, from: number): Span | undefined {
  let to = from;
  while (to - from < MAX_NAME && personWordAt(c, to)) to++;
  const next = c.words[to];
  if (to === from || next === undefined || next.mark || next.cap) return undefined;
  return { from, to };
}

/** The length of a word for a kind of place ending at word `end` ("Bandara", "Pondok Pesantren"), capitalised; 0 if none. */
function kindEndingAt(c: ReadParagraph, end: number): number {
  for (let k = 1; k <= 2; k++) {
    const from = end - k + 1;
    if (from >= 0 && capitalAt(c, from) && lexicon.placeWords.matchAt(c.words, from, end) === k) return k;
  }
  return 0;
}

/** "di Kabupaten <Regency> <Name> …" at word j: the role goes on through the place, and the person follows it. */
export function placeThenPerson(c: ReadParagraph, j: number): PlaceThenPerson | undefined {
  const at = c.words[j];
  if (at === undefined || at.mark || at.cap || !lexicon.placeMarkers.has(at.norm)) return undefined;
  const kind = lexicon.placeWords.matchAt(c.words, j + 1);
  if (kind === 0 || !capitalAt(c, j + 1)) return undefined;
  const placeTo = placeNameEnd(c, j + 1 + kind);
  if (placeTo === j + 1 + kind) return undefined;
  const name = personFrom(c, placeTo);
  return name && { roleTo: placeTo, name };
}

/** Does a head's title ("Kepala Desa", "Bupati") end right before word `from`? */
export function afterHeadTitle(c: ReadParagraph, from: number): boolean {
  for (let k = 1; k <= 2; k++) if (headTitles.matchAt(c.words, from - k, from - 1) === k) return true;
  return false;
}

/**
 * "Bandara <Airport> <Name>": the run at `run` follows a word for a kind of place inside the role;
 * its first word (and the direction words after it) names the place, the rest is the person, when
 * two or more words are left for the person.
 */
export function afterKindOfPlace(c: ReadParagraph, run: Span): PlaceThenPerson | undefined {
  // "Kepala Desa <Name>": a kind of place ending a head's title is the title's, the words after it are the person's.
  if (kindEndingAt(c, run.from - 1) === 0 || afterHeadTitle(c, run.from)) return undefined;
  const placeTo = placeNameEnd(c, run.from);
  if (run.to - placeTo < 2) return undefined;
  return { roleTo: placeTo, name: { from: placeTo, to: run.to } };
}

/** "(F-PG) A <Name>": a lone capital letter after a closing bracket, right before name words, opens the name. */
export function initialAfterBracket(c: ReadParagraph, j: number): Span | undefined {
  const w = c.words[j];
  if (w === undefined || !/^\p{Lu}$/u.test(w.text) || c.words[j - 1]?.text !== ')') return undefined;
  const run = nameBlockAt(c, j + 1);
  return run && c.words[j + 1]!.start === w.end + 1 ? { from: j, to: run.to } : undefined;
}
