// Where-answers in a paragraph: the places it writes after a locative ("lahir di Pasuruan, Jawa
// Timur", "born in Leiden"), or the places the article knows wherever they stand. A place is taken
// with the places that follow it after commas, as a reader writes where something is ("Agra,
// India"). A place the question itself names is never its answer.
import type { LibraryEntry } from '../index/library.js';
import { usesWord, type QuestionFocus } from '../query/focus.js';
import { findAll } from '../text/find.js';
import { foldedWords } from '../text/normalize.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidates.js';
import { allTables } from '../lang/index.js';
import { datelineEnd } from '../text/dateline.js';
import { anchorBefore, anchoredFirst, locatedEnd, locatedStart, type Anchor } from './where-anchors.js';
import { coordinatedEnd } from './where-lists.js';
import { fromElsewhere, namedFor } from './where-named.js';
import { resolvePerson } from '../text/name-match.js';
import { inName, phraseCandidates } from './where-phrases.js';
import { nameAfterBoundLocative } from '../text/bound-locatives.js';

const placeJoiners = new Set(allTables.flatMap((t) => t.answerWords?.placeJoiners ?? []));
const placeArticles = new Set(allTables.flatMap((t) => t.answerWords?.placeArticles ?? []));
const placeParts = new Set(allTables.flatMap((t) => t.answerWords?.placeParts ?? []));
const placeHolders = new Set(allTables.flatMap((t) => t.answerWords?.placeHolders ?? []));
const placeKindModifiers = new Set(allTables.flatMap((t) => t.answerWords?.placeKindModifiers ?? []));
const controlNouns = new Set(allTables.flatMap((t) => t.answerWords?.controlNouns ?? []));
const areaWords = new Set(allTables.flatMap((t) => t.answerWords?.areaWords ?? []));
const borderWords = new Set(allTables.flatMap((t) => t.answerWords?.borderWords ?? []));

/** Most places after commas taken with the first ("Aspenden Lodge, Buntingford, Hertfordshire"). */
const MAX_CHAIN = 3;

/**
 * Where the next place of a chain begins after the place ending at `last`: after a comma ("Agra, India"),
 * with a kind of place between ("Distrik Lorem, kota Ipsum"), or after a word of the tables that writes
 * the place holding it ("Lorem di Ipsum", "… di provinsi Ipsum", "… di tepi Sungai Ipsum"). Never a day
 * or a month (the dateline's time); else undefined.
 */
function nextLink(words: readonly Word[], last: number, focus: QuestionFocus): number | undefined {
  const joint = words[last + 1];
  if (joint === undefined || (joint.text !== ',' && (joint.mark || joint.cap || !placeHolders.has(joint.norm)))) return undefined;
  const kind = words[last + 2];
  const at = kind !== undefined && !kind.mark && !kind.cap && (lexicon.placeWords.has(kind.norm) || placeParts.has(kind.norm)) ? last + 3 : last + 2;
  if (!inName(words, at) || !words[at]!.cap || lexicon.calendar.has(words[at]!.norm)) return undefined;
  // "…, tempat Lorem Ipsum lahir" of "Di mana Lorem Ipsum lahir?": the one asked about, not one more place.
  const joined = joint.text !== ',' || at > last + 2;
  return joined && words.slice(at, runEnd(words, at) + 1).every((x) => usesWord(focus, x)) ? undefined : at;
}

/** The last word of the run of capitalised words starting at i. */
function runEnd(words: readonly Word[], i: number): number {
  let last = i;
  while (inName(words, last + 1)) last++;
  return last;
}

/** Word indexes where the article's known places of this paragraph begin. */
function knownStarts(entry: LibraryEntry, paragraph: number, words: readonly Word[]): Set<number> {
  const text = entry.article.paragraphs[paragraph - 1]!.text;
  const starts = new Set<number>();
  for (const place of entry.understanding.places) {
    if (!place.paragraphs.includes(paragraph)) continue;
    for (const form of [place.name, ...place.aliases]) {
      for (const at of findAll(text, form)) {
        const i = words.findIndex((w) => w.start === at);
        if (i >= 0) starts.add(i);
      }
    }
  }
  return starts;
}

