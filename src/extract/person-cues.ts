// Cues that a block of name words the recogniser found (names.ts) is a person's name, beyond titles,
// speech verbs and appositions (people.ts): a relation or a role in a work before it ("istrinya
// <Name>", "dibintangi <Name>", "wife <Name>"), a predicate about a person after it ("<Name> lahir",
// "<Name> adalah seorang …", "<Name> was born"), a name opening a sentence as its subject
// ("<Name> bergabung dengan …"), and a list whose other members are people ("<A>, <B> dan <C>").
import { hasParticleSuffix, isActiveVerb, lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Block, Context } from './roles.js';
import { degreeSpans, schoolYears } from './name-context.js';
import { givenNames } from '../lang/given-names.js';
import { fold } from '../text/normalize.js';
import { allTables } from '../lang/index.js';
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

/** The word after a block, past a bracket right after it ("<Name> (lahir …)", "<Name> ()"). */
function afterBlock(c: Context, block: Block): number {
  let j = block.to;
  if (c.words[j]?.text === '(') {
    const close = c.words.findIndex((x, k) => k > j && x.text === ')');
    if (close > j && close - j <= 12) j = close + 1;
  }
  if (c.words[j]?.text === ',') j++;
  return j;
}

/** "<Name> (drum)", "<Name> (vocals)", "<Name> pada vokal": a band member and what they play. */
export function instrumentAfter(c: Context, block: Block): boolean {
  const open = c.words[block.to];
  const w = c.words[block.to + 1];
  const on = open !== undefined && (open.text === '(' || (isLower(open) && lexicon.playsOn.has(open.norm)));
  return on && w !== undefined && !w.mark && lexicon.instruments.has(w.norm);
}

/** "<Name> lahir …", "<Name> (…) adalah seorang …", "<Name> was born": a predicate only a person takes. */
export function personPredicateAfter(c: Context, block: Block): boolean {
  const j = afterBlock(c, block);
  if (lexicon.personPredicates.matchAt(c.words, j) > 0) return true;
  // "<Name> dan istrinya …", "<Name> and his wife": a relative or a companion joined to the name.
  const joiner = c.words[block.to];
  if (isLower(joiner) && lexicon.listJoiners.has(joiner.norm) && isLower(c.words[block.to + 1]) && lexicon.personMarkers.has(c.words[block.to + 1]!.norm)) return true;
  // "<Name> (lahir 1 Mei 1950)": a birth in brackets.
  const open = c.words[block.to];
  if (open?.text === '(' && lexicon.personPredicates.matchAt(c.words, block.to + 1) > 0) return true;
  return ageInBrackets(c, block.to) || personNounAfterCopula(c, j);
}

const copulas = new Set(allTables.flatMap((t) => t.answerWords?.copulas ?? []).map(fold));
const relativisers = new Set(['yang', 'who']);
const bodyRoles = new Set(allTables.flatMap((t) => t.answerWords?.bodyRoles ?? []).map(fold));
// Words between a copula and the noun it predicates: "adalah (seorang | salah satu | sang) penyanyi", "is (a | one of the) singer".
const copulaFillers = new Set(['seorang', 'salah', 'satu', 'sang', 'juga', 'a', 'an', 'the', 'one', 'of', 'also']);
// A relative's word that is no honorific too ("anak", "putri"; not "ibu" of "ibu kota").
const kin = new Set([...lexicon.kinWords].filter((w) => !lexicon.honorifics.has(w)));

/** A doer's noun ("pembuat", "penyanyi"; not "penggabungan"): peN- without -an. */
const doersNoun = (norm: string): boolean => norm.length >= 6 && /^pe/.test(norm) && !/an$/.test(norm);

/** Does a copula open the predicate at word j ("adalah", "yang merupakan", "is")? */
function copulaAt(c: Context, j: number): boolean {
  const k = isLower(c.words[j]) && relativisers.has(c.words[j]!.norm) ? j + 1 : j;
  return isLower(c.words[k]) && copulas.has(c.words[k]!.norm);
}

