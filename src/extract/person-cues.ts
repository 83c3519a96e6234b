// Cues that a block of name words the recogniser found (names.ts) is a person's name, beyond titles,
// speech verbs and appositions (people.ts): a relation or a role in a work before it ("istrinya
// <Name>", "dibintangi <Name>", "wife <Name>"), a degree after it, a list whose other members are
// people ("<A>, <B> dan <C>"); and cues that it is a team, a body or a place. What the predicate after
// a name says is in person-predicates.ts.
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Block, Context } from './roles.js';
import { degreeSpans } from './name-context.js';
import { givenNames, givenNamesOnlyIn } from '../lang/given-names.js';
import { fold } from '../text/normalize.js';
import { heldRoleBefore } from './role-holders.js';

const isLower = (w: Word | undefined): w is Word => w !== undefined && !w.mark && /^\p{Ll}/u.test(w.text);

/** "istrinya <Name>", "dibintangi <Name>", "personel: <Name>": a word right before that marks a person. */
export function markedBefore(c: Context, block: Block): boolean {
  let i = block.from - 1;
  if (c.words[i]?.text === ':' || c.words[i]?.text === ',') i--;
  const w = c.words[i];
  // Opening the sentence the marker is capitalised ("Istrinya <Name> …", "Kehadiran <Name> …").
  const opening = w !== undefined && !w.mark && w.initial && i === block.from - 1 && !lexicon.commonNouns.has(w.norm) && !lexicon.agentMarkers.has(w.norm);
  if ((opening || isLower(w)) && lexicon.personMarkers.has(w!.norm)) return true;
  if (qualifiedRelative(c, i)) return true;
  // "drummernya <Name>", "pelatihnya <Name>": a title with a possessive suffix.
  const owned = isLower(w) ? lexicon.possessives.find((s) => w.norm.endsWith(s) && w.norm.length >= s.length + 3) : undefined;
  if (owned !== undefined && lexicon.titles.has(w!.norm.slice(0, -owned.length))) return true;
  // "anggota: <Name>", "para pendiri: <Name>": a word for people before a colon.
  if (c.words[block.from - 1]?.text === ':' && isLower(w) && (lexicon.peopleWords.has(w.norm) || lexicon.titles.has(w.norm))) return true;
  // "berduet dengan <Name>", "married to <Name>": done with a person.
  if (isLower(w) && lexicon.withWords.has(w.norm) && isLower(c.words[i - 1]) && lexicon.companionWords.has(c.words[i - 1]!.norm)) return true;
  // "Pembicara acara ini adalah <Name>", "The speakers were <Name>": an occasion's role before a copula or an introducer.
  if (heldRoleBefore(c.words, block.from, block.to)) return true;
  // "personel awal yaitu <Name>", "anggota tim itu antara lain <Name>": a word for people before an introducer.
  for (let k = 1; k <= 2; k++) {
    if (lexicon.listIntroducers.matchAt(c.words, i - k + 1) !== k) continue;
    for (let j = i - k; j >= 0 && j >= i - k - 3; j--) {
      const v = c.words[j]!;
      if (!isLower(v)) break;
      if (lexicon.personMarkers.has(v.norm) || lexicon.titles.has(v.norm) || lexicon.peopleWords.has(v.norm)) return true;
    }
  }
  return false;
}

/** A relative or companion, then one lower-case word qualifying it, right before the name ("adik kandung <Name>", "rekan segrupnya <Name>", "istri keduanya <Name>"). */
function qualifiedRelative(c: Context, i: number): boolean {
  const [marker, qualifier] = [c.words[i - 1], c.words[i]];
  if (!isLower(marker) || !isLower(qualifier) || !lexicon.personMarkers.has(marker.norm)) return false;
  // Not a doer's marker or a verb ("oleh", "bersama", "dibintangi"): after those the word names a group ("bersama band …").
  // Nor an abstract noun with the confix ke-…-an ("kehadiran", "kematian"): "kehadiran marga <Clan>" is a group's.
  if (/^ke.{3,}an$/.test(marker.norm)) return false;
  if (lexicon.agentMarkers.has(marker.norm) || lexicon.passivePrefixes.some((p) => marker.norm.startsWith(p)) || lexicon.verbPrefixes.some((p) => marker.norm.startsWith(p))) return false;
  const q = qualifier.norm;
  return !lexicon.stopWords.has(q) && !lexicon.thingWords.has(q) && !lexicon.placeWords.has(q) && !lexicon.organisationWords.has(q) && !lexicon.titles.has(q) && !lexicon.commonNouns.has(q) && !lexicon.locatives.has(q);
}

