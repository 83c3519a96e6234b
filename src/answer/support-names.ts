// The names a question types, checked against the passage (answer/support.ts): a name written in
// part, in another spelling, as its acronym, or a place left to the article's context counts; a
// name the passage writes with another first name, or another place in its stead, does not.
import { allTables } from '../lang/index.js';
import { degrees } from '../lang/degrees.js';
import { conceptsOf, frameWords, oppositesOf } from '../query/concepts.js';
import type { NameRun, QuestionFocus } from '../query/focus.js';
import { gazetteerEntryOf } from '../text/known-names.js';
import { hasRoleAffix, lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { acronymWritten, shortenedWords } from './acronyms.js';
import { numberSwapped } from './agreement.js';
import { doubledWordUnwritten, joinedNameWords, namesARelative } from './name-forms.js';
import { asksOfKin } from './relatives.js';
import { initialName, tableWord } from './name-slots.js';
import { initialsWritten, referredByKind } from './name-references.js';
import { referredWords, withReferents, type Reference } from './subject-references.js';
import { landFormWritten } from './variants.js';
import { countryLeftToContext, isHomeCountry, isPlace, isPlaceWord, otherCountryBeside, placeSwapped, placeWritten } from './name-places.js';
import type { Gap } from './gaps.js';
import { outside, partsOfWord, sameOrTypo, twinNameWritten, writesName } from './written.js';

/** Is this word written capitalised as (part of) another name, not a function or title word? */
function isOtherName(w: Word | undefined, run: readonly string[]): boolean {
  if (w === undefined || w.mark || !w.cap || w.initial) return false;
  if (lexicon.stopWords.has(w.norm) || lexicon.titles.has(w.norm) || lexicon.honorifics.has(w.norm)) return false;
  // An initial of the question's name ("J Setiawan" for "Johny Setiawan") writes that name, not another.
  if (/^\p{L}$/u.test(w.norm.replace(/\.$/, '')) && run.some((r) => r.startsWith(w.norm.replace(/\.$/, '')))) return false;
  return !run.some((r) => sameOrTypo(r, w.norm));
}

/**
 * A word a country or a city may follow as the role's or body's own ("Menteri Perindustrian
 * [Indonesia]"); not a noun of an event of the tables shaped like a body's ("kemerdekaan Austria",
 * "kelahiran X": the place is whose event is asked).
 */
const qualifiesRole = (word: string | undefined): boolean =>
  word !== undefined && (lexicon.titleWords.has(word) || lexicon.roleWords.has(word) || (hasRoleAffix(word) && !conceptsOf(word).some((k) => !k.includes(':'))));

/**
 * A name the question types that the passage writes only in part: is the rest another name there?
 * "Albert Babbage" of a passage that writes "Charles Babbage" is; "Harold Pinter" of one that writes
 * "Pinter yang lahir …" is not: written once beside another name, the part names someone else there.
 * Words inside the answer are not another name (they are the answer), unless the answer writes the part too.
 */
function partConflicts(run: readonly string[], found: readonly string[], words: readonly Word[], first: number, last: number, answerSlot = false, kinAsked = true): boolean {
  if (middleSwapped(run, words)) return true;
  const missingBefore = run.findIndex((w) => !found.includes(w)) < run.findIndex((w) => found.includes(w));
  const missingAfter = [...run].reverse().findIndex((w) => !found.includes(w)) < [...run].reverse().findIndex((w) => found.includes(w));
  const edge = missingBefore ? found[0]! : found[found.length - 1]!;
  // A missing word of the tables ("Dinasti", "Republik") is a kind, not a first name another one may replace.
  const missingTable = run.some((w) => !found.includes(w) && tableWord(w));
  let alone = 0;
  let relatives = 0;
  let foreign = 0;
  words.forEach((w, i) => {
    if (w.mark || !partsOfWord(w).some((p) => sameOrTypo(edge, p))) return;
    const inAnswer = (j: number): boolean => j >= first && j <= last;
    // Past a particle of the name ("Tamara de X"); inside the answer only when the part is the answer's too ("Little X" answering "Little Y").
    const at = (step: number): Word | undefined => {
      const j = words[i + step] !== undefined && isParticle(words[i + step]!) ? i + 2 * step : i + step;
      // The answer in the slot of a missing name word is another name ("Museum Fitur" answered by the "Fatahillah" of "Museum Fatahillah"), not of a place (an office's holder).
      return j >= 0 && j < words.length && (inAnswer(j) === inAnswer(i) || (answerSlot && !inAnswer(i) && !missingTable)) ? words[j] : undefined;
    };
    const before = missingBefore ? at(-1) : undefined;
    const after = missingAfter ? at(1) : undefined;
    if (!(isOtherName(before, run) || isOtherName(after, run) || (before !== undefined && !missingTable && initialName(before, run, words)))) alone++;
    else if (!kinAsked && namesARelative(words, i)) relatives++;
    else foreign++;
  });
  // A relative's name sharing the part ("pamannya Tomas X") names no one else where the part also stands alone ("X lahir …") and the question asks of no relative.
  return foreign > 0 || (relatives > 0 && alone === 0);
}

/**
 * A name's middle word that the passage writes, between the same two words, only as another name
 * ("FSO Tico Factory" of "FSO Car Factory", "Tico" written elsewhere or not at all; "Zohra Ali
 * Lorem" of "Zohra Andi Lorem"); a word of four letters or more, or of three the passage never writes.
 */
function middleSwapped(run: readonly string[], words: readonly Word[]): boolean {
  return run.some((_, k) => {
    if (k === 0 || k === run.length - 1 || run[k]!.length < 3) return false;
    // A short word the passage writes may be an acronym it spells out in the slot ("Pengadilan HAM Makassar" of "Pengadilan Hak Asasi Manusia Makassar", "pelanggaran HAM").
    if (run[k]!.length === 3 && words.some((w) => writesPart(run[k]!, w))) return false;
    let other = false;
    for (let i = 0; i + 2 < words.length; i++) {
      if (!writesPart(run[k - 1]!, words[i]) || !writesPart(run[k + 1]!, words[i + 2])) continue;
      if (writesPart(run[k]!, words[i + 1])) return false;
      if (isOtherName(words[i + 1], run)) other = true;
    }
    return other;
  });
}

/** A word that may stand inside a name ("Tamara de X", "School of X") — a particle or a joiner of the tables. */
const isParticle = (w: Word): boolean => !w.mark && !w.cap && (lexicon.nameParticles.has(w.norm) || nameJoiners.has(w.norm));

/** A word inside a name that is neither its part nor another name's ("Basilika Santo Petrus", "Vincent van Gogh"). */
const inert = (w: Word): boolean => isParticle(w) || (!w.mark && (lexicon.titles.has(w.norm) || lexicon.honorifics.has(w.norm)));

/** Does this passage word write the name word `term` (any part of it, or a typo of it)? */
const writesPart = (term: string, w: Word | undefined): boolean => w !== undefined && !w.mark && partsOfWord(w).some((p) => sameOrTypo(term, p));

/** Other name words that may stand between two words of one name ("James Clerk Maxwell" writes "James Maxwell", "Taman Safari Indonesia Unit II Prigen" "Taman Safari Prigen"). */
const MIDDLE = 3;

/**
 * Where the passage writes `a`, what stands on its `step` side (+1 after, −1 before) in the place of
 * `b`: "together" when `b` follows within a middle name or two, "other" when another name does
 * ("Casimir Pulaski" for "Casimir Wola"), undefined otherwise.
 */
function slotOf(words: readonly Word[], i: number, step: 1 | -1, b: string, run: readonly string[]): 'together' | 'other' | undefined {
  let seen = 0;
  let firstOther = false;
  for (let j = i + step; j >= 0 && j < words.length; j += step) {
    const x = words[j]!;
    if (writesPart(b, x)) return 'together';
    if (inert(x)) continue;
    if (!isOtherName(x, run) || seen++ >= MIDDLE) break;
    if (seen === 1) firstOther = true;
  }
  return firstOther ? 'other' : undefined;
}

/**
 * Two words of a name that the passage writes, each somewhere, but never together, one of them
 * always beside another name in the other's place: "General Government" of "Jewish Government",
 * "FSO Car Factory" of "FSO Tico Factory", "Casimir Pulaski" of "Casimir Wola" (a particle may stand
 * between, "School of Economics", a title, "Basilika Santo Petrus", a middle name, "James Clerk
 * Maxwell"). A word written alone somewhere ("Bali adalah sebuah provinsi" beside "Provinsi Sunda
 * Kecil") may be the name told in other words.
 */
function pairApart(a: string, b: string, run: readonly string[], words: readonly Word[]): boolean {
  // A place ("Menteri Energi [Filipina]"), a numeral ("Elizabeth II") or a short word is no part told apart.
  if ([a, b].some((n) => n.length < 3 || /^([ivx]+|\p{N}+)$/u.test(n) || isPlaceWord(n))) return false;
  // Per word: occurrences, and those with another name in the other's place.
  const bound = { a: { seen: 0, other: 0 }, b: { seen: 0, other: 0 } };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const isA = writesPart(a, w);
    const isB = writesPart(b, w);
    if (isA && isB) return false;
    // A name word written in lower case is a common noun there ("a new factory", "an agricultural university").
    if (!/^\p{Lu}/u.test(w.text)) continue;
    for (const [side, step, other] of [[isA && 'a', 1, b], [isB && 'b', -1, a]] as const) {
      if (!side) continue;
      const slot = slotOf(words, i, step, other, run);
      if (slot === 'together') return false;
      bound[side].seen++;
      if (slot === 'other') bound[side].other++;
    }
  }
  return [bound.a, bound.b].every((x) => x.seen > 0 && x.other === x.seen);
}