/** "<Name> adalah penyanyi …", "<Name> yang merupakan pelatih …", "<Name> is a singer": the copula says what the person is (a title). */
function personNounAfterCopula(c: Context, j: number, loose = false): boolean {
  let k = j;
  if (isLower(c.words[k]) && relativisers.has(c.words[k]!.norm)) k++;
  if (!isLower(c.words[k]) || !copulas.has(c.words[k]!.norm)) return false;
  for (k++; k <= j + 5 && isLower(c.words[k]) && copulaFillers.has(c.words[k]!.norm); k++);
  const w = c.words[k];
  if (w === undefined || w.mark) return false;
  // "<Name> merupakan anak sulung …", "<Name> adalah putri …", "<Name> adalah personel …": a relative or a word for people.
  if (isLower(w) && (kin.has(w.norm) || (lexicon.peopleWords.has(w.norm) && !bodyRoles.has(w.norm)))) return true;
  // Loosely (one word before the copula, where nothing else says person): a word for people or a title a body may be too
  // ("anggota", "produser"), a word marking a person ("karakter"), a part in a band ("vokal utama"), a doer's noun the
  // tables do not list ("pembuat").
  const bodys = (n: string): boolean => lexicon.peopleWords.has(n) || (lexicon.titles.has(n) && bodyRoles.has(n));
  if (loose && isLower(w) && (bodys(w.norm) || lexicon.personMarkers.has(w.norm) || lexicon.instruments.has(w.norm) || doersNoun(w.norm))) return true;
  // The title may be written as a role's name ("adalah Menteri Pertanian …").
  // A role a body holds too ("adalah anggota …", "merupakan pendiri …") and an honorific that opens a compound ("ibu kota", "tuan rumah") say nothing.
  if (lexicon.titles.matchAt(c.words, k) > 1) return true; // "adalah ibu negara …"
  return lexicon.titles.has(w.norm) && !bodyRoles.has(w.norm) && !lexicon.honorifics.has(w.norm);
}

