// A name the article writes where only a place or a thing can stand ("ke <Club>", "di <Venue>",
// "produk <Brand>", "tim <Team>": names.ts marks such a run as never a person) names that place or
// thing wherever else the article writes it: "<Club> mengalahkan …", "<Brand> merilis …" is the club
// or the brand acting, no person. Written right before two or more other name words it is no part of
// a person's name either: "<Club> <Given> <Family>" is the club's player "<Given> <Family>". And a
// word shaped like a brand's is never a person's (brandShaped).
import { degrees } from '../lang/degrees.js';
import { allTables } from '../lang/index.js';
import { isActiveVerb, lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import type { ParagraphWord, Word } from '../text/words.js';
import type { WordClass } from './word-classes.js';

// After a word for a work the name may be its maker's ("lagu <Singer>", "film <Director>"): no thing to learn there.
const workWords = new Set(allTables.flatMap((t) => t.answerWords?.workWords ?? []).map(fold));

// Prepositions a person follows as often as a place: "ke", "dari" ("mengadu ke <Name>", "kabar dari <Name>"); "to", "from".
const towardsAnyone = new Set(['ke', 'dari', 'to', 'from']);
// Verbs of going somewhere, after which "ke <X>" is a place's or a club's: "pindah ke <Club>", "bergabung ke <Club>".
const goingVerbs = new Set(['pindah', 'bergabung', 'hijrah', 'kembali', 'datang', 'pergi', 'berangkat', 'tiba', 'terbang', 'mudik', 'balik', 'moved', 'went', 'returned', 'joined', 'travelled', 'traveled', 'flew']);

// ber- is written be- before a root whose first syllable ends in -er: "bekerja", "beternak".
const shortBer = /^be[^aeiou\s]er\p{Ll}{2,}$/u;

interface RunWords {
  readonly first: number;
  readonly runLast: number;
}

/** The parts of a read paragraph (names.ts ReadParagraph) this rule reads and marks. */
export interface ThingParagraph {
  readonly words: readonly Word[];
  readonly runs: readonly RunWords[];
  readonly classes: readonly (WordClass | undefined)[];
  readonly known: readonly boolean[];
}

const key = (p: ThingParagraph, from: number, to: number): string =>
  p.words
    .slice(from, to + 1)
    .map((w) => w.norm)
    .join(' ');

/** Marks as never a person every run (or opening of a run) the article writes elsewhere as a place's or a thing's whole name. */
export function learnThingNames(paragraphs: readonly ThingParagraph[]): void {
  const things = new Set<string>();
  let longest = 0;
  for (const p of paragraphs) {
    for (const { first, runLast } of p.runs) {
      let allKnown = true;
      for (let i = first; i <= runLast && allKnown; i++) allKnown = p.known[i] === true;
      const before = p.words[first - 1];
      // "divisi tempat <Name> bekerja": a name followed by an act is the subject of a clause, a person's as often.
      const after = p.words[runLast + 1];
      const acts = after !== undefined && !after.mark && !after.cap && (isActiveVerb(after) || shortBer.test(after.norm));
      // "mengadu ke <Name>", "pernyataan dari <Name>": to and from point at people as often as at places; learn nothing there.
      // Only what a word right before it says is a place or thing ("di", "produk"): a run after a comma may be a list's next
      // member or a new clause's subject ("di Pensacola, Florida, <Name> berhenti …").
      const going = goingVerbs.has(p.words[first - 2]?.norm ?? '');
      if (!allKnown || acts || before === undefined || before.mark || before.cap || workWords.has(before.norm) || (towardsAnyone.has(before.norm) && !going)) continue;
      // Only a word for where something is or what kind of thing it is: "di <Venue>", "produk <Brand>", "klub <Club>".
      if (!going && !lexicon.placeMarkers.has(before.norm) && !lexicon.thingWords.has(before.norm) && !lexicon.placeWords.has(before.norm)) continue;
      things.add(key(p, first, runLast));
      longest = Math.max(longest, runLast - first + 1);
    }
  }
  if (things.size === 0) return;
  for (const p of paragraphs) {
    const known = p.known as boolean[];
    const classes = p.classes as (WordClass | undefined)[];
    for (const { first, runLast } of p.runs) {
      if (known[first]) continue;
      const length = runLast - first + 1;
      for (let n = Math.min(longest, length); n >= 1; n--) {
        // The rest must be a whole name of its own ("<Club> <Given> <Family>"), not a family name alone ("<Given> <Family>" after "The Saga of <Given>").
        if ((n < length && length - n < 2) || !things.has(key(p, first, first + n - 1))) continue;
        for (let i = first; i < first + n; i++) {
          known[i] = true;
          classes[i] = 'other';
        }
        break;
      }
    }
  }
}

/**
 * "PayPal", "GeoNet", "SteelSeries", "BlackBerry": a word with a capital inside it, after three or more
 * letters, is a brand's or a product's; a person's name is not written so, but for the prefixes
 * of a family name ("McIntyre", "MacDowel") and two-letter ones ("DeShawn", "LeFou", "DiCaprio").
 */
export const brandShaped = (text: string): boolean => (/^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(text) && !/^Ma?c\p{Lu}/u.test(text)) || bodyAcronymShaped(text);

const degreeWords = new Set<string>([...degrees.plain, ...degrees.dotted]);
const specialist = new RegExp(`^(?:${degrees.specialist.join('|')})\\p{Lu}`, 'u');
/** "VfB", "GPdI": a word of at most four letters with lower case between two capitals is a body's acronym, not a degree ("SpA"). */
const bodyAcronymShaped = (text: string): boolean =>
  text.length <= 4 && /^\p{Lu}\p{L}*\p{Ll}\p{Lu}/u.test(text) && /^\p{L}+$/u.test(text) && !degreeWords.has(text) && !specialist.test(text);

// Citing a report: "kutip" (quote) and "lansir" (publish) with meN- or di-: "mengutip", "dikutip", "melansir", "dilansir".
const citing = /^(?:meng|di)kutip$|^(?:me|di)lansir$/;

/** "dilansir <X>", "Mengutip <X>,", "seperti dikutip dari <X>": what a report is cited from is a publication, which a speech cue does not make a person. */
export function citedFrom(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  if (words[k]?.norm === 'dari') k--;
  const w = words[k];
  return w !== undefined && !w.mark && citing.test(w.norm);
}

/**
 * "film yang ia bintangi berikutnya adalah <Title> (2011)", "the next album he made was <Title> (1998)": a name with a year
 * in brackets after it, in a sentence that speaks of a work before it, is the work's title. Not when the word for the work
 * stands right before it ("lagu <Singer> (1980)": the maker's), nor past a word for a person or a doer in between ("sebagai", "oleh", a title, a relative).
 */
export function workYearAfter(words: readonly ParagraphWord[], from: number, to: number): boolean {
  const [open, year, close] = [words[to], words[to + 1], words[to + 2]];
  if (open?.text !== '(' || close?.text !== ')' || year === undefined || !/^\d{4}$/.test(year.text)) return false;
  for (let k = from - 1; k >= 0 && k >= from - 15; k--) {
    const w = words[k]!;
    if (w.sentence !== words[from]!.sentence || w.text === ';') return false;
    // Capitalised, only the word opening the sentence ("Film yang …").
    if (w.mark || (w.cap && !w.initial)) continue;
    if (workWords.has(w.norm)) return k < from - 1;
    if (lexicon.titles.has(w.norm) || lexicon.personMarkers.has(w.norm) || lexicon.playsAs.has(w.norm) || lexicon.peopleWords.has(w.norm) || lexicon.agentMarkers.has(w.norm)) return false;
  }
  return false;
}
