// Programmes of radio and television named after their station's possessive: "BBC Radio 4's Today
// programme", "NPR's Morning Edition", "BBC One's Breakfast". Their titles are no date ("Today") and
// no person ("Morning Edition"). A run after a station's possessive is a title when it holds a word
// programme titles are made of ("Today", "Morning": `broadcastWords.titleWords`), or, after any
// possessive, when a word for a programme follows it ("the station's Lorem programme"); otherwise it
// may be a person ("<Station>'s <Given> <Family>", a presenter) and is left to the name reader.
import { allTables } from '../lang/index.js';
import { fold } from './normalize.js';
import { outletSpans } from './known-names.js';
import { memoize } from '../memo.js';

const words = (pick: (b: NonNullable<(typeof allTables)[number]['broadcastWords']>) => readonly string[]): ReadonlySet<string> =>
  new Set(allTables.flatMap((t) => (t.broadcastWords === undefined ? [] : pick(t.broadcastWords))));
const stations = words((b) => b.stations);
const titleWords = words((b) => b.titleWords);
const programmes = words((b) => b.programmes);

const WORD = "(?:\\p{Lu}[\\p{L}\\p{N}&.-]*|\\p{N}+)";
// Up to four words before the possessive, any case (the station, or "the station"), then the
// capitalised run after it, then the word that follows the run.
const pattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<owner>(?:[\\p{L}\\p{N}&.-]+\\s+){0,3}[\\p{L}\\p{N}&.-]+)['’]s\\s+(?<title>\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+${WORD}){0,5})(?![\\p{L}\\p{N}'’])(?:\\s+(?<next>\\p{Ll}+))?`,
  'gu',
);

export interface TitleSpan {
  readonly start: number;
  readonly end: number;
}

const isStation = (owner: string): boolean =>
  outletSpans(owner).length > 0 || owner.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && stations.has(fold(w)));

/** The titles of programmes a text names after a station's possessive (see above). */
export const programmeTitleSpans: (text: string) => readonly TitleSpan[] = memoize((text: string): TitleSpan[] => {
  if (!/['’]s\s+\p{Lu}/u.test(text)) return [];
  const found: TitleSpan[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const { owner, title, next } = m.groups!;
    const named = next !== undefined && programmes.has(next);
    const titled = title!.split(/\s+/).some((w) => titleWords.has(fold(w)));
    if (named || (titled && isStation(owner!))) {
      const start = m.index + m[0].indexOf(`${title!}`, owner!.length);
      found.push({ start, end: start + title!.length });
    }
    // The title may itself own the next title ("Lorem's Today's …"): go on right after the possessive.
    pattern.lastIndex = m.index + owner!.length + 2;
  }
  pattern.lastIndex = 0;
  return found;
}, 256);

/** Is [start, end) inside the title of a programme? */
export const inProgrammeTitle = (text: string, start: number, end: number): boolean =>
  programmeTitleSpans(text).some((s) => start >= s.start && end <= s.end);