/** "sebagai <Name> dalam <Film>", "as <Name> in <Film>", sebagai "<Name> / <Alter ego>" dalam: a character played in a work. */
export function characterInWork(c: Context, block: Block): boolean {
  // The name may be in quotation marks: sebagai "<Name>" dalam.
  const quote = (w: Word | undefined): boolean => w !== undefined && /^["“”']$/.test(w.text);
  const opened = quote(c.words[block.from - 1]);
  const before = c.words[opened ? block.from - 2 : block.from - 1];
  // Inside the marks the part may go on: sebagai "<Name> / <Alter ego>" dalam.
  let k = block.to;
  const close = opened ? c.words.findIndex((w, x) => x >= block.to && quote(w)) : -1;
  if (close >= 0 && close - block.to <= 8) k = close;
  const after = c.words[quote(c.words[k]) ? k + 1 : k];
  // "memerankan tokoh <Name> dalam": a word for a character stands where the part's word does.
  return isLower(before) && (lexicon.playsAs.has(before.norm) || lexicon.characterWords.has(before.norm)) && isLower(after) && lexicon.playsIn.has(after.norm);
}

/** "<Name> (drum)", "<Name> (vocals)", "<Name> pada vokal": a band member and what they play. */
export function instrumentAfter(c: Context, block: Block): boolean {
  const open = c.words[block.to];
  const w = c.words[block.to + 1];
  const on = open !== undefined && (open.text === '(' || (isLower(open) && lexicon.playsOn.has(open.norm)));
  return on && w !== undefined && !w.mark && lexicon.instruments.has(w.norm);
}

/** Is word i inside an academic degree written after a name ("SH", "S.Pd.", "M. Pd")? */
export function inDegree(c: Context, i: number): boolean {
  const w = c.words[i];
  return w !== undefined && degreeSpans(c.text).some((s) => w.start >= s.start && w.end <= s.end);
}

/** "<Name> SH", "<Name>, S.Pd., M.Si.": an academic degree after it. */
export function degreeAfter(c: Context, block: Block): boolean {
  return inDegree(c, c.words[block.to]?.text === ',' ? block.to + 1 : block.to);
}

const joinsList = (w: Word): boolean => w.text === ',' || w.text === '/' || w.text === '&' || (!w.mark && (lexicon.connectors.has(w.norm) || w.norm === 'serta'));

/** The gap between two blocks of a list: ", ", " dan ", " (drum), ", " / " — a bracket of lower-case words may follow a member. */
function listGap(c: Context, a: Block, b: Block): boolean {
  let i = a.to;
  if (c.words[i]?.text === '(') {
    const close = c.words.findIndex((x, k) => k > i && x.text === ')');
    if (close < 0 || close - i > 6 || c.words.slice(i + 1, close).some((w) => w.cap)) return false;
    i = close + 1;
  }
  const gap = c.words.slice(i, b.from);
  return gap.length > 0 && gap.length <= 2 && gap.every(joinsList);
}

/** Lists of name blocks ("<A>, <B>, dan <C>"), each as the indexes of its blocks in `blocks`. */
export function listsOf(c: Context, blocks: readonly Block[]): number[][] {
  const lists: number[][] = [];
  let current: number[] = [];
  blocks.forEach((b, k) => {
    if (current.length > 0 && listGap(c, blocks[current[current.length - 1]!]!, b)) current.push(k);
    else {
      if (current.length > 1) lists.push(current);
      current = [k];
    }
  });
  if (current.length > 1) lists.push(current);
  return lists;
}

const given = new Set(givenNames.map(fold));

/** "… orangtua angkat Teguh)", "… bertemu Chris di …": one word standing alone that is a given name the tables know (lang/given-names.ts). */
export function knownGivenName(c: Context, block: Block): boolean {
  return block.to - block.from === 1 && !c.known[block.from] && given.has(c.words[block.from]!.norm);
}

/** "memperkuat <Club>", "bermain untuk <Club>", "played for <Club>": lower-case words before the name that say it is a team. */
export function teamBefore(c: Context, block: Block): boolean {
  // "Persela <Town>", "Persik …": Indonesian football clubs are named "Pers…" (persatuan sepak bola) before their town.
  const first = c.words[block.from]!;
  if (lexicon.clubPrefixes.some((p) => first.norm.startsWith(p) && /^[aeiou]/.test(first.norm.slice(p.length)) && first.norm.length >= p.length + 3)) return true;
  for (let k = 1; k <= 2; k++) {
    if (lexicon.teamCues.matchAt(c.words, block.from - k, block.from - 1) === k && isLower(c.words[block.from - k])) return true;
  }
  return memberOf(c, block);
}

/** "anggota <Body>", "personel <Band>", "a member of <Body>": what someone is a member of is a body, unless an instrument says the name is the member's ("personel <Name> (drum)"). */
function memberOf(c: Context, block: Block): boolean {
  let i = block.from - 1;
  if (isLower(c.words[i]) && c.words[i]!.norm === 'of') i--;
  const w = c.words[i];
  return isLower(w) && lexicon.memberWords.has(w.norm) && !instrumentAfter(c, block);
}

/**
 * "<Saint Lorem> ' s College", "<Lorem> ' s Secret": Indonesian has no possessive "'s"; in an Indonesian
 * text it is written only inside an English name of a body, a brand or a work, which goes on capitalised after it.
 */
export function possessiveInForeignName(c: Context, block: Block): boolean {
  if (c.language !== 'id') return false;
  const [mark, s, next] = [c.words[block.to], c.words[block.to + 1], c.words[block.to + 2]];
  if (mark !== undefined && /^['’]$/.test(mark.text) && s?.text === 's') return next !== undefined && !next.mark && next.cap;
  return /['’]s$/u.test(c.words[block.to - 1]!.text) && mark !== undefined && !mark.mark && mark.cap;
}

const journeyEnds: readonly (readonly [string, string])[] = [['dari', 'ke'], ['from', 'to']];

/**
 * "dari <X> ke <Place>", "from <X> to <Place>": the start of a journey whose end is a known place is a place too.
 * "<Name> dari <X>": in Indonesian, what a name is "from" is where or what body it comes from ("<Player> dari <Club>").
 */
export function journeyFrom(c: Context, block: Block): boolean {
  const [before, after] = [c.words[block.from - 1], c.words[block.to]];
  if (c.language === 'id' && isLower(before) && before.norm === 'dari' && c.classes[block.from - 2] === 'name' && !c.known[block.from - 2]) return true;
  if (!isLower(before) || !isLower(after) || c.known[block.to + 1] !== true) return false;
  return journeyEnds.some(([from, to]) => before.norm === from && after.norm === to);
}

/**
 * "diciptakan <Name> dari …", "dimenangkan <Name>": Indonesian writes the doer of a passive "-kan" verb right after it, with
 * no "oleh"; not after a verb of calling ("dinamakan <Name>": what something is called), nor after a noun that only looks
 * passive ("dinasti <Name>").
 */
export function doerAfterPassive(c: Context, block: Block): boolean {
  const w = c.words[block.from - 1];
  if (!isLower(w) || lexicon.callingVerbs.has(w.norm) || lexicon.stopWords.has(w.norm) || lexicon.titles.has(w.norm) || lexicon.roleWords.has(w.norm) || lexicon.commonNouns.has(w.norm)) return false;
  const ends = lexicon.doerPassiveEnds.find((e) => w.norm.endsWith(e));
  return ends !== undefined && lexicon.passivePrefixes.some((p) => w.norm.startsWith(p) && w.norm.length >= p.length + ends.length + 3);
}

// Given names only the other language writes as one ("Tim": Indonesian "tim" is a team), by the article's language.
const otherLanguageGiven: Readonly<Record<'id' | 'en', ReadonlySet<string>>> = { id: new Set(givenNamesOnlyIn.en.map(fold)), en: new Set(givenNamesOnlyIn.id.map(fold)) };

/**
 * "Setelah <Surname> meninggal, … Tim <Surname> adalah …": in an Indonesian article "Tim" before one name word is a team,
 * unless that word is a person the article names alone; then it is the person's given name and surname, a block of both.
 */
export function otherLanguageGivenName(c: Context, surnames: ReadonlySet<string>): Block[] {
  const blocks: Block[] = [];
  const given = c.language === undefined ? undefined : otherLanguageGiven[c.language];
  c.words.forEach((w, i) => {
    const next = c.words[i + 1];
    const after = c.words[i + 2];
    if (given === undefined || w.mark || !w.cap || !given.has(w.norm) || next === undefined || next.mark || next.start !== w.end + 1) return;
    if ((c.classes[i + 1] !== 'name' && c.classes[i + 1] !== 'organisation') || c.known[i + 1] || !surnames.has(next.norm)) return;
    if (after === undefined || after.mark || !after.cap) blocks.push({ from: i, to: i + 2 });
  });
  return blocks;
}
