// Places an article names: gazetteer hits (countries, regions, major cities, in Indonesian or
// English) and capitalised words after a locative preposition or a word for a kind of place
// ("di <City>", "ke wilayah Kotabaru", "in Riverton"). Each gazetteer place carries the other names
// readers type (the English name for the Indonesian one). Never a person, never an organisation.
import { fold } from '../text/normalize.js';
import type { Article, Person, Place } from '../types.js';
import { gazetteerEntryOf, gazetteerNames, outletSpans, placeSpans, type KnownSpan } from '../text/known-names.js';
import { citedFrom } from './thing-names.js';
import { isOrganisationStart } from './organisations.js';
import { extractPeople, personSpans } from './people.js';
import { findAll } from '../text/find.js';
import { isFunctionWord, lexicon } from '../text/lexicon.js';
import { articleWords, type ArticleWords, type ParagraphWords } from './words.js';
import type { Word } from '../text/words.js';
import { placeCues } from '../lang/places.js';
import { allTables } from '../lang/index.js';
import { eventShortForms, isEventWord } from '../text/event-names.js';
import { nameAfterBoundLocative, nameAfterPlacePart } from '../text/bound-locatives.js';

interface Found {
  /** Gazetteer entry, or -1 for a place found by the locative rule. */
  readonly entry: number;
  readonly text: string;
  readonly paragraph: number;
  readonly start: number;
}

const inside = (spans: readonly { start: number; end: number }[], start: number, end: number): boolean =>
  spans.some((s) => start < s.end && end > s.start);