/** The last word of a side of the place ending at `last`, written after it ("Lorem bagian timur laut"), else `last`. */
function sideAfter(words: readonly Word[], last: number): number {
  const side = words[last + 1];
  if (side === undefined || side.mark || !lexicon.sideWords.has(side.norm)) return last;
  let end = last + 1;
  while (end - last < 3 && words[end + 1] !== undefined && !words[end + 1]!.mark && !words[end + 1]!.cap && lexicon.compass.has(words[end + 1]!.norm)) end++;
  return end > last + 1 ? end : last;
}

/**
 * The last word of a place's name going on after a joiner ("Palace of Culture and Science", "University
 * of Leeds"): the capitalised run after "of", and one more capitalised word after "and" closing it.
 */
function joinedEnd(words: readonly Word[], last: number): number {
  const joiner = words[last + 1];
  if (joiner === undefined || joiner.mark || joiner.cap || !placeJoiners.has(joiner.norm) || !inName(words, last + 2) || !words[last + 2]!.cap) return last;
  let end = runEnd(words, last + 2);
  const and = words[end + 1];
  const next = end + 2;
  const closing = inName(words, next) && words[next]!.cap && !inName(words, next + 1) && !lexicon.calendar.has(words[next]!.norm);
  if (and !== undefined && !and.mark && !and.cap && lexicon.listJoiners.has(and.norm) && closing) end = next;
  return end;
}

/**
 * A short form in brackets inside a name, before its rest: "Republik Demokratik (RD) Kongo", "Kepolisian Daerah (Polda)
 * Metro Jaya", "the Democratic Republic (DR) of Congo". The name goes on past the bracket: to the end of the capitalised
 * run after it, or to the bracket when a joiner follows ("of Congo", for joinedEnd); else `last`.
 */
function bracketedEnd(words: readonly Word[], last: number): number {
  const [open, short, close] = [words[last + 1], words[last + 2], words[last + 3]];
  if (open?.text !== '(' || close?.text !== ')' || short === undefined || !/^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(short.text) || lexicon.calendar.has(short.norm)) return last;
  const rest = words[last + 4];
  if (rest === undefined || rest.start !== close.end + 1) return last;
  if (inName(words, last + 4) && rest.cap && !lexicon.calendar.has(rest.norm)) return runEnd(words, last + 4);
  return !rest.mark && !rest.cap && placeJoiners.has(rest.norm) && inName(words, last + 5) && words[last + 5]!.cap ? last + 3 : last;
}

/** The last word of the name starting at i, past a short form in brackets inside it ("…, Democratic Republic (DR) of Congo"). */
function bracketedRunEnd(words: readonly Word[], i: number): number {
  const end = runEnd(words, i);
  const past = bracketedEnd(words, end);
  return past === end ? end : joinedEnd(words, past);
}

/**
 * The number a place's name goes on with ("Article 5", "Terminal 3", "Gate 12"): one to three digits
 * after the name, closing it, never a count of something ("Lorem 5 orang", "Leeds 3 times").
 */
function numberedEnd(words: readonly Word[], last: number): number {
  const n = words[last + 1];
  if (n === undefined || n.mark || !/^\d{1,3}$/.test(n.text)) return last;
  const after = words[last + 2];
  const closes = after === undefined || after.mark || after.cap || placeJoiners.has(after.norm) || lexicon.listJoiners.has(after.norm);
  return closes ? last + 1 : last;
}

/**
 * "in the harbour town of Velmora", "at the old port of …": the name after "of" that a kind of place
 * (lower case, from the tables) heads, itself after a locative and at most two more lower-case words.
 */
function kindOfPlaceBefore(words: readonly Word[], i: number): boolean {
  const of = words[i - 1];
  const kind = words[i - 2];
  if (of === undefined || of.mark || !placeJoiners.has(of.norm) || kind === undefined || kind.mark || kind.cap || !lexicon.placeWords.has(kind.norm)) return false;
  for (let j = i - 3; j >= 0 && j >= i - 5; j--) {
    const w = words[j]!;
    if (w.mark || w.cap) return false;
    if (lexicon.placeMarkers.has(w.norm) || lexicon.locatives.has(w.norm)) return true;
  }
  return false;
}

/**
 * "di kota Lorem", and with a word of the tables saying which of its kind: "di jalur utama Lorem",
 * "di desa terpencil Lorem": a kind of place in lower case, after a locative, right before the name at i.
 * Where that kind opens, else i.
 */
