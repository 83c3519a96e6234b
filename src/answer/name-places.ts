// The places a question's names hold, read against the passage (answer/support-names.ts): a place
// the passage writes by another of its names, and a place inside a name that the passage writes with
// another place in its slot.
import { allTables } from '../lang/index.js';
import { lexicon } from '../text/lexicon.js';
import { demonymEntryOf, demonymSpans, gazetteerDemonyms, gazetteerEntryOf, gazetteerNames, placeSpans, writesWorldCountry } from '../text/known-names.js';
import { fold } from '../text/normalize.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { sameOrTypo, says, writesPhrase } from './written.js';

const demonyms = new Set([...lexicon.demonyms].map((d) => fold(d)));

/** A word of a place: of the gazetteer, a point of the compass, or a people's name. */
export const isPlaceWord = (w: string): boolean => gazetteerEntryOf(w) !== undefined || lexicon.compass.has(w) || demonyms.has(w);

/** Offices of other countries than the home one, as folded words ("perdana menteri"). */
const foreignOffices: ReadonlySet<string> = new Set(allTables.flatMap((t) => t.nameWords?.foreignOffices ?? []).map((o) => fold(o)));

const homeEntries = new Set(allTables.flatMap((t) => t.nameWords?.homeCountries ?? []).map((c) => gazetteerEntryOf(c)));

/** The country news goes without naming ("Menteri Perindustrian [Indonesia]"): one of the tables' homeCountries. */
export const isHomeCountry = (words: readonly string[]): boolean => {
  const entry = gazetteerEntryOf(words.join(' '));
  return entry !== undefined && homeEntries.has(entry);
};

/** A place: one of the gazetteer, or words each of a place. */
export const isPlace = (words: readonly string[]): boolean => gazetteerEntryOf(words.join(' ')) !== undefined || words.every(isPlaceWord);

/**
 * A place of the gazetteer written in these words, by any of its names in either language. A place
 * of several words is its people's word too ("North Korean" is written by "Korea Utara", and "Korea
 * Utara" by "North Korean"); one word is not, being a name's part as often ("Pan American").
 */
export function placeWritten(typed: string, words: readonly Word[]): boolean {
  const whole = typed.trim().includes(' ');
  const entry = gazetteerEntryOf(typed) ?? (whole ? demonymEntryOf(typed) : undefined);
  if (entry === undefined) return false;
  const names = whole ? [...gazetteerNames(entry), ...gazetteerDemonyms(entry)] : gazetteerNames(entry);
  return names.some((name) => writesPhrase(fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), words));
}

/** A word of another place than `place`: a place of the gazetteer or a people's name, written capitalised. */
const otherPlaceWord = (w: Word | undefined, place: string): boolean =>
  w !== undefined && !w.mark && w.cap && !sameOrTypo(place, w.norm) && (gazetteerEntryOf(w.norm) !== undefined || demonyms.has(w.norm));

/**
 * A place inside a name the passage writes with another place in its slot, and never with this one:
 * "Revolusi Nasional Inggris" of a passage writing "Revolusi Nasional Indonesia", "Korea Selatan" of
 * "Inggris Selatan" — though it writes "Inggris" elsewhere.
 */
export function placeSwapped(run: readonly string[], words: readonly Word[]): string | undefined {
  for (let k = 0; k < run.length; k++) {
    const place = run[k]!;
    if (run.length < 2 || !isPlaceWord(place)) continue;
    // The whole place ("Kalimantan Timur"), which a slot may write by another of its names ("Kaltim").
    let end = k + 1;
    while (end < run.length && isPlaceWord(run[end]!)) end++;
    const entry = gazetteerEntryOf(run.slice(k, end).join(' '));
    const before = run[k - 1];
    const after = run[end];
    let agrees = false;
    let differs = false;
    // The slot may write the place by another of its names, of several words ("DPRD Sumatera Utara" for "DPRD Sumut").
    const spelt = (from: number, step: 1 | -1): boolean => {
      const parts: string[] = [];
      for (let j = from; entry !== undefined && j >= 0 && j < words.length && parts.length < 4 && !words[j]!.mark; j += step) {
        if (step > 0) parts.push(words[j]!.norm);
        else parts.unshift(words[j]!.norm);
        if (parts.length > 1 && gazetteerEntryOf(parts.join(' ')) === entry) return true;
      }
      return false;
    };
    // Marks stay in the slot: "Kantor Presiden, Jakarta" writes no "Presiden Jakarta".
    words.forEach((w, i) => {
      if ((before !== undefined && sameOrTypo(before, w.norm) && spelt(i + 1, 1)) || (after !== undefined && sameOrTypo(after, w.norm) && spelt(i - 1, -1))) {
        agrees = true;
        return;
      }
      const slots = [
        ...(before !== undefined && sameOrTypo(before, w.norm) ? [words[i + 1]] : []),
        ...(after !== undefined && sameOrTypo(after, w.norm) ? [words[i - 1]] : []),
      ];
      for (const slot of slots) {
        if (slot !== undefined && !slot.mark && (sameOrTypo(place, slot.norm) || (entry !== undefined && gazetteerEntryOf(slot.norm) === entry))) agrees = true;
        else if (otherPlaceWord(slot, place)) differs = true;
      }
    });
    if (differs && !agrees) return place;
  }
  return undefined;
}

