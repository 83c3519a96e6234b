// What the name recogniser (names.ts) knows about an article before it classes a word: which words
// the article (or, in Indonesian, the language's news: common-words-id.json) writes in lower case, which spans are never a person (gazetteer places, news outlets,
// demonyms, the dateline, places the article has named) and which capitalised runs stand where only
// a place or a thing can stand ("di <Place>", "desa <Place>", "band <Band>"); and the words around a
// run that a who-answer weighs (a speech verb, a doer's marker, the word before it).
import { allTables, tables } from '../lang/index.js';
import { gazetteer, placeCues } from '../lang/places.js';
import { worldCountries } from '../lang/places-world.js';
import { escapeRegExp, execAll, findAll } from '../text/find.js';
import { outletSpans, placeSpans } from '../text/known-names.js';
import { programmeTitleSpans } from '../text/programme-titles.js';
import { hasParticleSuffix, lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Language, Place } from '../types.js';
import { datelineEnd } from '../text/dateline.js';
import commonWordsId from '../lang/common-words-id.json' with { type: 'json' };
import { degrees } from '../lang/degrees.js';
import { occasionRoleBefore } from './role-holders.js';
import { givenNames } from '../lang/given-names.js';
import { nameShapes } from '../lang/name-shapes.js';
import { PhraseSet } from '../text/phrases.js';

export type Span = { readonly start: number; readonly end: number };

/** Words for a country's people ("Peruvian", "Kenyan"), and the countries the gazetteer leaves to the place rules: never a person. */
const demonymPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...gazetteer, ...worldCountries].flatMap((g, i) => (i < gazetteer.length ? g.demonyms : [...g.names, ...g.demonyms])).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

export { datelineEnd };

/** Words looked up, never listed. */
export type WordSet = Pick<ReadonlySet<string>, 'has'>;

/** Words a language's news writes in lower case, read off a corpus by scripts/derive-common-words.mjs (Indonesian only). */
export const writtenLowerCase: Partial<Record<Language, ReadonlySet<string>>> = { id: new Set(commonWordsId.words) };

/** Which words an article writes in lower case, and which with a capital inside a sentence. */
export interface Casing {
  /** Written in lower case by the article, or by the news of its language ("Kipas Angin", "Tadi Sekilas" are no names in a one-line article either). */
  readonly common: WordSet;
  readonly capitalised: ReadonlySet<string>;
}

export function casingOf(paragraphs: readonly (readonly Word[])[], language?: Language): Casing {
  const own = new Set<string>();
  const capitalised = new Set<string>();
  for (const words of paragraphs) {
    for (const w of words) {
      if (w.mark) continue;
      if (/^\p{Ll}/u.test(w.text)) own.add(w.norm);
      else if (/^\p{Lu}/u.test(w.text) && !w.initial) capitalised.add(w.norm);
    }
  }
  const news = language !== undefined ? writtenLowerCase[language] : undefined;
  return { common: news === undefined ? own : { has: (norm) => own.has(norm) || news.has(norm) }, capitalised };
}

// A degree's parts ("S", "Pd") with or without a dot and a space between them; after a name, another degree or a comma.
const degreeForm = (degree: string, dotted: boolean): string =>
  (degree.match(/\p{Lu}\p{Ll}*/gu) ?? []).map((part, k, parts) => (k < parts.length - 1 ? `${part}${dotted ? '\\.' : '\\.?'} ?` : `${part}${dotted ? '\\.' : ''}`)).join('');