function kindBefore(words: readonly Word[], i: number, locative: (w: Word | undefined) => boolean): number {
  const lower = (w: Word | undefined): w is Word => w !== undefined && !w.mark && !w.cap;
  const kindAt = (j: number): boolean => lower(words[j]) && lexicon.placeWords.has(words[j]!.norm) && locative(words[j - 1]);
  const between = words[i - 1];
  return kindAt(i - 1) ? i - 1 : lower(between) && placeKindModifiers.has(between.norm) && kindAt(i - 2) ? i - 2 : i;
}

/** Most compass words of one side ("barat laut", "barat daya"). */
const MAX_COMPASS = 2;

/**
 * "di utara Lorem", "di bagian barat pulau Lorem", "di sebelah timur laut Lorem": the side of a place a
 * locative points at is where, so the answer opens with it. The first word of that side (before the
 * name at i, with at most one lower-case kind of place between), else i.
 */
function sideBefore(words: readonly Word[], i: number, locative: (w: Word | undefined) => boolean): number {
  const lower = (w: Word | undefined): w is Word => w !== undefined && !w.mark && !w.cap;
  let j = i - 1;
  if (lower(words[j]) && lexicon.placeWords.has(words[j]!.norm)) j--;
  let k = j;
  while (k > j - MAX_COMPASS && lower(words[k]) && lexicon.compass.has(words[k]!.norm)) k--;
  if (k === j) return i;
  if (lower(words[k]) && lexicon.sideWords.has(words[k]!.norm)) k--;
  return locative(words[k]) ? k + 1 : i;
}

/** Does a name of one of the article's organisations (or its acronym in brackets) end right before word i? */
function afterOrganisation(entry: LibraryEntry, words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  if (prev === undefined) return false;
  const before = prev.text === ')' ? words[i - 2] : prev;
  if (before === undefined || before.mark) return false;
  const ends = (f: string): boolean => f === before.text || (f.endsWith(before.text) && f[f.length - before.text.length - 1] === ' ');
  return entry.understanding.organisations.some((o) => ends(o.name) || o.aliases.some(ends));
}

/** Does the run of words first..last write the whole name of a person the article knows ("dari Sultan Lorem III")? */
function writesPerson(entry: LibraryEntry, words: readonly Word[], first: number, last: number): boolean {
  const run = ` ${foldedWords(words.slice(first, last + 1).map((x) => x.text).join(' '))} `;
  return entry.understanding.people.some((p) => p.name.includes(' ') && run.includes(` ${foldedWords(p.name)} `));
}

/** Most lower-case words between a noun of rule and the name it governs ("kekuasaan Lorem", "the control of Lorem"). */
const CONTROL_REACH = 3;

/** Is the name opening at word i governed by a noun of rule ("di bawah kekuasaan Lorem", "under the control of Lorem")? */
function underControl(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - CONTROL_REACH; j--) {
    const w = words[j]!;
    if (w.mark || w.cap) return false;
    if (controlNouns.has(w.norm)) return true;
  }
  return false;
}

/**
 * Is this run a whole name of the question with kinds of place beside it ("Pulau Okinawa" of "Okinawa";
 * not "Pulau Kalimantan" of "Kalimantan Timur"), the question writing no kind itself?
 */
function ownNameWithKind(run: readonly Word[], focus: QuestionFocus): boolean {
  // A question naming more ("SMK Negeri 9 Semarang") may ask about a thing inside that place ("Kota Semarang").
  if (focus.nameRuns.length !== 1 || focus.terms.some((t) => lexicon.placeWords.has(t))) return false;
  const words = run.filter((x) => !x.mark);
  const rest = words.filter((x) => !lexicon.placeWords.has(x.norm)).map((x) => x.norm);
  if (rest.length === words.length) return false;
  const name = focus.nameRuns[0]!.words;
  return name.length === rest.length && name.every((w, k) => w === rest[k]);
}

/**
 * "Di manakah letak Lorem?" of "Ipsum berbatasan dengan Lorem dan Dolor di sebelah timur": the places
 * after a border word are the subject's neighbours, and one listed with the place asked about tells
 * nothing of where that one lies. Does the sentence of words[i..last] write a border word before it,
 * and the question's name after that word, outside the candidate?
 */
