// extract: what follows a block of name words and says whether it is a person's (people.ts): a predicate only a
// person takes ("<Name> lahir", "<Name> adalah seorang …", "<Name> was born", "<Name> (45)"), a name opening a
// clause as its subject ("<Name> bergabung dengan …"), or a predicate only a place or a thing takes ("<X> adalah
// desa di …", "<X> merupakan sebuah …").
import { hasParticleSuffix, isActiveVerb, lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Block, Context } from './roles.js';
import { schoolYears } from './name-context.js';
import { fold } from '../text/normalize.js';
import { allTables } from '../lang/index.js';

const isLower = (w: Word | undefined): w is Word => w !== undefined && !w.mark && /^\p{Ll}/u.test(w.text);

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