/** "<Name> (45)", "<Name> (45 tahun)": a person's age in brackets right after the name, as news writes it. */
function ageInBrackets(c: Context, at: number): boolean {
  if (c.words[at]?.text !== '(') return false;
  const n = c.words[at + 1];
  if (n === undefined || !/^\d{1,3}$/.test(n.text) || Number(n.text) < 1 || Number(n.text) > 115) return false;
  const close = c.words[at + 2]?.text === ')' ? at + 2 : c.words[at + 3]?.text === ')' && lexicon.ageWords.has(c.words[at + 2]!.norm) ? at + 3 : -1;
  return close > 0;
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

/** Is this word an active verb or a predicate word ("bergabung", "mendirikan", "telah", "yang")? */
function opensPredicate(w: Word | undefined): boolean {
  // "mereka" (they) has the shape of an active verb.
  if (!isLower(w) || lexicon.personalPronouns.has(w.norm)) return false;
  return lexicon.predicates.has(w.norm) || isActiveVerb(w);
}

/** A common word that may open a sentence capitalised: a function word, or one with the affixes of a common noun. */
function looksCommon(c: Context, w: Word): boolean {
  if (c.common.has(w.norm) || lexicon.stopWords.has(w.norm) || lexicon.leadWords.has(w.norm)) return true;
  return hasParticleSuffix(w.norm, ['nya', 'kan', 'lah', 'kah']) || lexicon.verbPrefixes.some((p) => w.norm.startsWith(p) && w.norm.length >= p.length + 5 && /(kan|an|i)$/.test(w.norm));
}

/** Does a clause start right before word i: the sentence's start, a comma, a date ("Pada tahun 1996 …") or a conjunction ("karena …")? */
function clauseStartsAt(c: Context, i: number): boolean {
  const w = c.words[i]!;
  const prev = c.words[i - 1];
  if (w.initial || prev === undefined) return true;
  if (prev.mark) return /^[,;:("“]$/.test(prev.text);
  // "Tatkala <Name> …", "Suara <Name> …": a common word opening the sentence, then the name.
  if (prev.initial && (lexicon.leadWords.has(prev.norm) || lexicon.commonNouns.has(prev.norm))) return true;
  if (/^\p{N}/u.test(prev.text) || lexicon.calendar.has(prev.norm)) return true;
  if (schoolYears(c.words, i - 1)) return true; // "Sejak SMP <Name> telah …"
  // "di <Place> <Name> aktif …": a known place after a locative, then the subject.
  if (c.known[i - 1] && c.words[i - 2] !== undefined && isLower(c.words[i - 2]) && lexicon.locatives.has(c.words[i - 2]!.norm)) return true;
  // "Semasa kecil <Name> …", "Pada masanya <Name> …": a lead word opening the sentence and one lower-case word after it.
  const lead = c.words[i - 2];
  if (lead !== undefined && lead.initial && lexicon.leadWords.has(lead.norm) && !lexicon.locatives.has(prev.norm) && /^\p{Ll}/u.test(prev.text)) return true;
  return isLower(prev) && !lexicon.locatives.has(prev.norm) && (lexicon.leadWords.has(prev.norm) || lexicon.stopWords.has(prev.norm));
}

/** After "<X> adalah (sebuah) …": a word for a place or a thing says X is no person ("<X> adalah desa di …"). */
function placeOrThingPredicate(c: Context, j: number): boolean {
  // "<X> berbatasan dengan …", "<X> masih bagian dari …", "<X> merupakan penghasil …": what only a place is or does.
  for (let k = j; k <= j + 2 && isLower(c.words[k]); k++) {
    if (lexicon.placePredicates.has(c.words[k]!.norm)) return true;
    if (!lexicon.predicates.has(c.words[k]!.norm)) break;
  }
  // "<X> hanya sebuah kabupaten", "<X> juga sebuah …": the classifier for things (a person is "seorang").
  for (let k = j; k <= j + 2 && isLower(c.words[k]); k++) {
    if (lexicon.thingClassifiers.has(c.words[k]!.norm)) return true;
    if (!lexicon.predicates.has(c.words[k]!.norm) || ['adalah', 'merupakan', 'ialah'].includes(c.words[k]!.norm)) break;
  }
  if (!isLower(c.words[j]) || !['adalah', 'merupakan', 'ialah', 'is', 'was'].includes(c.words[j]!.norm)) return false;
  for (let k = j + 1; k <= j + 4 && k < c.words.length; k++) {
    const w = c.words[k]!;
    if (w.mark) return false;
    if (lexicon.titles.has(w.norm) || lexicon.personMarkers.has(w.norm)) return false;
    if (lexicon.placeWords.has(w.norm) || lexicon.thingWords.has(w.norm) || lexicon.organisationWords.has(w.norm)) return true;
    // "<X> adalah salah satu pusat …": a common noun of the tables, but for a word for people ("<Name> merupakan warga …").
    if (lexicon.commonNouns.has(w.norm) && !lexicon.peopleWords.has(w.norm)) return true;
    if (!lexicon.determiners.has(w.norm) && !['sebuah', 'suatu', 'salah', 'satu', 'nama', 'a', 'an', 'the'].includes(w.norm)) return false;
  }
  return false;
}

/** "<X> adalah sebuah desa …", "<X> merupakan perguruan tinggi …": what follows the block says it is no person. */
export function placeOrThingAfter(c: Context, block: Block): boolean {
  return placeOrThingPredicate(c, afterBlock(c, block));
}

/**
 * The names an article says are a place or a thing ("<X> adalah desa di …", "<X> merupakan sebuah …"), as their words'
 * folded forms joined by spaces: no person wherever else the article writes them ("…, <X> memiliki kode pos …").
 */
export function thingNamesOf(contexts: readonly Context[], blocksOf: (c: Context) => readonly Block[]): Set<string> {
  const names = new Set<string>();
  for (const c of contexts) {
    for (const block of blocksOf(c)) {
      if (placeOrThingAfter(c, block)) names.add(c.words.slice(block.from, block.to).map((w) => w.norm).join(' '));
    }
  }
  return names;
}

/** "<Name> bergabung …", "Pada tahun 1996 <Name> pindah …": a name opening a clause, followed by its predicate. */
export function subjectOfSentence(c: Context, block: Block): boolean {
  const first = c.words[block.from]!;
  if (!clauseStartsAt(c, block.from)) return false;
  if (block.to - block.from === 1 && looksCommon(c, first)) return false;
  let j = afterBlock(c, block);
  // "Setelah <A> dan <B> keluar …": two names joined as the subject.
  const joiner = c.words[j];
  if (isLower(joiner) && lexicon.listJoiners.has(joiner.norm) && c.classes[j + 1] === 'name' && !c.known[j + 1]) {
    let k = j + 1;
    while (c.classes[k] === 'name' && !c.known[k]) k++;
    j = k;
  }
  // "<X> adalah …", "<X> yang merupakan …": after one word a copula alone says nothing of a person (a place, a school,
  // a word is one too: "<X> merupakan objek wisata", "<X> adalah satu-satunya universitas"); what follows it may.
  if (block.to - block.from === 1 && copulaAt(c, j)) return personNounAfterCopula(c, j, true) && !placeOrThingPredicate(c, j);
  return (opensPredicate(c.words[j]) || opensPredicate(c.words[pastAdverbs(c, j)])) && !placeOrThingPredicate(c, j);
}

/** The word after a time, a count or an order said from word j ("<Name> beberapa kali meliput …", "<Name> sampai saat ini telah …"); j when none is. */
function pastAdverbs(c: Context, j: number): number {
  let k = j;
  for (let n = lexicon.subjectAdverbs.matchAt(c.words, k); n > 0 && isLower(c.words[k]) && k < j + 4; n = lexicon.subjectAdverbs.matchAt(c.words, k)) k += n;
  return k;
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