const POSSESSIVE = /['’]s?$/u;
const kinds = new Set(placeCues.kinds);
const linkers = new Set(placeCues.linkers);
const compounds = new Set(placeCues.compounds);
const along = new Set(placeCues.along);
const conjunctions = new Set(placeCues.conjunctions);
const buildings = new Set(placeCues.buildings);
const isBuilding = (w: Word): boolean => w.cap && (buildings.has(w.norm) || lexicon.placeWords.has(w.norm));
const isPlaceKind = (w: Word | undefined): boolean => w !== undefined && !w.mark && !w.cap && (lexicon.placeWords.has(w.norm) || kinds.has(w.norm));

/** A word for a kind of place, or its plural ("towns"). */
const isKindWord = (w: Word): boolean =>
  !w.cap && !w.mark && [w.norm, w.norm.replace(/s$/, '')].some((n) => lexicon.placeWords.has(n) || kinds.has(n));

/**
 * "in the market towns of X", "in the coastal villages of X": up to two lower-case words, then a
 * word for a kind of place (one or several) and "of": where the name starts, or -1.
 */
function kindThenOf(words: readonly Word[], from: number): number {
  for (let k = from; k < from + 3 && k < words.length; k++) {
    const w = words[k]!;
    if (w.cap || w.mark) return -1;
    if (isKindWord(w) && linkers.has(words[k + 1]?.norm ?? '') && words[k + 2]?.cap === true) return k + 2;
  }
  return -1;
}

/**
 * Where a place's name starts after a locative, or -1: "in X", "ke wilayah X" (a lower-case word
 * for a kind of place between), "at the port of X"; and, without a locative, "the town of X".
 */
function nameAfterLocative(words: readonly Word[], i: number): number {
  const w = words[i]!;
  const next = words[i + 1];
  if (w.mark) return -1;
  if (lexicon.locatives.has(w.norm) && (!w.cap || next?.cap === true || lexicon.determiners.has(next?.norm ?? ''))) {
    let j = i + 1;
    const det = words[j] !== undefined && !words[j]!.cap && lexicon.determiners.has(words[j]!.norm) ? 1 : 0;
    const named = kindThenOf(words, j + det);
    if (det > 0 && named > 0) return named;
    // "di tepi <Name>", "on the banks of the <Name>": a part of the place, then (of, the) its name.
    const past = nameAfterPlacePart(words, j + det);
    if (past >= 0) return past;
    const kind = lexicon.placeWords.matchAt(words, j + det);
    if (kind > 0 && !words[j + det]!.cap) {
      j += det + kind;
      if (linkers.has(words[j]?.norm ?? '')) j++;
    } else if (det > 0) return -1;
    // A capitalised locative only opens a sentence ("Di Kotabaru, …").
    return w.cap && j === i + 1 && !next?.cap ? -1 : j;
  }
  // "The port of X handles …": a determiner, a word for a kind of place, "of".
  if (!lexicon.determiners.has(w.norm) || (i > 0 && lexicon.locatives.has(words[i - 1]!.norm))) return -1;
  const kind = lexicon.placeWords.matchAt(words, i + 1);
  return kind > 0 && !next!.cap && linkers.has(words[i + 1 + kind]?.norm ?? '') ? i + 2 + kind : -1;
}

/** Capitalised words after a locative, minus the gazetteer names among them (found anyway). */
function locativePlaces(p: ParagraphWords, gaz: readonly KnownSpan[], people: readonly { start: number; end: number }[], common: ReadonlySet<string>, eventWords: ReadonlySet<string>, headline = false): Found[] {
  const found: Found[] = [];
  const { words } = p;
  // "to Rotterdam and Antwerp": a place after a locative and a conjunction is one more.
  let listAt = -1;
  for (let i = 0; i < words.length; i++) {
    let j = i === listAt ? i + 1 : nameAfterLocative(words, i);
    if (j < 0 && i !== listAt) j = nameAfterBoundLocative(words, i);
    if (j < 0) continue;
    // "dikutip dari <X>", "melansir dari <X>": what a report is cited from is a publication, not a place.
    if (citedFrom(words, j)) continue;
    const run: Word[] = [];
    let possessive = false;
    while (j < words.length && !possessive) {
      const x = words[j]!;
      if (x.mark || !(x.cap || (run.length > 0 && lexicon.nameParticles.has(x.norm) && words[j + 1]?.cap))) break;
      if (/^\p{N}/u.test(x.text)) break;
      // "in Warsaw's old town": a possessive ends the place's name.
      possessive = POSSESSIVE.test(x.text);
      run.push(x);
      j++;
    }
    if (run.length === 0) continue;
    // "in Article 5", "in Room 101": a single word numbered is a part of something, not a place.
    if (run.length === 1 && !possessive && /^\p{N}/u.test(words[j]?.text ?? '')) continue;
    if (run.some((x) => isEventWord(x.norm) || eventWords.has(x.norm))) continue;
    // Split the run at gazetteer names: "Istana Lama <City>" → "Istana Lama" (+ <City>); a word for a
    // kind of place right before one is part of it ("Kepulauan <Region>", "Provinsi <Province>").
    let segment: Word[] = [];
    const segments: Word[][] = [];
    for (const x of run) {
      const kindOnly = segment.length === 1 && lexicon.placeWords.has(segment[0]!.norm);
      if (inside(gaz, x.start, x.end) && !kindOnly) {
        if (segment.length > 0) segments.push(segment);
        segment = [];
      } else segment.push(x);
    }
    if (segment.length > 0) segments.push(segment);
    const first = segments[0];
    // Only after a place: one the gazetteer knows, or one this rule takes.
    const list = conjunctions.has(words[j]?.norm ?? '') && words[j + 1]?.cap === true;
    if (list && segments.length === 0) listAt = j;
    // Only the segment right after the locative is a place; later ones are the gazetteer's. After a
    // gazetteer place alone, the address goes on as after any other ("di <City>, <Region>, <Country>").
    if (!first || first[0] !== run[0]) {
      if (segments.length === 0 && !headline) found.push(...placesAfter(p, j, gaz, people));
      continue;
    }
    const start = first[0]!.start;
    const last = first[first.length - 1]!;
    const end = last.end - (POSSESSIVE.exec(last.text)?.[0].length ?? 0);
    const text = p.text.slice(start, end);
    const head = first[0]!;
    if (inside(people, start, end)) continue;
    if (first.some((x) => x.acronym) && first.length === 1) continue;
    if (isFunctionWord(head) || lexicon.titles.matchAt(first, 0) > 0) continue;
    // An organisation's name is no place, but a building is, whatever it houses ("Kompleks Parlemen").
    const building = lexicon.placeWords.matchAt(first, 0) > 0;
    if (!building && first.some((_, k) => lexicon.organisationWords.matchAt(first, k) > 0 && lexicon.placeWords.matchAt(first, k) === 0)) continue;
    if ((!building && isOrganisationStart(first, 0)) || outletSpans(text).length > 0) continue;
    if (first.length === 1 && common.has(head.norm)) continue;
    if (lexicon.demonyms.has(head.text)) continue;
    found.push({ entry: -1, text, paragraph: p.n, start });
    // A headline capitalises every word: what follows a comma there is no part of an address.
    if (!headline) found.push(...placesAfter(p, j, gaz, people));
    if (list && first.length === run.length) listAt = j;
  }
  return found;
}

/** "in the Warsaw Uprising Museum", "at the Palace of Culture and Science": a building named after "the", kept whole. */
function buildingPlaces(p: ParagraphWords, gaz: readonly KnownSpan[], people: readonly { start: number; end: number }[]): Found[] {
  const found: Found[] = [];
  const { words } = p;
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i]!;
    if (w.mark || !lexicon.locatives.has(w.norm) || words[i + 1]!.cap || !lexicon.determiners.has(words[i + 1]!.norm)) continue;
    let j = i + 2;
    let end = -1;
    let linked = false;
    while (j < words.length) {
      const x = words[j]!;
      if (!x.mark && x.cap && !/^\p{N}/u.test(x.text)) {
        if (isBuilding(x)) end = j;
        j++;
      } else if (j > i + 2 && words[j + 1]?.cap === true && ((linkers.has(x.norm) && end >= 0) || (linked && conjunctions.has(x.norm)))) {
        linked = true;
        j++;
      } else break;
    }
    // The building word ends the name, or "of …" follows it.
    if (end < 0 || (end !== j - 1 && !linked)) continue;
    const last = linked ? j - 1 : end;
    const start = words[i + 2]!.start;
    const stop = words[last]!.end;
    const text = p.text.slice(start, stop);
    if (inside(people, start, stop) || gaz.some((g) => g.start === start && g.end === stop) || words.slice(i + 2, last + 1).some((x) => isEventWord(x.norm))) continue;
    if (outletSpans(text).length > 0 || POSSESSIVE.test(words[last]!.text)) continue;
    found.push({ entry: -1, text, paragraph: p.n, start });
  }
  return found;
}