function besideAsked(words: readonly Word[], i: number, last: number, focus: QuestionFocus): boolean {
  const sentence = words[i]!.sentence;
  const border = words.findIndex((w, k) => k < i && w.sentence === sentence && borderWords.has(w.norm));
  if (border < 0) return false;
  const after = words.filter((w, k) => k > border && (k < i || k > last) && w.sentence === sentence && w.cap && !w.mark).map((w) => w.norm);
  return focus.nameRuns.some((run) => {
    const own = run.words.filter((n) => !lexicon.placeWords.has(n) && !lexicon.stopWords.has(n));
    return own.length > 0 && own.every((n) => after.includes(n));
  });
}

/** Most words between a preposition and the name it says is where ("on the banks of the Lorem"). */
const BOUND_REACH = 5;

/** "on the River Lorem", "off the coast of Lorem", "on Bali" (known), "in the River Lorem": a preposition that says where the name at i is. */
function boundBefore(words: readonly Word[], i: number, known: ReadonlySet<number>): boolean {
  // "di tepi Sungai Lorem" after a place already said ("… di Velmora, …, di tepi Sungai Lorem") stays one more place of the chain, not the first.
  const opens = (k: number): boolean => lexicon.boundLocatives.has(words[k]!.norm) || lexicon.determiners.has(words[k + 1]?.norm ?? '');
  for (let k = i - 1; k >= 0 && k >= i - BOUND_REACH; k--) if (opens(k) && nameAfterBoundLocative(words, k, (j) => known.has(j)) === i) return true;
  return false;
}

