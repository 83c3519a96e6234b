// Names known beforehand: gazetteer places, and organisations (news outlets and the tables' political
// parties), found in a text as written.
import { allTables } from '../lang/index.js';
import { newsOutlets } from '../lang/outlets.js';
import { gazetteer } from '../lang/places.js';
import { worldCountries } from '../lang/places-world.js';
import { fold } from '../text/normalize.js';
import { escapeRegExp, nextStart, wordCharBefore } from './find.js';
import { memoize } from '../memo.js';

export interface KnownSpan {
  readonly start: number;
  readonly end: number;
  /** Index into the gazetteer or the list of known organisations. */
  readonly entry: number;
  readonly text: string;
}

function patternOf(names: Iterable<string>): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // No letter or digit after; "AS." at a sentence end is still "AS", "U.S.A" is not "U.S". None
  // before either: spans() checks that side (a look-behind here ran at every position of every text).
  return new RegExp(`(?:${sorted.join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu');
}


function indexOf(lists: readonly (readonly string[])[]): { exact: Map<string, number>; folded: Map<string, number> } {
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  lists.forEach((names, i) =>
    names.forEach((n) => {
      if (!exact.has(n)) exact.set(n, i);
      if (!folded.has(fold(n))) folded.set(fold(n), i);
    }),
  );
  return { exact, folded };
}

const places = indexOf(gazetteer.map((g) => g.names));
/** News outlets articles cite, and political parties: organisations, never a person or a place. */
const knownOrganisations: readonly (readonly string[])[] = [...newsOutlets, ...allTables.flatMap((t) => t.nameWords?.parties ?? [])];
const outlets = indexOf(knownOrganisations);
const placePattern = patternOf(places.exact.keys());
const outletPattern = patternOf(outlets.exact.keys());
const world = indexOf(worldCountries.map((g) => g.names));
const worldPattern = patternOf(world.exact.keys());

function spans(text: string, pattern: RegExp, exact: Map<string, number>): KnownSpan[] {
  const found: KnownSpan[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // Inside a word: no name starts here; the search goes on at the next character, as the
    // look-behind would have had it.
    if (wordCharBefore(text, m.index)) pattern.lastIndex = nextStart(text, m.index);
    else found.push({ start: m.index, end: m.index + m[0].length, entry: exact.get(m[0])!, text: m[0] });
  }
  pattern.lastIndex = 0;
  return found;
}

// The same paragraph is scanned by several extractors: remember the last few results.

/** Gazetteer place names in a text (case-sensitive, longest first at each position). */
export const placeSpans: (text: string) => KnownSpan[] = memoize((text) => spans(text, placePattern, places.exact), 256);

/** Does a text write one of the world's countries outside the gazetteer ("Presiden Zimbabwe")? */
export const writesWorldCountry = (text: string): boolean => spans(text, worldPattern, world.exact).length > 0;

/** Known organisations in a text: news outlets (lang/outlets.ts) and political parties (the tables' `parties`). */
export const outletSpans: (text: string) => KnownSpan[] = memoize((text) => spans(text, outletPattern, outlets.exact), 256);

/** The gazetteer entry of a typed name, any case (an English name → the entry of its Indonesian form). */
export function gazetteerEntryOf(typed: string): number | undefined {
  return places.folded.get(fold(typed).replace(/\s+/g, ' ').trim());
}

const demonyms = indexOf(gazetteer.map((g) => g.demonyms));
const demonymPattern = patternOf(demonyms.exact.keys());

/** Gazetteer places named by their people's word in a text ("South Korean Foreign Minister" → Korea Selatan), as written. */
export const demonymSpans: (text: string) => KnownSpan[] = memoize((text) => spans(text, demonymPattern, demonyms.exact), 256);

/** The gazetteer entry of a people's adjective, any case ("Russian" → the entry of Rusia). */
export function demonymEntryOf(typed: string): number | undefined {
  return demonyms.folded.get(fold(typed).replace(/\s+/g, ' ').trim());
}

export function gazetteerNames(entry: number): readonly string[] {
  return gazetteer[entry]?.names ?? [];
}

/** The words for a gazetteer place's people ("North Korean" of Korea Utara). */
export function gazetteerDemonyms(entry: number): readonly string[] {
  return gazetteer[entry]?.demonyms ?? [];
}

/** The known organisation's entry of a name, any case. */
export function outletEntryOf(name: string): number | undefined {
  return outlets.folded.get(fold(name).trim());
}

export function outletNames(entry: number): readonly string[] {
  return knownOrganisations[entry] ?? [];
}