/** "<Town>-based", "<City>-born": the capitalised words before the hyphen ("New York-based" too). */
function compoundPlaces(p: ParagraphWords, gaz: readonly KnownSpan[], people: readonly { start: number; end: number }[]): Found[] {
  const found: Found[] = [];
  const { words } = p;
  words.forEach((w, i) => {
    const dash = w.text.lastIndexOf('-');
    if (w.mark || !w.cap || dash < 1 || !compounds.has(w.norm.slice(w.norm.lastIndexOf('-') + 1))) return;
    let k = i;
    while (k > i - 2 && k > 0 && !words[k - 1]!.mark && words[k - 1]!.cap && !isFunctionWord(words[k - 1]!) && words[k - 1]!.end + 1 === words[k]!.start) k--;
    const start = words[k]!.start;
    const end = w.start + dash;
    const text = p.text.slice(start, end);
    if (!/^\p{Lu}/u.test(text) || inside(gaz, start, end) || inside(people, start, end) || outletSpans(text).length > 0) return;
    if (words.slice(k, i).some((x) => x.acronym) || (k === i && w.acronym)) return;
    found.push({ entry: -1, text, paragraph: p.n, start });
  });
  return found;
}

/** "<Town>, a port town in <County>", "<City>, the capital of <Country>": a name and an apposition saying it is a place. */
function appositionPlaces(p: ParagraphWords, gaz: readonly KnownSpan[], people: readonly { start: number; end: number }[], common: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  const { words } = p;
  for (let c = 1; c < words.length; c++) {
    if (words[c]!.text !== ',' || !lexicon.determiners.has(words[c + 1]?.norm ?? '') || words[c + 1]!.cap) continue;
    // Up to three lower-case words after the determiner, the last a kind of place, then "in", "of" or a mark.
    let k = c + 2;
    while (k < c + 5 && words[k] !== undefined && !words[k]!.mark && !words[k]!.cap && !isPlaceKind(words[k]) && !isFunctionWord(words[k]!)) k++;
    if (!isPlaceKind(words[k])) continue;
    while (isPlaceKind(words[k + 1])) k++;
    const after = words[k + 1];
    if (!(after === undefined || after.mark || linkers.has(after.norm) || along.has(after.norm) || lexicon.locatives.has(after.norm))) continue;
    let s = c;
    while (s > c - 3 && s > 0 && !words[s - 1]!.mark && words[s - 1]!.cap && !isFunctionWord(words[s - 1]!)) s--;
    if (s === c || words[s - 1]?.cap === true) continue;
    const run = words.slice(s, c);
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const text = p.text.slice(start, end);
    if (inside(gaz, start, end) || inside(people, start, end) || run.some((x) => x.acronym || isEventWord(x.norm))) continue;
    if (isOrganisationStart(run, 0) || run.some((_, j) => lexicon.organisationWords.matchAt(run, j) > 0) || outletSpans(text).length > 0) continue;
    if (run.length === 1 && common.has(run[0]!.norm)) continue;
    found.push({ entry: -1, text, paragraph: p.n, start });
  }
  return found;
}

/** "di Kompleks Parlemen, Senayan, <City>": the parts of an address that follow a place, between commas. */
function placesAfter(p: ParagraphWords, from: number, gaz: readonly KnownSpan[], people: readonly { start: number; end: number }[]): Found[] {
  const { words } = p;
  const found: Found[] = [];
  let j = from;
  while (found.length < 3 && words[j]?.text === ',') {
    let k = j + 1;
    while (k < words.length && !words[k]!.mark && words[k]!.cap && !/^\p{N}/u.test(words[k]!.text)) k++;
    if (k === j + 1 || k - j > 4) break;
    const part = words.slice(j + 1, k);
    const start = part[0]!.start;
    const end = part[part.length - 1]!.end;
    // It must lead on to more of the address: a comma, the sentence's end, or nothing.
    const next = words[k];
    if (next !== undefined && !/^[,.;)]$/.test(next.text)) break;
    if (inside(people, start, end) || part.some((x) => x.acronym || isFunctionWord(x) || lexicon.calendar.has(x.norm))) break;
    if (!inside(gaz, start, end)) found.push({ entry: -1, text: p.text.slice(start, end), paragraph: p.n, start });
    j = k;
  }
  return found;
}