export function whereCandidates(entry: LibraryEntry, paragraph: number, words: readonly Word[], focus: QuestionFocus): Candidate[] {
  const known = knownStarts(entry, paragraph, words);
  // The lede's dateline ("Jakarta, CNN Indonesia - -") says where the report was written, not where anything happened.
  const dateline = paragraph === (entry.article.meta.lede ?? 1) ? datelineEnd(entry.article.paragraphs[paragraph - 1]!.text) : 0;
  const title = entry.article.meta.title;
  const headline = title !== undefined && entry.article.paragraphs[paragraph - 1]?.text === title;
  const out: Candidate[] = [];
  const anchors = new Map<number, Anchor>();
  let listedTo = -1; // the end of a list of places taken whole: its members answer with it, not alone
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!inName(words, i) || !w.cap || (i > 0 && inName(words, i - 1)) || w.start < dateline || i <= listedTo) continue;
    // "in June", "pada Senin": a month or a day after a locative is a time, never where.
    if (lexicon.calendar.has(w.norm)) continue;
    const prev = words[i - 1];
    const locative = (w: Word | undefined): boolean => w !== undefined && !w.mark && (lexicon.placeMarkers.has(w.norm) || lexicon.locatives.has(w.norm));
    // "di Lorem", and "di kota Lorem", "in the province of …" written with a kind of place between.
    const side = sideBefore(words, i, locative);
    // "terletak di kaldera Lorem": the name a located verb's place goes on to, past lower-case words.
    const located = !locative(prev) && anchorBefore(words, i, focus)?.located === true;
    const kind = kindBefore(words, i, locative);
    const afterLocative = side < i || locative(prev) || kind < i || kindOfPlaceBefore(words, i) || located || boundBefore(words, i, known);
    if (!afterLocative && !known.has(i)) continue;
    // "BPBD DKI", "Badan … (BPBD) DKI": a place right after a body's name says which body, not where.
    if (!afterLocative && afterOrganisation(entry, words, i)) continue;
    let last = numberedEnd(words, joinedEnd(words, bracketedEnd(words, runEnd(words, i))));
    // Words the question uses open no answer ("Di mana letak Keraton Yogyakarta?" is not "Yogyakarta").
    // Unless the thing asked is named for the place and a chain of places goes on from it: "di Cambridge, Inggris" of
    // "Di mana letak Universitas Cambridge?" (where-named.ts).
    const asked = words.slice(i, last + 1).every((x) => x.mark || usesWord(focus, x));
    const holder = asked && afterLocative && namedFor(words.slice(i, last + 1), focus) ? nextLink(words, last, focus) : undefined;
    if (asked && holder === undefined) continue;
    // Nor does the place asked about with a kind before it: "Pulau Okinawa", "Prefektur Okinawa" of
    // "Di mana letak Okinawa?", unless the question writes a kind itself ("letak Pulau Okinawa").
    if (ownNameWithKind(words.slice(i, last + 1), focus)) continue;
    // "putra dari Sultan Lorem III", "a gift to President Lorem": a person right after a locative that
    // marks no place ("dari", "from", "to") is whose or to whom, never where.
    const fromWhom = prev !== undefined && !prev.mark && lexicon.locatives.has(prev.norm) && !lexicon.placeMarkers.has(prev.norm) && !lexicon.placeWords.has(prev.norm);
    if (fromWhom && !known.has(i) && writesPerson(entry, words, i, last)) continue;
    // "kantor dari Parlemen Eropa": where a thing comes from, unless asked so (where-named.ts).
    if (fromElsewhere(words, i, focus)) continue;
    // A day or a month after the comma is the dateline's time, not one more place ("Pasar Minggu, Jakarta Selatan, Senin (12/8)").
    // In a headline every word is capitalised: only a place the article knows goes on after a comma ("Bekasi, Warga Mengungsi").
    // Nor a person the article knows, opening the next clause ("di Ramallah, Lorem jatuh sakit"), unless known as a place.
    const person = (k: number): boolean => !known.has(k) && resolvePerson(entry.understanding.people, words.slice(k, runEnd(words, k) + 1).map((x) => x.text).join(' ')) !== undefined;
    for (let k = 0, next = nextLink(words, last, focus); k < MAX_CHAIN && next !== undefined && (!headline || known.has(next)) && !person(next); k++, next = nextLink(words, last, focus)) last = bracketedRunEnd(words, next);
    const listed = afterLocative ? coordinatedEnd(words, last, known, (k) => runEnd(words, k), (x) => usesWord(focus, x)) : last;
    if (listed > last) listedTo = last = listed;
    last = sideAfter(words, last);
    // "the coast of Lorem", "the outskirts of …": the part of the place is where.
    const part = words[i - 2];
    // "di kota Lorem", "di provinsi Ipsum": the kind written in lower case before the name is the reader's answer too; not an area ("di daerah Lorem"), nor a kind told which one ("di jalur utama Lorem").
    let from = words[i - 1]?.norm === 'of' && part !== undefined && !part.mark && !part.cap && placeParts.has(part.norm) ? i - 2 : side < i ? side : kind === i - 1 && !areaWords.has(words[kind]!.norm) ? kind : i;
    // "… ditangkap … di kota Lorem", "… terletak di kaldera Ipsum": the place said of the question's verb.
    const anchor = afterLocative ? anchorBefore(words, from, focus) : undefined;
    if (anchor) from = locatedStart(words, anchor, from);
    // "berada di bawah kekuasaan Romawi", "under the control of Lorem": who rules it, not where it is.
    if (underControl(words, i)) continue;
    if (besideAsked(words, i, last, focus)) continue;
    if (anchor?.located) last = locatedEnd(words, last, focus);
    const prior = afterLocative ? (known.has(i) ? 1 : 0.8) : 0.5;
    // The name the question shares stands outside the answer's words, as the question's words do; the places after it answer alone no more.
    if (holder !== undefined) listedTo = last;
    out.push({ entry, paragraph, words, first: holder ?? i, last, start: words[from]!.start, end: words[last]!.end, prior });
    if (anchor) anchors.set(out.length - 1, anchor);
  }
  // A place told without a name is said of the question's verb as a name is ("terletak di bagian timur").
  for (const c of phraseCandidates(entry, paragraph, words, focus)) {
    const anchor = anchorBefore(words, c.first, focus);
    // "berbatasan dengan Lorem di sebelah barat": a side alone says where a neighbour lies, unless a located verb says it ("terletak di bagian timur").
    const sideOnly = c.words.slice(c.first, c.last + 1).every((x) => lexicon.sideWords.has(x.norm) || lexicon.compass.has(x.norm));
    if (sideOnly && anchor?.located !== true) continue;
    out.push(c);
    if (anchor) anchors.set(out.length - 1, anchor);
  }
  return anchoredFirst(out, anchors);
}