/** A country (or a continent): a place of the gazetteer with a word for its people ("India": "Indian"), or one of the world's others. */
const isCountry = (typed: string): boolean => {
  const entry = gazetteerEntryOf(typed);
  return (entry !== undefined && gazetteerDemonyms(entry).length > 0) || writesWorldCountry(typed);
};

/** Function words that may stand between a word and the place it is of ("kemerdekaan dari X", "muncul di X"). */
const SLOT_GAP = 2;

/**
 * A country the question asks of that the window leaves unsaid, writing another country beside a
 * word of the question's in its stead: "Kapan India merdeka?" of "Hari Kemerdekaan Bangladesh",
 * "When did Lorem join Spain?" of "joined France". Countries only: a city or a region may be the
 * country's own part ("kunjungan ke Tokyo" of "berkunjung ke Jepang").
 */
export function otherCountryBeside(place: readonly string[], terms: readonly string[], window: readonly Word[]): boolean {
  const typed = place.join(' ');
  if (!isCountry(typed) || placeWritten(typed, window) || window.some((w) => !w.mark && place.some((p) => sameOrTypo(p, w.norm)))) return false;
  const heads = terms.filter((t) => t.length >= 4 && !place.includes(t) && !lexicon.stopWords.has(t));
  const country = (w: Word | undefined): boolean => w !== undefined && !w.mark && w.cap && !lexicon.stopWords.has(w.norm) && isCountry(w.text);
  return window.some((w, i) => {
    if (w.mark || country(w) || !heads.some((t) => says(t, [w]))) return false;
    for (const step of [1, -1]) {
      let j = i + step;
      for (let k = 0; k < SLOT_GAP && window[j] !== undefined && !window[j]!.mark && lexicon.stopWords.has(window[j]!.norm); k++) j += step;
      if (j !== i + step && step < 0) continue;
      if (country(window[j])) return true;
    }
    return false;
  });
}

/**
 * Does the paragraph name a place other than `place`: a place of the gazetteer or its people's word
 * ("Malaysia", "Britania Raya", "Japanese"), or a capitalised word of one?
 */
function otherPlaceNamed(place: readonly string[], words: readonly Word[]): boolean {
  const entry = gazetteerEntryOf(place.join(' '));
  const text = words.map((w) => w.text).join(' ');
  if ([...placeSpans(text), ...demonymSpans(text)].some((s) => s.entry !== entry)) return true;
  return words.some((w) => !w.mark && w.cap && !lexicon.compass.has(w.norm) && isPlaceWord(w.norm) && !place.some((p) => sameOrTypo(p, w.norm)));
}

/**
 * A country the question adds after an office the home country does not have, which the passage
 * writes without it, in a paragraph naming no other place: the article's context ("Siapa kanselir
 * Jerman?" of "Kanselir <Name> mengatakan …", "Perdana Menteri Britania Raya" of "dilantik sebagai
 * Perdana Menteri"). `before` are the question's words before the country. An office the home
 * country has stays its own ("Siapa presiden Prancis?" of "Presiden <Name> …"); a paragraph naming
 * another place may tell of another country's office. Not read in English, where the country follows
 * "of" ("chancellor of Germany").
 */
export function countryLeftToContext(place: readonly string[], before: readonly string[], words: readonly Word[]): boolean {
  const office = [before.slice(-2).join(' '), before.slice(-1).join(' ')].some((o) => foreignOffices.has(o));
  return office && isCountry(place.join(' ')) && !otherPlaceNamed(place, words);
}