/** A word made from a name ("Aristotelian" of "Aristotle", "Newtonian" of "Newton"): all of it but its last two letters, at least four. */
const derivedFrom = (name: string, w: Word | undefined): boolean =>
  w !== undefined && !w.mark && name.length >= 6 && w.norm.length > name.length - 2 && w.norm.startsWith(name.slice(0, name.length - 2));

/** Does the passage give what a possessive name owns ("Ekstraklasa's home venue") only to another ("Polonia's home venue")? */
function ownerSwapped(owned: string | undefined, run: readonly string[], words: readonly Word[]): boolean {
  if (owned === undefined || owned.length < 3 || lexicon.stopWords.has(owned) || lexicon.titleWords.has(owned)) return false;
  let agrees = false;
  let differs = false;
  words.forEach((w, i) => {
    if (!writesPart(owned, w) || w.cap) return;
    const owner = words[i - 1];
    if (run.some((n) => writesPart(n, owner) || derivedFrom(n, owner))) agrees = true;
    // A possessive opening a sentence is a name too ("Warsaw's first …").
    else if (isOtherName(owner, run) || (owner !== undefined && !owner.mark && /^\p{Lu}.*['’]s$/u.test(owner.text) && !run.some((n) => writesPart(n, owner)))) differs = true;
  });
  return differs && !agrees;
}

/** Are two words of the window next to each other in the passage (the window leaves out the answer's words)? */
const besideInText = (a: Word, b: Word): boolean => b.start - a.end <= 1;

/**
 * Does the window write another place where the question names one ("masuk ke Inggris" of "masuk ke Indonesia")?
 * Only words next to each other in the passage: "Menteri Perindustrian <Name> di Jember" with the answer's name
 * left out of the window writes no "Menteri Perindustrian di Jember".
 */
function slotHasOtherPlace(before: string | undefined, run: readonly string[], window: readonly Word[]): boolean {
  if (before === undefined) return false;
  return window.some((w, i) => {
    if (w.mark || !sameOrTypo(before, w.norm)) return false;
    let j = i + 1;
    while (j < window.length && !window[j]!.mark && lexicon.stopWords.has(window[j]!.norm) && j - i <= 2 && besideInText(window[j - 1]!, window[j]!)) j++;
    const next = window[j];
    return next !== undefined && besideInText(window[j - 1]!, next) && isOtherName(next, run) && (gazetteerEntryOf(next.norm) !== undefined || lexicon.demonyms.has(next.text));
  });
}

/** Does the passage write another name right after the question's word before its name ("seri Naruto" for "seri Radar")? */
function slotHasOtherName(before: string | undefined, run: readonly string[], words: readonly Word[]): boolean {
  if (before === undefined || lexicon.stopWords.has(before) || before.length < 3) return false;
  return words.some((w, i) => !w.mark && sameOrTypo(before, w.norm) && isOtherName(words[i + 1], run));
}

/**
 * A name in the question's context, after a preposition ("born in Wola"), that the window writes
 * with another name past the same words ("born in Warsaw"): the question word before the
 * preposition, then another name.
 */
function slotPastFunctionWord(focus: QuestionFocus, run: NameRun, names: readonly string[], window: readonly Word[]): boolean {
  if (run.before === undefined || !lexicon.stopWords.has(run.before) || !inContext(focus, run.words)) return false;
  const head = focus.terms[focus.terms.indexOf(run.words[0]!) - 1];
  if (head === undefined || head.length < 3 || frameWords.has(head)) return false;
  return window.some((w, i) => {
    if (w.mark || !sameOrTypo(head, w.norm)) return false;
    let j = i + 1;
    while (j < window.length && j <= i + 2 && !window[j]!.mark && lexicon.stopWords.has(window[j]!.norm)) j++;
    return j > i + 1 && isOtherName(window[j], names);
  });
}

const inContext = (focus: QuestionFocus, words: readonly string[]): boolean => words.every((w) => focus.context.has(w));

/** Words that join two parts of one name ("University of X", "Palace of Culture"), from the language tables. */
const nameJoiners = new Set(allTables.flatMap((t) => t.answerWords?.placeJoiners ?? []));

/** Academic degrees, lower case without dots ("msc", "sh", "mip"): a name run writing one is no name. */
const degreeForms: ReadonlySet<string> = new Set([...degrees.plain, ...degrees.dotted].map((d) => d.toLowerCase()));

/** The words of a name run that must be written: no title, honorific or function word; a double-barrelled name by either part ("Ana Lopez-Vidal" is the passage's "Vidal"; parts of three letters or more: "NP-hard" is one word). */
function namesOf(run: NameRun): string[] {
  // "Lorem Ipsum, M.Sc.", "Dolor, S.H.": a degree after the name addresses the person, as an honorific does.
  if (run.words.some((w) => w.includes('.') && degreeForms.has(w.replace(/\./g, '')))) return [];
  const parts = run.words.flatMap((w) => (/^\p{L}{3,}(-\p{L}{3,})+$/u.test(w) ? w.split('-') : [w]));
  // A company's legal form ("Tbk", "Inc") names no company by itself: "Nike, Inc." is the passage's "Nike".
  return parts.filter((w) => !/[-.'’]/.test(w) && w.length > 1 && !lexicon.titles.has(w) && !lexicon.honorifics.has(w) && !lexicon.stopWords.has(w) && !lexicon.organisationSuffixes.has(w));
}

/** Does the window write the opposite of a name word the passage leaves out ("Western governments" for "Eastern governments")? */
const oppositeWritten = (absent: readonly string[], window: readonly Word[]): boolean =>
  absent.some((n) => oppositesOf(n).some((o) => window.some((w) => !w.mark && (w.norm === o || w.norm === `${o}s`))));

export interface NameCheck {
  /** Question words that belong to a name (checked here, not as words). */
  readonly covered: ReadonlySet<string>;
  readonly gaps: readonly Gap[];
  readonly runs: number;
}

/**
 * Names the question types, each checked over the whole paragraph. A name written in part is
 * enough unless the rest is another name there; a place left out is enough unless the window writes
 * another place in its stead ("Menteri Perindustrian Indonesia" of "Menteri Perindustrian Budi").
 */
export function namesSupported(focus: QuestionFocus, words: readonly Word[], first: number, last: number, near: readonly Word[], references: readonly Reference[] = []): NameCheck {
  // A sentence opening with a reference to a name the question types ("Pulau ini terletak …") tells of that name there.
  const window = withReferents(words, near, references);
  const referred = referredWords(words, near, references);
  // A name a reference of the window stands for ("Sekuel ini" of "film Lorem 2"), written in a paragraph before, is told of here; its words are said ("2").
  const own = new Set(words);
  const paragraph = [...outside(words, first, last), ...referred.filter((w) => !own.has(w))];
  const covered = new Set(referred.map((w) => w.norm).filter((n) => focus.terms.includes(n)));
  const gaps: Gap[] = [];
  let runs = 0;
  // A question of a name alone ("Where is X located?") is answered only beside the name; not one of a title ("Siapa Direktur Utama PT X?").
  const nameWords = new Set(focus.nameRuns.flatMap((r) => r.words));
  for (const w of [...nameWords]) for (const part of w.split('-')) nameWords.add(part);
  const bare = focus.terms.every((t) => (nameWords.has(t) && !lexicon.titleWords.has(t) && !lexicon.titles.has(t)) || frameWords.has(t));
  focus.nameRuns.forEach((run, k) => {
    // The first name is what the question is about, told anywhere in the paragraph; a later one, or
    // one in the question's context ("jurnalis di Hong Kong"), must stand by the answer.
    const scope = k === 0 && !inContext(focus, run.words) && !bare ? paragraph : window;
    // Titles in a name ("Vice President of the Council") are read as words of the question, not as the name.
    // A hyphenated name's parts too, the lower-case ones as well ("Lee Soo-min"), unless the name is all the question says.
    // Title words too where the passage writes them shortened ("Dewan Perwakilan Rakyat" as "DPR", "Menteri Dalam Negeri" as "Mendagri").
    const short = shortenedWords(run.words, scope);
    for (const w of run.words) if (!lexicon.titles.has(w) || short.has(w)) for (const part of bare ? [w] : [w, ...w.split('-')]) covered.add(part);
    const names = namesOf(run);
    if (names.length === 0) return;
    runs++;
    const joinedWords = joinedNameWords(names, scope);
    const found = names.filter((w) => joinedWords.has(w) || writesName(w, scope) || placeWritten(w, scope) || acronymWritten([w], scope) || landFormWritten(w, scope));
    if (numberSwapped(run.words, paragraph) || doubledWordUnwritten(run.words, words)) {
      gaps.push({ term: run.words.join(' '), kind: 'name', contradicted: true, context: inContext(focus, run.words) });
      return;
    }
    const swapped = placeSwapped(run.words, paragraph);
    if (swapped !== undefined) {
      gaps.push({ term: swapped, kind: 'place', contradicted: true, context: inContext(focus, [swapped]) });
      return;
    }
    // A country asked of, told nowhere by the answer, where another stands beside the question's word ("Kapan India merdeka?" of "Kemerdekaan Bangladesh").
    // Only the question's one place, outside its context: "di Fukui, Jepang" names the country to locate another place.
    const onePlace = !inContext(focus, run.words) && focus.nameRuns.every((r) => r === run || !isPlace(namesOf(r)));
    if (onePlace && isPlace(names) && otherCountryBeside(names, focus.terms, window)) {
      gaps.push({ term: names.join(' '), kind: 'place', contradicted: true, context: inContext(focus, names) });
      return;
    }
    // What a possessive name owns the passage gives another ("Polonia's home venue" of "Ekstraklasa's home venue").
    if (ownerSwapped(run.owns, names, words)) {
      gaps.push({ term: names.join(' '), kind: 'name', contradicted: true, context: inContext(focus, names) });
      return;
    }
    // A place written whole by another of its names or its people's word ("South Korean" of "South Korea").
    if (names.length > 1 && placeWritten(names.join(' '), scope)) return;
    // Every word written, but never as one name, one beside another name ("General Government" of "Jewish Government").
    const previous = k > 0 ? focus.nameRuns[k - 1]! : undefined;
    const particle = run.before !== undefined && (nameJoiners.has(run.before) || lexicon.nameParticles.has(run.before));
    const linked = previous !== undefined && previous.after !== undefined && previous.after === run.before && particle ? namesOf(previous).slice(-1) : [];
    const joined = [...linked, ...names];
    if (found.length === names.length && (middleSwapped(names, words) || joined.some((n, i) => i > 0 && !sameOrTypo(joined[i - 1]!, n) && pairApart(joined[i - 1]!, n, joined, words)))) {
      gaps.push({ term: names.join(' '), kind: 'name', contradicted: true, context: inContext(focus, names) });
      return;
    }
    if (names.every((w) => found.includes(w) || short.has(w)) || placeWritten(names.join(' '), scope) || acronymWritten(names, scope) || acronymWritten(names.slice(1), scope) || initialsWritten(names, found, scope) || (found.length === 0 && referredByKind(run.before, words))) return;
    const absent = names.filter((w) => !found.includes(w));
    // The rest is a place the passage writes by another of its names ("Kalimantan Timur" as "Kaltim").
    if (absent.length > 1 && placeWritten(absent.join(' '), scope)) return;
    // A name the passage writes one letter otherwise, not as a slip of typing would ("Jembatan Lorensa" of "Jembatan Lorenso"): another name, its twin.
    const twins = absent.filter((w) => twinNameWritten(w, paragraph));
    if (twins.length > 0) {
      gaps.push({ term: twins.join(' '), kind: 'name', contradicted: true, context: inContext(focus, twins) });
      return;
    }
    // A place left out is a role's country ("Menteri Perindustrian [Indonesia]"), told by the
    // article's context; a place the question asks about ("ke Inggris", "Kapan India merdeka?") is not.
    const at = run.words.indexOf(absent[0]!);
    const beforeAbsent = at > 0 ? run.words[at - 1] : run.before;
    // Not a place after a kind of place or state ("Republik [Inggris]", "Provinsi [Aceh]"): that is the name itself.
    const namesPlace = beforeAbsent !== undefined && (lexicon.placeWords.has(beforeAbsent) || lexicon.polityWords.has(beforeAbsent));
    // Only the country its news goes without: "Siapa presiden Prancis?" is not answered by an article's "Presiden Budi Lorem".
    const omittedPlace = isHomeCountry(absent) && !namesPlace && (qualifiesRole(beforeAbsent) || run.words.slice(0, Math.max(0, at)).some((w) => lexicon.titles.has(w)));
    const place = isPlace(absent);
    if (found.length > 0 && !place) {
      // The rest of a name written in part: fine, unless it is another name there ("Charles Babbage").
      if (partConflicts(joined, [...linked, ...found], words, first, last, true, asksOfKin(focus))) gaps.push({ term: absent.join(' '), kind: 'name', contradicted: true, context: inContext(focus, absent) });
      return;
    }
    if (!place) {
      // A name the passage does not write: another name in its slot ("seri Radar" of "seri Naruto") says it is another.
      const contradicted = slotHasOtherName(run.before, names, paragraph) || slotPastFunctionWord(focus, run, names, window) || (linked.length > 0 && partConflicts(joined, linked, words, first, last)) || oppositeWritten(absent, window);
      gaps.push({ term: absent.join(' '), kind: 'name', contradicted, context: inContext(focus, absent) });
      return;
    }
    const otherPlace = slotHasOtherPlace(found.length > 0 ? found[found.length - 1] : run.before, names, window);
    // A place whose slot in the name the passage fills with another name or a number ("Paus Benediktus XV" of "Paus Benediktus Inggris"), not after a role ("Menteri Perindustrian [Indonesia]").
    const roleBefore = beforeAbsent !== undefined && (lexicon.titleWords.has(beforeAbsent) || lexicon.roleWords.has(beforeAbsent));
    const otherName = found.length > 0 && !roleBefore && partConflicts(joined, [...linked, ...found], words, first, last, false, asksOfKin(focus));
    // Another country after an office the home country does not have ("Perdana Menteri Thailand"), where the paragraph names no other place (name-places.ts).
    const leftToContext = !namesPlace && qualifiesRole(beforeAbsent) && countryLeftToContext(absent, focus.terms.slice(0, Math.max(0, focus.terms.indexOf(absent[0]!))), words);
    if ((omittedPlace || leftToContext) && !otherPlace && !otherName) return;
    gaps.push({ term: absent.join(' '), kind: 'place', contradicted: otherPlace || otherName || oppositeWritten(absent, window), context: inContext(focus, absent) });
  });
  return { covered, gaps, runs };
}