/**
 * Gazetteer names followed by a compass word, or after a capitalised word for a kind of place, become
 * the longer place ("<City> Pusat", "Provinsi <Province>", "Kepulauan <Region>").
 */
function withCompass(p: ParagraphWords, span: KnownSpan, all: readonly KnownSpan[]): { text: string; start: number; compass: boolean } {
  let start = span.start;
  let end = span.end;
  const m = /^ (\p{Lu}\p{Ll}+)/u.exec(p.text.slice(span.end));
  if (m && lexicon.compass.has(fold(m[1]!)) && !all.some((s) => s.start === span.end + 1)) end += m[0].length;
  const k = p.words.findIndex((w) => w.start === span.start);
  const kind = p.words[k - 1];
  if (kind !== undefined && kind.cap && kind.end + 1 === span.start && lexicon.placeWords.has(kind.norm)) start = kind.start;
  const text = p.text.slice(start, end);
  return { text, start, compass: text !== span.text };
}

/** Places of an article, in order of first mention. */
export function extractPlaces(
  article: Article,
  people: readonly Person[] = extractPeople(article),
  { paragraphs, common }: ArticleWords = articleWords(article),
  eventWords: ReadonlySet<string> = eventShortForms(paragraphs.map((p) => p.text)),
): Place[] {
  const found: Found[] = [];
  // A headline above the lede (load/article.ts made it the title).
  const headline = article.meta.title !== undefined && paragraphs[0]?.text === article.meta.title ? paragraphs[0] : undefined;
  for (const p of paragraphs) {
    const gaz = placeSpans(p.text);
    const personAt = personSpans(p.text, people);
    for (const s of gaz) {
      if (inside(personAt, s.start, s.end)) continue;
      const c = withCompass(p, s, gaz);
      found.push({ entry: c.compass ? -1 : s.entry, text: c.text, paragraph: p.n, start: c.start });
      // "Provinsi <Province>" is also the gazetteer's place, by its other names.
      if (c.start < s.start && c.text.endsWith(s.text)) found.push({ entry: s.entry, text: s.text, paragraph: p.n, start: s.start });
    }
    found.push(...locativePlaces(p, gaz, personAt, common, eventWords, p === headline), ...compoundPlaces(p, gaz, personAt), ...buildingPlaces(p, gaz, personAt), ...appositionPlaces(p, gaz, personAt, common));
  }
  // The dateline's city ("CITY (Outlet) -", "City, Outlet -") is a place of the first paragraph.
  const city = article.meta.city;
  const lede = paragraphs[(article.meta.lede ?? 1) - 1];
  if (city !== undefined && lede !== undefined && !found.some((f) => f.paragraph === lede.n && fold(f.text) === fold(city))) {
    const entry = gazetteerEntryOf(city);
    // A city in capitals ("BRISTOL, Feb 20 -") is named as the article writes it elsewhere ("Bristol").
    const written = city === city.toUpperCase() ? paragraphs.flatMap((p) => p.words).find((w) => w.norm === fold(city) && w.text !== city)?.text : undefined;
    found.push({ entry: entry ?? -1, text: entry !== undefined ? (gazetteerNames(entry)[0] ?? city) : (written ?? city), paragraph: lede.n, start: lede.text.indexOf(city) });
  }
  // One place per gazetteer entry, or per name for the others.
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const key = f.entry >= 0 ? `g${f.entry}` : `n${fold(f.text)}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const places: { place: Place; first: number }[] = [];
  for (const group of groups.values()) {
    const entry = group[0]!.entry;
    const counts = new Map<string, number>();
    for (const f of group) counts.set(f.text, (counts.get(f.text) ?? 0) + 1);
    const name = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    const paragraphSet = new Set(group.map((f) => f.paragraph));
    // A place found by the locative rule counts wherever its name is written.
    if (entry < 0) for (const p of paragraphs) if (findAll(p.text, name).length > 0) paragraphSet.add(p.n);
    const aliases = entry >= 0 ? [...new Set([...counts.keys(), ...gazetteerNames(entry)])].filter((a) => a !== name) : [];
    places.push({
      place: { name, aliases, paragraphs: [...paragraphSet].sort((a, b) => a - b) },
      first: Math.min(...group.map((f) => f.paragraph * 100000 + f.start)),
    });
  }
  return places.sort((a, b) => a.first - b.first).map((p) => p.place);
}