const degreePattern = new RegExp(
  `(?<=[\\p{L}.,],? )(?:${[...degrees.plain.map((d) => `${degreeForm(d, false)}\\.?`), ...degrees.dotted.map((d) => `${degreeForm(d, true)}`)].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Academic degrees after a name in a text ("… SH", "…, S.Pd., M.Si."): people.ts keeps them out of a person's name (a who-answer may keep them). */
export function degreeSpans(text: string): Span[] {
  return execAll(degreePattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Offsets of known places, outlets, programmes' titles, demonyms, the article's places and the dateline in a paragraph: never a person. */
export function knownSpansOf(text: string, paragraph: number, places: readonly Place[]): Span[] {
  const spans: Span[] = [...placeSpans(text), ...outletSpans(text), ...programmeTitleSpans(text)];
  for (const m of execAll(demonymPattern, text)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const place of places) {
    for (const form of [place.name, ...place.aliases]) for (const at of findAll(text, form)) spans.push({ start: at, end: at + form.length });
  }
  if (paragraph === 1) {
    const end = datelineEnd(text);
    if (end > 0) spans.push({ start: 0, end });
  }
  return spans;
}

/** "al-Khaliq", "el-Fassi": an Arabic article written lower case before a capitalised name. */
const arabicArticled = (w: Word): boolean => /^(?:al|el|ad|ar|as|asy|at|az|an|ash)-\p{Lu}/u.test(w.text);
/** Given names the tables know, folded. */
export const givenNameSet: ReadonlySet<string> = new Set(givenNames.map(fold));

export const isCapitalised = (w: Word): boolean => !w.mark && (w.cap || arabicArticled(w));
const isLower = (w: Word | undefined): w is Word => w !== undefined && !w.mark && /^\p{Ll}/u.test(w.text);

const schoolLevels = new Set([...nameShapes.id.schoolLevels, ...nameShapes.en.schoolLevels]);
const schoolTimeWords = new Set([...nameShapes.id.schoolTimeWords, ...nameShapes.en.schoolTimeWords]);
/** "Sejak SMP <Name> …", "Menginjak SMA <Name> …": word `at` is a level of school after a word of time, a name word after it. */
export const schoolYears = (words: readonly Word[], at: number): boolean =>
  schoolLevels.has(words[at]?.norm ?? '') && schoolTimeWords.has(words[at - 1]?.norm ?? '') && words[at + 1]?.cap === true && !words[at + 1]!.mark;

const residentWords = new PhraseSet([...nameShapes.id.residentWords, ...nameShapes.en.residentWords]);
/**
 * "warga <Village>", "penduduk <Town>", "the people of <Town>": a word for those living somewhere right before the run at
 * `at`, unless a known given name opens the run and another name word follows it ("warga <Given> <Family> mengatakan").
 */
export function residentsBefore(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  if (givenNameSet.has(words[at]?.norm ?? '') && next !== undefined && next.cap && !next.mark) return false;
  return [1, 2].some((k) => at - k >= 0 && residentWords.matchAt(words, at - k, at - 1) === k);
}

/** "dikirim ke <Name>", "diserahkan ke <Name>": "ke" after a verb of sending or handing over says who receives, a person as often as a place. */
function toRecipient(words: readonly Word[], runFirst: number): boolean {
  const [verb, to] = [words[runFirst - 2], words[runFirst - 1]];
  return to?.norm === 'ke' && isLower(verb) && lexicon.recipientVerbs.has(verb.norm);
}

const placeLinkers: ReadonlySet<string> = new Set(placeCues.linkers);

/**
 * Does the word before a capitalised run say that the run names a place or a thing, never a person?
 * "di Balai Kota", "ke Lorem", "in Riverton" (a locative); "desa Lorem", "kecamatan …" (a kind of
 * place, lower case, or one and "of": "the village of Lorem"); "band Lorem", "film …", "the album …" (a kind of work or group) — unless a
 * title stands before that word ("sutradara film …" is a person's role).
 */
export function placeOrThingBefore(words: readonly Word[], runFirst: number, language: Language = 'id'): boolean {
  const before = words[runFirst - 1];
  if (!isLower(before)) return false;
  if (lexicon.placeMarkers.has(before.norm)) return !toRecipient(words, runFirst);
  // "di hadapan para Perwira Menengah": after a plural word, a group of people, no one's name.
  if (lexicon.pluralWords.has(before.norm)) return true;
  if (residentsBefore(words, runFirst)) return true; // "warga <Village>", "the people of <Town>"
  // "the village of <Name>", "the port of …": a determiner, a lower-case word for a kind of place, then "of"
  // (not "the beloved city of <Name>": a person's).
  const [det, kind] = [words[runFirst - 3], words[runFirst - 2]];
  if (placeLinkers.has(before.norm) && isLower(kind) && lexicon.placeWords.has(kind.norm) && !lexicon.thingWords.has(kind.norm) && isLower(det) && lexicon.determiners.has(det.norm)) return true;
  // "band baru yang bernama …", "a group called …": a naming word after a word for a work or group names that thing.
  if (lexicon.namingWords.has(before.norm)) {
    for (let j = runFirst - 2; j >= 0 && j >= runFirst - 5; j--) {
      const w = words[j]!;
      if (!isLower(w) || lexicon.titles.has(w.norm) || lexicon.personMarkers.has(w.norm)) return false;
      if (lexicon.thingWords.has(w.norm)) return true;
    }
    return false;
  }
  // "band lain seperti …", "band-band yakni …", "bands such as …": examples or members of a kind of work or group.
  const introducer = [1, 2].find((k) => lexicon.exampleWords.matchAt(words, runFirst - k, runFirst - 1) === k || lexicon.listIntroducers.matchAt(words, runFirst - k, runFirst - 1) === k);
  // A kind of place counts before a list word ("dusun yaitu …", "desa lain seperti …"), not before a copula ("patung adalah …").
  const copula = introducer !== undefined && ['adalah', 'ialah', 'are', 'were'].includes(words[runFirst - 1]!.norm);
  if (introducer !== undefined) return kindOfThingAt(words, runFirst - 1 - introducer, !copula);
  if (language === 'id' && qualifiedGroupBefore(words, runFirst)) return true;
  if (!lexicon.thingWords.has(before.norm) && !lexicon.placeWords.has(before.norm)) return false;
  // "kepala desa <Village>", "pejabat kabupaten <Regency>": after a kind of place the name is the place's, title or not.
  if (lexicon.placeWords.has(before.norm) && !lexicon.thingWords.has(before.norm)) return true;
  // "pemain sinetron televisi …": a title a few lower-case words back makes them a person's role.
  for (let j = runFirst - 2; j >= 0 && j >= runFirst - 4; j--) {
    const w = words[j]!;
    if (!isLower(w)) break;
    if (lexicon.titles.has(w.norm)) return false;
  }
  return true;
}

// Words for a work ("album", "lagu"): the name after one may be its maker's ("album ketiga <Singer>").
const workWords = new Set(allTables.flatMap((t) => t.answerWords?.workWords ?? []).map(fold));

/**
 * "grup musik <X>", "kelompok jazz <X>", "label independen <X>": in Indonesian, a word for a group or a body,
 * then one lower-case word qualifying it (the head noun comes first), names that group. Not after a word for a work, nor when the word
 * between is one that points at a person ("band pimpinan <Name>", "klub milik <Name>"), a title,
 * a function word or a verb ("tim dipimpin <Name>", "grup adalah <Name>").
 */
const doersNoun = (norm: string): boolean => norm.length >= 6 && /^pe/.test(norm) && !/an$/.test(norm);

function qualifiedGroupBefore(words: readonly Word[], runFirst: number): boolean {
  const [head, qualifier] = [words[runFirst - 2], words[runFirst - 1]];
  if (!isLower(head) || !isLower(qualifier) || !/^\p{Ll}+$/u.test(qualifier.text)) return false;
  const kind = head.norm.split('-')[0]!;
  // A team is as often someone's ("tim sukses <Name>", "tim hukum <Name>"): not a team's word.
  if (!lexicon.thingWords.has(kind) || workWords.has(kind) || lexicon.teamCues.has(kind)) return false;
  const q = qualifier.norm;
  // A noun made from a verb ("asuhan", "besutan", "bentukan") or a doer's noun ("pendukung", "pengiring") points at a person.
  if (/^pe|an$/.test(q) || lexicon.ownerWords.has(q)) return false;
  if (lexicon.functionWords.has(q) || lexicon.personMarkers.has(q) || lexicon.peopleWords.has(q) || lexicon.titles.has(q) || lexicon.agentMarkers.has(q)) return false;
  if (lexicon.listIntroducers.has(q) || lexicon.namingWords.has(q) || lexicon.predicates.has(q) || lexicon.locatives.has(q)) return false;
  if (lexicon.verbPrefixes.some((p) => q.startsWith(p)) || lexicon.passivePrefixes.some((p) => q.startsWith(p))) return false;
  // "Pemandu acara kondang <Name>", "Pemimpin Redaksi majalah musik <Magazine> <Name>": a title before the group's word makes it a person's role.
  // A doer's noun ("pemandu", "penyanyi") is a role even when the tables do not list it.
  for (let j = runFirst - 3; j >= 0 && j >= runFirst - 5 && !words[j]!.mark; j--) if (lexicon.titles.has(words[j]!.norm) || doersNoun(words[j]!.norm)) return false;
  return true;
}

/** A word for a work, a group or a kind of place ("band", "band-band", "dusun") at i or one word before it ("band lain", "desa lain"), with no title before it ("penulis lagu"). */
function kindOfThingAt(words: readonly Word[], i: number, places: boolean): boolean {
  for (let j = i; j >= 0 && j >= i - 1; j--) {
    const w = words[j];
    if (!isLower(w)) return false;
    const kind = (n: string): boolean => lexicon.thingWords.has(n) || (places && lexicon.placeWords.has(n));
    if (!kind(w.norm) && !kind(w.norm.split('-')[0]!) && !kind(w.norm.replace(/s$/, ''))) continue; // "band-band", "villages"
    // "Pembicara acara ini adalah …": the occasion's role before the word for the occasion names people after it.
    if (occasionRoleBefore(words, j - 1, 2)) return false;
    for (let k = j - 1; k >= 0 && k >= j - 3 && !words[k]!.mark; k--) if (lexicon.titles.has(words[k]!.norm)) return false;
    return true;
  }
  return false;
}

// The other language's function words that mark a work's title inside a run ("Superman Is Dead" in Indonesian text).
const foreignTitleWordsOf = (language: Language): Set<string> =>
  new Set((Object.keys(tables) as Language[]).filter((l) => l !== language).flatMap((l) => tables[l].nameWords?.workTitleWords ?? []));
const foreignTitleWords: Readonly<Record<Language, Set<string>>> = { id: foreignTitleWordsOf('id'), en: foreignTitleWordsOf('en') };

/**
 * Is the run words[first..runLast] the title of a work or a band in an article of this language? A function word of another
 * language capitalised inside it ("Langit Is Blue"), or a lower-case one right before it after a capitalised word
 * ("Lamb of God", "Aliens in the Attic").
 */
export function foreignWorkTitle(words: readonly Word[], first: number, runFirst: number, runLast: number, language: Language): boolean {
  const foreign = foreignTitleWords[language];
  if (words.slice(first + 1, runLast + 1).some((w) => !w.mark && w.cap && foreign.has(w.norm))) return true;
  const joiner = words[runFirst - 1];
  const before = words[runFirst - 2];
  if (joiner === undefined || joiner.mark || joiner.cap || !foreign.has(joiner.norm) || before === undefined || before.mark) return false;
  // "Director of <Body> <Name>": a title of the other language before its "of" heads a role, no work.
  return (before.cap && !lexicon.titles.has(before.norm)) || foreign.has(before.norm);
}

export const isSpeechVerb = (w: Word | undefined): boolean => w !== undefined && !w.mark && lexicon.speechVerbs.has(w.norm);

/** "oleh X", "by X", "dipugar X": the word before names the doer of an action. */
export function marksAgent(w: Word | undefined): boolean {
  if (w === undefined || w.mark || !/^\p{Ll}/u.test(w.text)) return false;
  if (lexicon.agentMarkers.has(w.norm)) return true;
  return lexicon.passivePrefixes.some((p) => w.norm.startsWith(p) && w.norm.length >= p.length + 4 && !lexicon.stopWords.has(w.norm));
}

/** The word before index i, skipping up to `marks` punctuation marks. */
export function wordBefore(words: readonly Word[], i: number, marks = 1): Word | undefined {
  let j = i - 1;
  let skipped = 0;
  while (j >= 0 && words[j]!.mark && skipped < marks) {
    j--;
    skipped++;
  }
  const w = words[j];
  return w && !w.mark ? w : undefined;
}

/** Do the words between a thing's run (ending at `end`) and the run at `next` join a list: ", ", " dan ", ", and "? */
export function listGoesOn(words: readonly Word[], end: number, next: number): boolean {
  if (end < 0 || next - end - 1 < 1 || next - end - 1 > 2) return false;
  const gap = words.slice(end + 1, next);
  if (gap.some((w) => lexicon.listJoiners.has(w.norm))) return gap.every((w) => w.text === ',' || lexicon.listJoiners.has(w.norm));
  // After a comma alone the run must go on with the list ("<A>, <B>, <C> dan <D>"), not open a clause ("di <Place>, <Name> menjadi …").
  if (gap.length !== 1 || gap[0]!.text !== ',') return false;
  let k = next;
  while (words[k] !== undefined && isCapitalised(words[k]!)) k++;
  // … and to another member: "<A>, <B>, menulis …" is an apposition.
  const joins = words[k] !== undefined && (words[k]!.text === ',' || lexicon.listJoiners.has(words[k]!.norm));
  if (joins && words[k + 1] !== undefined && isCapitalised(words[k + 1]!)) return true;
  // "di <Town>, <State>,", "kabupaten <Regency>, <Town> yang …": a place after a place says where it is.
  // (Not the dot of an initial: "di <Country>, <Name> C. <Name>.")
  const closes = words[k] === undefined || /^[,;)]$/.test(words[k]!.text) || words[k]!.norm === 'yang' || (words[k]!.text === '.' && !/^\p{Lu}$/u.test(words[k - 1]!.text));
  // One word only: "di <Town>, <First> <Last>," is as often a person's apposition.
  return closes && k - next === 1 && namedAsPlace(words, end);
}

/** Was the run ending at `end` named after a locative or a lower-case word for a kind of place ("di …", "kabupaten …")? */
function namedAsPlace(words: readonly Word[], end: number): boolean {
  let s = end;
  while (s > 0 && isCapitalised(words[s - 1]!)) s--;
  const before = words[s - 1];
  return isLower(before) && (lexicon.locatives.has(before.norm) || lexicon.placeWords.has(before.norm)) && !lexicon.thingWords.has(before.norm);
}

/**
 * The rest of a name word cut by a broken letter or an apostrophe written with spaces ("Lorenb?? ck", "Nafi ' i"):
 * the index of the word after that rest, or `j` when words[j] starts none.
 */
export function cutWordRest(words: readonly Word[], j: number): number {
  const prev = words[j - 1];
  let k = j;
  if (prev !== undefined && words[k]?.text === '?' && words[k]!.start === prev.end) {
    while (words[k]?.text === '?' && words[k]!.start === words[k - 1]!.end) k++;
  } else if (prev !== undefined && /^['’]$/.test(words[k]?.text ?? '') && words[k]!.start === prev.end + 1) {
    k++;
    const rest = words[k]?.text ?? '';
    // Not a clitic or a contraction ("McDonald ' s", "Gen ' em") nor a function word ("Yoyo ' ini").
    if (!/^\p{Ll}{1,3}$/u.test(rest) || ['s', 't', 'd', 'm', 'll', 're', 've', 'em'].includes(rest) || lexicon.stopWords.has(rest)) return j;
  } else return j;
  const rest = words[k];
  return rest !== undefined && !rest.mark && /^\p{Ll}/u.test(rest.text) && rest.start <= words[k - 1]!.end + 1 ? k + 1 : j;
}

// Words for a relative by the article's language: English "Son" opens an Indonesian sentence as a name ("Son <Given-name> mencetak …").
const relationsOf = (language: Language): Set<string> => new Set((tables[language].nameWords?.personMarkers ?? []).map(fold));
const relations: Readonly<Record<Language, Set<string>>> = { id: relationsOf('id'), en: relationsOf('en') };

/** Stop words by the article's language: a sentence of an English article opening "Dan <Surname>" opens with a given name, not "and". */
export const stopWordsOf: Readonly<Record<Language, ReadonlySet<string>>> = { id: new Set(tables.id.stopWords.map(fold)), en: new Set(tables.en.stopWords.map(fold)) };

/** A capitalised word that opens a sentence but is a common word ("Rupanya", "Sementara", "Lalu"). */
export function commonOpener(w: Word, casing: Casing, language: Language): boolean {
  if (lexicon.leadWords.has(w.norm)) return true;
  if (!w.initial) return false;
  // "Kakek <Name>", "Pasangan <Name> …": a word for a relative or a common noun opening the sentence is no part of the name.
  const relation = relations[language].has(w.norm);
  // "Beristri <Name>, …", "Bersuami …": ber- before a word for a relative is a verb ("having a wife").
  const hasRelative = language === 'id' && w.norm.startsWith('ber') && lexicon.kinWords.has(w.norm.slice(3));
  return stopWordsOf[language].has(w.norm) || casing.common.has(w.norm) || hasParticleSuffix(w.norm) || relation || hasRelative || lexicon.commonNouns.has(w.norm);
}
