// The region a head's title takes (issue 11, "Names swallow their neighbours"): "Wali Kota <Town>
// <Given> <Family> mengatakan …", "Kapolres <Town> <Given> <Family>", "Governor of <State> <Given>
// <Family> said …". One capitalised word right after the title of a head of a place or a body
// (headTitles, regionalHeads; in English also after "of"), before more name words, is the title's
// place when the article writes that word elsewhere as a place or in a place's or a body's name:
// "di <Town>", "Kota <Town>", "Polres <Town>", "<Town> County", "<Town> Council". Else the recogniser
// reads the town as the person's first name, and the town then finds the person wherever it is written.
import { allTables } from '../lang/index.js';
import { lexicon } from '../text/lexicon.js';
import { PhraseSet } from '../text/phrases.js';
import type { Word } from '../text/words.js';
import type { WordClass } from './word-classes.js';

/** The parts of a read paragraph (names.ts ReadParagraph) this rule reads and marks. */
export interface RegionParagraph {
  readonly words: readonly Word[];
  readonly classes: readonly (WordClass | undefined)[];
  readonly known: readonly boolean[];
}

const headTitles = new PhraseSet(allTables.flatMap((t) => [...(t.nameWords?.headTitles ?? []), ...(t.regionalHeads ?? [])]));
// "Governor of <State>", "Mayor of <City>": the word joining a head's title to what it heads.
const ofWords = new Set(allTables.flatMap((t) => t.nameWords?.headLinks ?? []));

/** Is the word at i capitalised, no mark, and written right after the word before it? */
const gluedCapital = (words: readonly Word[], i: number): boolean => {
  const w = words[i];
  return w !== undefined && !w.mark && w.cap && i > 0 && w.start <= words[i - 1]!.end + 1;
};

/** The length of a phrase of `set` ending at word `end` (0 if none). */
function phraseEndingAt(set: PhraseSet, words: readonly Word[], end: number): number {
  for (let k = 2; k >= 1; k--) if (end - k + 1 >= 0 && set.matchAt(words, end - k + 1, end) === k) return k;
  return 0;
}

/** Does a head's title end right before word i ("Bupati <Regency>"), or a head's title and "of" ("Mayor of <City>")? */
function afterHead(words: readonly Word[], i: number): boolean {
  if (phraseEndingAt(headTitles, words, i - 1) > 0) return true;
  const of = words[i - 1];
  return of !== undefined && !of.mark && ofWords.has(of.norm) && phraseEndingAt(headTitles, words, i - 2) > 0;
}

/** Does the article write the capitalised word at i as a place or in a place's or a body's name here? */
function placeHere(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (w.mark || !w.cap || /['’]s$/u.test(w.text) || /^['’]/u.test(words[i + 1]?.text ?? '')) return false;
  const before = words[i - 1];
  // "di <Town>", "in <Town>".
  if (before !== undefined && !before.mark && !before.cap && lexicon.placeMarkers.has(before.norm)) return true;
  // "Kota <Town>", "Polres <Town>": a word for a place or a body before it, unless that word ends a head's title ("Wali Kota").
  const kind = (set: PhraseSet): boolean => gluedCapital(words, i) && phraseEndingAt(set, words, i - 1) > 0;
  if ((kind(lexicon.placeWords) || kind(lexicon.organisationWords)) && phraseEndingAt(headTitles, words, i - 1) === 0) return true;
  // "<Town> County", "<Town> Council".
  return gluedCapital(words, i + 1) && (lexicon.placeWords.matchAt(words, i + 1) > 0 || lexicon.organisationWords.matchAt(words, i + 1) > 0);
}

/** Marks the region after a head's title as no part of the name that follows it (see the top of the file). */
export function learnHeadRegions(paragraphs: readonly RegionParagraph[]): void {
  const places = new Set<string>();
  for (const { words } of paragraphs) for (let i = 0; i < words.length; i++) if (!afterHead(words, i) && placeHere(words, i)) places.add(words[i]!.norm);
  if (places.size === 0) return;
  for (const p of paragraphs) {
    const known = p.known as boolean[];
    const classes = p.classes as (WordClass | undefined)[];
    for (let i = 1; i < p.words.length; i++) {
      const next = i + 1;
      const nameAfter = classes[next] === 'name' && !known[next] && gluedCapital(p.words, next);
      if (classes[i] !== 'name' || known[i] || !nameAfter || !places.has(p.words[i]!.norm) || !afterHead(p.words, i)) continue;
      known[i] = true;
      classes[i] = 'other';
    }
  }
}
