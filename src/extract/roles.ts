// A person's role as the article writes it, read around the name words the recogniser found
// (names.ts): the title before a name ("Menteri Luar Negeri <Country>", "<Demonym> Foreign
// Minister", "CBI director general"), or the apposition after or before it ("<Name>, direktur
// eksekutif …,", "mantan kepala keamanan Gaza, <Name>,"). Honorifics (Mr, Dr, Sir, Bapak, Mbak) mark a
// person but are no role.
import { tables } from '../lang/index.js';
import { isActiveVerb, isFunctionWord, isRoleWord, lexicon, titleLength } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Language } from '../types.js';
import type { ReadParagraph } from './names.js';
import { nameBlockAt } from './name-blocks.js';
import { degreeSpans, type WordSet } from './name-context.js';
import { afterHeadTitle, afterKindOfPlace, initialAfterBracket, placeThenPerson } from './role-ends.js';

/** A paragraph as the person rules read it: the recogniser's classes, and the article's lower-case words. */
export interface Context extends ReadParagraph {
  readonly common: WordSet;
  /** The article's language, where the reader knows it. */
  readonly language?: Language;
}

export interface Block {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

export const slice = (c: Context, from: number, to: number): string => c.text.slice(c.words[from]!.start, c.words[to - 1]!.end);

export const isClauseEnd = (w: Word | undefined): boolean => w === undefined || /^[,.;:!?)"“”'’]$/.test(w.text) || lexicon.speechVerbs.has(w.norm);

const isHonorific = (w: Word): boolean => lexicon.honorifics.has(w.norm);

/** The role words of words[from..to), without the honorifics at either end ("Dr", "Bapak"): undefined when nothing else is left. */
export function roleText(c: Context, from: number, to: number): string | undefined {
  while (from < to && (isHonorific(c.words[from]!) || c.words[from]!.mark)) from++;
  while (to > from && (isHonorific(c.words[to - 1]!) || /^[\s,]$/.test(c.words[to - 1]!.text))) to--;
  // "Kapolres Sumedang AKBP <Name>": the rank before the name is how the holder is addressed, not the office.
  let office = to;
  while (office > from && c.classes[office - 1] === 'rank') office--;
  // "Panglima TNI Jenderal": the force after the title is the office's ("Panglima TNI"), not the rank's.
  while (office < to && lexicon.forces.has(c.words[office]!.norm)) office++;
  if (office > from) to = office;
  return from < to ? slice(c, from, to) : undefined;
}

/** Does the role continue at word j (a capitalised role word, place, acronym, or a bracket)? */
function roleContinues(c: Context, j: number): boolean {
  const w = c.words[j];
  if (!w) return false;
  // A bracket continues the role only if more role follows it: "(TNI) Jenderal TNI …";
  // "Andi Wijaya (Anwi) memerintahkan" is a name and its nickname.
  if (w.text === '(') {
    const close = c.words.findIndex((x, k) => k > j && x.text === ')');
    return close > j && close - j <= 10 && c.words[close + 1]?.text !== '(' && roleContinues(c, close + 1);
  }
  // "Kepala Dinas <Name> S.Pd": a degree after a name ends the name, it adds no role.
  if (degreeSpans(c.text).some((s) => s.start === w.start)) return false;
  // "Pemeran Pembantu Pria Terbaik", "Aktor Pendatang Baru": a capitalised common noun or adjective goes on with the role (an award's name).
  return !w.mark && w.cap && (isRoleWord(w) || c.known[j] === true || lexicon.organisationWords.has(w.norm) || c.classes[j] === 'organisation' || lexicon.commonNouns.has(w.norm));
}

/** Most field words before a capitalised title ("Finance Minister", "Home Affairs Minister"). */
const MAX_FIELD = 2;

/** English role words: English writes an office's field before its title, Indonesian after it ("Menteri Keuangan"). */
const fieldsFirst = new Set(tables.en.nameWords?.roleWords ?? []);

/**
 * The field written before a capitalised title, in capitals, from the role words of the tables:
 * "Finance Minister", "Trade Secretary", "Health Minister" (English writes the field first). Else i.
 */
function capitalisedFieldBefore(c: Context, i: number): number {
  const { words } = c;
  let from = i;
  while (from > 0 && i - from < MAX_FIELD) {
    const prev = words[from - 1]!;
    if (prev.mark || !prev.cap || words[from]!.start > prev.end + 1 || !fieldsFirst.has(prev.norm)) break;
    from--;
  }
  return from;
}

/**
 * Words right before a lower-case title that qualify it: capitalised ones ("CBI director general",
 * "Tory co-chairman") and the lower-case role words of the tables between them and the title
 * ("Council finance director", "city planning chief").
 */
function qualifierBefore(c: Context, i: number): number {
  const { words } = c;
  if (words[i]!.cap) return capitalisedFieldBefore(c, i);
  let from = i;
  while (from > 0 && i - from < 3) {
    const prev = words[from - 1]!;
    if (prev.mark || words[from]!.start > prev.end + 1 || isFunctionWord(prev)) break;
    // A lower-case role word qualifies the title only next to it or to another such word ("finance director", not "Council met finance director").
    if (!prev.cap && !(lexicon.roleWords.has(prev.norm) && (from === i || !words[from]!.cap))) break;
    if (prev.initial && c.common.has(prev.norm) && !lexicon.roleOrPlaceWords.has(prev.norm)) break;
    from--;
  }
  return from;
}

export interface TitleScan {
  readonly roleFrom: number;
  /** Exclusive word index where the role ends. */
  readonly roleTo: number;
  readonly name?: Block;
  /** Where scanning may resume. */
  readonly next: number;
}

/** A title at word i, the role words after it and the name that ends it, if any. */
export function scanTitle(c: Context, i: number): TitleScan | undefined {
  const { words } = c;
  const length = titleLength(words, i);
  if (length === 0) return undefined;
  let roleFrom = i;
  // "<Demonym> Foreign Minister", "<Country>'s foreign minister": places and demonyms just before.
  while (roleFrom > 0) {
    const prev = words[roleFrom - 1]!;
    const pair = roleFrom > 1 ? `${words[roleFrom - 2]!.text} ${prev.text}` : '';
    if (!prev.mark && prev.cap && lexicon.demonyms.has(pair) && words[roleFrom]!.start <= prev.end + 1) roleFrom -= 2;
    else if (!prev.mark && prev.cap && (c.known[roleFrom - 1] === true || lexicon.demonyms.has(prev.text)) && words[roleFrom]!.start <= prev.end + 1) roleFrom--;
    else break;
  }
  if (roleFrom === i) roleFrom = qualifierBefore(c, i);
  let j = i + length;
  let roleTo = j;
  while (j < words.length) {
    const w = words[j]!;
    if (w.text === '(') {
      const close = words.findIndex((x, k) => k > j && x.text === ')');
      if (close < 0 || close - j > 10) break;
      roleTo = j = close + 1;
      continue;
    }
    if (w.mark) break;
    const title = titleLength(words, j);
    if (w.cap) {
      const run = nameBlockAt(c, j);
      if (run) {
        // Capitalised words the tables do not know, then more role: they were part of the role
        // ("Wakil Presiden Forum Dialog <Region>"). So is one word after a word for an organisation
        // ("pemimpin Teater Senja") or one joined to more role ("Negara Bagian Alfa dan <Region>").
        const single = run.to - run.from === 1;
        const prev = words[run.from - 1];
        const afterOrganisation = single && prev !== undefined && prev.cap && lexicon.organisationWords.has(prev.norm);
        const next = words[run.to];
        const joined = single && next !== undefined && lexicon.connectors.has(next.norm) && words[run.to + 1]?.cap === true && titleLength(words, run.to + 1) === 0;
        if (roleContinues(c, run.to) || afterOrganisation || joined) {
          roleTo = j = run.to;
          continue;
        }
        // "Bandara <Airport> <Name>", "Kepala Desa <Village> di Kabupaten <Regency> <Name>": the place is the role's.
        const split = afterKindOfPlace(c, run) ?? (afterHeadTitle(c, run.from) ? placeThenPerson(c, run.to) : undefined);
        if (split) return { roleFrom, roleTo: split.roleTo, name: split.name, next: split.name.to };
        return { roleFrom, roleTo, name: run, next: run.to };
      }
      const initial = initialAfterBracket(c, j);
      if (initial) return { roleFrom, roleTo, name: initial, next: initial.to };
      roleTo = j = j + Math.max(1, title);
      continue;
    }
    if (title > 0) {
      roleTo = j = j + title;
      continue;
    }
    if (lexicon.roleWords.has(w.norm) || lexicon.demonyms.has(w.text)) {
      roleTo = j = j + 1;
      continue;
    }
    if (lexicon.connectors.has(w.norm) && words[j + 1]?.cap && titleLength(words, j + 1) === 0) {
      const run = nameBlockAt(c, j + 1);
      if (!run) {
        j++;
        continue;
      }
      // "the mayor of Leeds, <Name>": one word closing the clause after "of" is what the title heads, not a person.
      if (run.to - run.from === 1 && isClauseEnd(words[run.to]) && !lexicon.speechVerbs.has(words[run.to]?.norm ?? '')) {
        roleTo = j = run.to;
        continue;
      }
    }
    // "Kepala Dinas … di Kabupaten <Regency> <Name>": the place goes on with the role.
    const placed = placeThenPerson(c, j);
    if (placed) return { roleFrom, roleTo: placed.roleTo, name: placed.name, next: placed.name.to };
    break;
  }
  return { roleFrom, roleTo, next: Math.max(roleTo, i + 1) };
}

/** Role text after "<Name>, ": from a title near the start up to the next clause mark, if no other name ends it. */
export function appositionRole(c: Context, from: number): string | undefined {
  const { words } = c;
  let t = from;
  // Up to three words before the title: "a", "the city's", "<Country>'s", "<Demonym>".
  while (t < words.length && t - from <= 3 && titleLength(words, t) === 0) {
    const w = words[t]!;
    const fits = lexicon.determiners.has(w.norm) || /['’]s$/.test(w.text) || c.known[t] === true || lexicon.demonyms.has(w.text);
    if (w.mark || !fits) return undefined;
    t++;
  }
  if (t >= words.length || titleLength(words, t) === 0) return undefined;
  const scan = scanTitle(c, t);
  // "…, Kepala Kepolisian … <Other Name>": a list of people. One word closing the clause is
  // the end of the role ("Kepala Dinas … Kotabaru,").
  if (scan?.name && !(scan.name.to - scan.name.from === 1 && isClauseEnd(words[scan.name.to]))) return undefined;
  // The role runs to the comma that closes the apposition, if one comes soon; else it is what the title scan found.
  let end = t;
  while (end < words.length && end - from < 10 && !isClauseEnd(words[end])) end++;
  if (!(words[end]?.text === ',' || words[end]?.text === '.' || end >= words.length || lexicon.speechVerbs.has(words[end]!.norm))) {
    end = scan?.name ? scan.name.to : (scan?.roleTo ?? end);
  }
  if (end <= from) return undefined;
  let start = from;
  while (start < t && lexicon.determiners.has(words[start]!.norm)) start++;
  return roleText(c, start, end);
}

/** The words that join a title to what it heads ("mayor of", "minister for"). */
const headingWords = new Set(['of', 'for']);

/**
 * Is the one capitalised word at i what a title before it heads, "<title> of <Word>" ("the mayor of
 * Leeds", "Minister of Finance"), a place or a body rather than a person?
 */
export function headedByTitle(c: Context, i: number): boolean {
  const { words } = c;
  const of = words[i - 1];
  const title = words[i - 2];
  if (of === undefined || title === undefined || of.mark || of.cap || !headingWords.has(of.norm)) return false;
  if (!words[i]!.cap || words[i + 1]?.cap === true) return false;
  return !title.mark && (lexicon.titles.has(title.norm) || isRoleWord(title));
}

/** Most words of a title written before a comma (titledBeforeComma). */
const MAX_TITLE_BEFORE = 6;

/** The capitalised title right before a comma ("… ujar Kapolrestabes Surabaya, Kombes Pol <Name>"), or undefined. */
export function titledBeforeComma(c: Context, comma: number): string | undefined {
  const { words } = c;
  let from = comma;
  while (from > 0 && comma - from < MAX_TITLE_BEFORE && !words[from - 1]!.mark && words[from - 1]!.cap) from--;
  return from < comma && titleLength(words, from) > 0 ? roleText(c, from, comma) : undefined;
}

/** Role text before ", <Name>": the clause holding a title ("mantan kepala keamanan Gaza"). */
export function precedingRole(c: Context, comma: number, isName: (i: number) => boolean): string | undefined {
  const { words } = c;
  let k = comma - 1;
  while (k >= 0 && !words[k]!.mark && comma - k <= 10) k--;
  const clauseFrom = k + 1;
  if (clauseFrom >= comma) return undefined;
  // "…, Anna Berg PhD, Andi Wijaya, …": a list of names, not a role.
  if (isName(comma - 1) && !headedByTitle(c, comma - 1)) return undefined;
  for (let t = clauseFrom; t < comma; t++) {
    if (titleLength(words, t) === 0) continue;
    // A clause with a verb or a preposition of place is no role ("Ketua … menggelar rapat di …, <Place>").
    if (words.slice(t, comma).some((w) => !w.cap && (lexicon.locatives.has(w.norm) || lexicon.speechVerbs.has(w.norm) || lexicon.predicates.has(w.norm) || isActiveVerb(w)))) return undefined;
    const scan = scanTitle(c, t);
    if (scan?.name) return undefined;
    // "<Country>'s foreign ministry spokesperson": what qualifies the title belongs to the role.
    let from = t;
    while (from > clauseFrom) {
      const w = words[from - 1]!;
      if (/['’]s$/.test(w.text) || c.known[from - 1] === true || lexicon.demonyms.has(w.text) || lexicon.roleWords.has(w.norm)) from--;
      else break;
    }
    return roleText(c, from, comma);
  }
  return undefined;
}
