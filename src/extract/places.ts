// Places an article names: gazetteer hits (countries, regions, major cities, in Indonesian or
// English) and capitalised words after a locative preposition or a word for a kind of place
// ("di <City>", "ke wilayah Kotabaru", "in Riverton"). Each gazetteer place carries the other names
// readers type (the English name for the Indonesian one). Never a person, never an organisation.
import { fold } from '../text/normalize.js';
import type { Article, Person, Place } from '../types.js';
import { gazetteerEntryOf, gazetteerNames, outletSpans, placeSpans, type KnownSpan } from '../text/known-names.js';
import { isOrganisationStart } from './organisations.js';
import { extractPeople, personSpans } from './people.js';
import { findAll } from '../text/find.js';
import { isFunctionWord, lexicon } from '../text/lexicon.js';
import { articleWords, type ArticleWords, type ParagraphWords } from './words.js';
import type { Word } from '../text/words.js';

interface Found {
  /** Gazetteer entry, or -1 for a place found by the locative rule. */
  readonly entry: number;
  readonly text: string;
  readonly paragraph: number;
  readonly start: number;
}

const inside = (spans: readonly { start: number; end: number }[], start: number, end: number): boolean =>
  spans.some((s) => start < s.end && end > s.start);

/** Capitalised words after a locative, minus the gazetteer names among them (found anyway). */
function locativePlaces(p: ParagraphWords, gaz: readonly KnownSpan[], people: readonly { start: number; end: number }[], common: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  const { words } = p;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.mark || w.cap || !lexicon.locatives.has(w.norm)) {
      // A capitalised locative only opens a sentence ("Di Kotabaru, …").
      if (!(w.cap && lexicon.locatives.has(w.norm) && words[i + 1]?.cap)) continue;
    }
    let j = i + 1;
    // "ke wilayah Kotabaru": a lower-case word for a kind of place may stand between.
    const kind = lexicon.placeWords.matchAt(words, j);
    if (kind > 0 && !words[j]!.cap) j += kind;
    const run: Word[] = [];
    while (j < words.length) {
      const x = words[j]!;
      if (x.mark || !(x.cap || (run.length > 0 && lexicon.nameParticles.has(x.norm) && words[j + 1]?.cap))) break;
      if (/^\p{N}/u.test(x.text)) break;
      run.push(x);
      j++;
    }
    if (run.length === 0) continue;
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
    // Only the segment right after the locative is a place; later ones are the gazetteer's.
    if (!first || first[0] !== run[0]) continue;
    const start = first[0]!.start;
    const end = first[first.length - 1]!.end;
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
    found.push(...placesAfter(p, j, gaz, people));
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
export function extractPlaces(article: Article, people: readonly Person[] = extractPeople(article), { paragraphs, common }: ArticleWords = articleWords(article)): Place[] {
  const found: Found[] = [];
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
    found.push(...locativePlaces(p, gaz, personAt, common));
  }
  // The dateline's city ("CITY (Outlet) -", "City, Outlet -") is a place of the first paragraph.
  const city = article.meta.city;
  const lede = paragraphs[0];
  if (city !== undefined && lede !== undefined && !found.some((f) => f.paragraph === lede.n && fold(f.text) === fold(city))) {
    const entry = gazetteerEntryOf(city);
    found.push({ entry: entry ?? -1, text: entry !== undefined ? (gazetteerNames(entry)[0] ?? city) : city, paragraph: lede.n, start: lede.text.indexOf(city) });
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
