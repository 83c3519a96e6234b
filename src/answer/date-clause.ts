// A date belongs to the clause it is written in, not to the nearest word: "didirikan oleh A dan B
// pada Januari 1994 dan dibentuk 2 Maret 1995" dates the founding in 1994 and the forming in 1995;
// "Pada tahun 1539 … membentuk X, yang disetujui … pada tahun 1540" dates the forming in 1539. Of
// the dates of one paragraph, those whose clause holds a verb the question asks about answer it
// more plainly than those whose clause tells of another.
import { clauseJoins, frameWords, wordKind } from '../query/concepts.js';
import { usesWord, type QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { similarity } from './similarity.js';
import { temporalRelations } from '../lang/relation-words.js';
import { allTables } from '../lang/index.js';
import { ownEvent, pastVerb } from './own-event.js';

/** How much more plainly a date of the asked verb's clause answers than one of another clause. */
export const CLAUSE_WEIGHT = 1.5;

/**
 * Does a new clause begin at word k: a clause's conjunction ("dan", "lalu", "and") followed by a
 * word in lower case (a verb or an adverb, not the next name of a list: "A dan B"), or a semicolon or colon.
 */
function opens(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (w.mark) return /^[;:]$/.test(w.text);
  if (!clauseJoins.has(w.norm)) return false;
  const next = words[k + 1];
  return next !== undefined && !next.mark && !next.cap && !/\p{N}/u.test(next.norm) && next.sentence === w.sentence;
}

/** The words of the clause a candidate stands in: its sentence, cut where a clause opens before or after it. */
export function clauseAround(words: readonly Word[], first: number, last: number): [number, number] {
  const sentence = words[first]!.sentence;
  let a = first;
  while (a > 0 && words[a - 1]!.sentence === sentence && !opens(words, a)) a--;
  let b = last;
  while (b + 1 < words.length && words[b + 1]!.sentence === sentence && !opens(words, b + 1)) b++;
  return [a, b];
}

/** The question's verbs of an event (not its names, roles or numbers): "didirikan", "berdiri", "released". */
const askedVerbs = (focus: QuestionFocus): string[] =>
  focus.terms.filter((t) => !focus.names.has(t) && !lexicon.titleWords.has(t) && !/\p{N}/u.test(t) && ['event', 'origin', 'reversal'].includes(wordKind(t)));

/** The candidates of one paragraph, those whose clause holds an asked verb weighed up when others' clauses do not. */
export function ofAskedClause(candidates: readonly Candidate[], focus: QuestionFocus): Candidate[] {
  const verbs = askedVerbs(focus);
  if (verbs.length === 0 || candidates.length < 2) return [...candidates];
  const holds = candidates.map((c) => {
    const [a, b] = clauseAround(c.words, c.first, c.last);
    return c.words.slice(a, b + 1).some((w, k) => (a + k < c.first || a + k > c.last) && verbs.some((t) => similarity(t, w) > 0));
  });
  if (holds.every((h) => h) || !holds.some((h) => h)) return [...candidates];
  return candidates.map((c, k) => (holds[k] ? { ...c, prior: c.prior * CLAUSE_WEIGHT } : c));
}

/** How much less a date of a leading "Setelah …," clause answers when that clause holds no asked verb. */
export const LEADING_WEIGHT = 0.5;

const relations = new Set(temporalRelations);

/**
 * The words of the leading clause a date stands in, if its sentence opens with a word placing it
 * before or after another event ("Setelah kegagalan dalam pemilu 1919, partai ini berganti nama …"):
 * from that word up to the first comma.
 */
function leadingClause(words: readonly Word[], first: number): [number, number] | undefined {
  const sentence = words[first]!.sentence;
  let a = first;
  while (a > 0 && words[a - 1]!.sentence === sentence) a--;
  // Past marks and a reference left of the sentence before ("[1] Setelah …").
  while (a < first && (words[a]!.mark || (/^\d+$/.test(words[a]!.text) && words[a - 1]?.text === '['))) a++;
  if (!relations.has(words[a]!.norm)) return undefined;
  for (let k = a + 1; k < first; k++) if (words[k]!.mark && words[k]!.text === ',') return undefined;
  let b = first;
  while (b + 1 < words.length && words[b + 1]!.sentence === sentence && words[b + 1]!.text !== ',') b++;
  return b + 1 < words.length && words[b + 1]!.text === ',' ? [a, b] : undefined;
}

/**
 * The candidates of one paragraph, a date of a leading "Setelah …," / "Sebelum …," clause weighed
 * down when that clause holds none of the question's verbs: it dates the event the main clause
 * follows or precedes, not the one asked ("Setelah ayahnya wafat pada 1422, X naik takhta" does
 * not say when X died).
 */
export function ofLeadingClause(candidates: readonly Candidate[], focus: QuestionFocus): Candidate[] {
  const verbs = askedVerbs(focus);
  if ([...focus.words].some((t) => relations.has(t))) return [...candidates];
  return candidates.map((c) => {
    const lead = leadingClause(c.words, c.first);
    if (!lead) return c;
    const holds = c.words.slice(lead[0], lead[1] + 1).some((w, k) => (lead[0] + k < c.first || lead[0] + k > c.last) && verbs.some((t) => similarity(t, w) > 0));
    return holds ? c : { ...c, prior: c.prior * LEADING_WEIGHT };
  });
}

/** How much less a date answers when its clause names another of the kind the question names. */
export const ANOTHER_NAME_WEIGHT = 0.3;

/** A word naming a kind or a title, shared by many names ("partai", "raja", "kerajaan", "utara"). */
const generic = (t: string): boolean =>
  lexicon.stopWords.has(t) || lexicon.titleWords.has(t) || lexicon.roleOrPlaceWords.has(t) || lexicon.organisationWords.has(t);

/** The same word, or written in the old spelling ("Boelan" of "Bulan", "Djakarta" of "Jakarta"). */
const oldSpelling = (t: string): string => t.replace(/oe/g, 'u').replace(/dj/g, 'j').replace(/tj/g, 'c');
const sameWord = (t: string, w: Word): boolean => similarity(t, w) > 0 || oldSpelling(t) === oldSpelling(w.norm);

/** Does this run of capitalised words go on otherwise from the asked name ("Partai Fasis Revolusioner" of "Partai Fasis Nasional")? */
function goesOtherwise(run: readonly Word[], asked: readonly string[]): boolean {
  for (let i = 0; i < run.length; i++) {
    let k = 0;
    while (k < asked.length && i + k < run.length && sameWord(asked[k]!, run[i + k]!)) k++;
    // A word of its own shared, not only a kind or a title ("Partai", "Raja", "Kerajaan").
    const shared = asked.slice(0, k).some((t) => t.length > 2 && !generic(t));
    if (shared && k < asked.length && i + k < run.length && !lexicon.stopWords.has(run[i + k]!.norm)) return true;
  }
  return false;
}

/** Does the clause [a, b] write, outside brackets, a name that begins as one the question asks about and goes on otherwise, without that name itself? */
function namesAnother(words: readonly Word[], a: number, b: number, focus: QuestionFocus): boolean {
  const clause = words.slice(a, b + 1);
  const runs: Word[][] = [];
  let run: Word[] = [];
  let depth = 0;
  for (const w of [...clause, undefined]) {
    if (w?.text === '(') depth++;
    else if (w?.text === ')') depth = Math.max(0, depth - 1);
    if (w && !w.mark && w.cap && depth === 0) run.push(w);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  const writes = (asked: readonly string[]): boolean => clause.some((_, i) => asked.every((t, k) => clause[i + k] !== undefined && sameWord(t, clause[i + k]!)));
  // A run lists a possessive's forms one after the other ("johns", "john" of "John's"): the name is read with the first.
  const names = focus.nameRuns.map(({ words: asked }) => asked.filter((t, k) => k === 0 || !asked[k - 1]!.startsWith(t)));
  return names.some((asked) => asked.length > 1 && !writes(asked) && runs.some((r) => goesOtherwise(r, asked)));
}

/**
 * The candidates of one paragraph, a date weighed down when its clause names another of the kind
 * the question names and not that one ("Partai Fasis Revolusioner … didirikan tahun 1915" for "Kapan
 * Partai Fasis Nasional dibentuk?"), where some other date's clause does not.
 */
export function ofAnotherName(candidates: readonly Candidate[], focus: QuestionFocus): Candidate[] {
  if (candidates.length < 2 || !focus.nameRuns.some((r) => r.words.length > 1)) return [...candidates];
  const other = candidates.map((c) => {
    const [a, b] = clauseAround(c.words, c.first, c.last);
    return namesAnother(c.words, a, b, focus);
  });
  if (other.every((o) => o) || !other.some((o) => o)) return [...candidates];
  return candidates.map((c, k) => (other[k] ? { ...c, prior: c.prior * ANOTHER_NAME_WEIGHT } : c));
}

/** How much less a date of a relative clause answers when that clause holds no asked verb. */
export const RELATIVE_WEIGHT = 0.5;

const relativeOpeners = new Set(allTables.flatMap((t) => t.dateWords?.relativeOpeners ?? []));
const relativeClosers = new Set(allTables.flatMap((t) => t.dateWords?.relativeClosers ?? []));
/** Words, at most, between a relative word and a date of its clause. */
const RELATIVE_REACH = 15;

/**
 * The words of the relative clause a date stands in, if any: from the relative word before it
 * ("yang", "which"), with no comma, clause or closing word between ("kota yang tanggal 7 Agustus
 * 2005 genap berusia 336 tahun itu"), up to a comma, a closing word or the end of the sentence.
 */
function relativeClause(words: readonly Word[], first: number, last: number): [number, number] | undefined {
  const sentence = words[first]!.sentence;
  let a = first - 1;
  for (; a >= 0 && first - a <= RELATIVE_REACH && words[a]!.sentence === sentence; a--) {
    const w = words[a]!;
    if (relativeOpeners.has(w.norm)) break;
    if ((w.mark && /^[,;:()]$/.test(w.text)) || relativeClosers.has(w.norm) || opens(words, a)) return undefined;
  }
  if (a < 0 || !relativeOpeners.has(words[a]!.norm) || words[a]!.sentence !== sentence) return undefined;
  let b = last;
  while (b + 1 < words.length && words[b + 1]!.sentence === sentence && !(words[b + 1]!.mark && /^[,;:]$/.test(words[b + 1]!.text)) && !relativeClosers.has(words[b + 1]!.norm)) b++;
  return [a, b];
}

/**
 * Does the relative word at `opener` follow a name, inside its sentence, of which the question writes
 * no word ("Kolese Lorem yang berdiri tahun 1899" for "Kapan Universitas Ipsum berdiri?")? The clause
 * tells of that name, whatever verb it writes.
 */
function ofUnaskedName(words: readonly Word[], opener: number, focus: QuestionFocus): boolean {
  const run: Word[] = [];
  // "Ipsum College, which …": a comma may stand between the name and the relative word.
  const end = words[opener - 1]?.text === ',' ? opener - 2 : opener - 1;
  for (let k = end; k >= 0 && words[k]!.sentence === words[opener]!.sentence && !words[k]!.mark && words[k]!.cap; k--) run.unshift(words[k]!);
  const start = end + 1 - run.length;
  // The sentence's first word is capitalised only as its first.
  const opens = start === 0 || words[start - 1]!.sentence !== words[opener]!.sentence;
  const named = opens ? run.slice(1) : run;
  return named.length > 0 && focus.names.size > 0 && !named.some((w) => usesWord(focus, w));
}

/**
 * The candidates of one paragraph, a date of a relative clause weighed down when that clause holds
 * none of the question's verbs: it tells of what the clause says of a name, not of the main clause
 * ("Konsol yang diumumkan pada 20 Februari ini dirilis pada 15 November" for "Kapan konsol dirilis?"),
 * where some other date of the paragraph stands outside one.
 */
export function ofRelativeClause(candidates: readonly Candidate[], focus: QuestionFocus): Candidate[] {
  if (candidates.length < 2) return [...candidates];
  const verbs = askedVerbs(focus);
  const inside = candidates.map((c) => {
    const clause = relativeClause(c.words, c.first, c.last);
    if (!clause) return false;
    if (ofUnaskedName(c.words, clause[0], focus)) return true;
    return !c.words.slice(clause[0], clause[1] + 1).some((w, k) => (clause[0] + k < c.first || clause[0] + k > c.last) && verbs.some((t) => similarity(t, w) > 0));
  });
  if (inside.every((i) => i) || !inside.some((i) => i)) return [...candidates];
  return candidates.map((c, k) => (inside[k] ? { ...c, prior: c.prior * RELATIVE_WEIGHT } : c));
}

/**
 * The asked verbs that a date's relative clause tells another event than: "Kapan B meninggal?" of "A
 * meninggal di tahanan sejak B, yang ditahan pada 1938" (and "… since B, who was detained in 1938").
 * The clause writes an event of its own and no asked verb, while its sentence writes an asked verb
 * outside it, in another clause: the date is of the clause's event.
 */
export function otherClauseEvent(focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] {
  if (focus.kind !== 'when') return [];
  const clause = relativeClause(words, first, last);
  // Only a clause set off after a name ("…, Budi Lorem, yang …"): one closing a description ("sebuah ekspedisi yang berlangsung …") tells the main event.
  if (!clause || words[clause[0] - 1]?.text !== ',' || !words[clause[0] - 2]?.cap) return [];
  const verbs = askedVerbs(focus);
  const own = words.slice(clause[0], clause[1] + 1).filter((w, k) => (clause[0] + k < first || clause[0] + k > last) && !frameWords.has(w.norm));
  if (own.some((w) => verbs.some((t) => similarity(t, w) > 0))) return [];
  const another = ownEvent(own, focus) || own.some((w) => !w.mark && !w.cap && !focus.words.has(w.norm) && pastVerb(w.norm));
  if (!another) return [];
  const sentence = words[first]!.sentence;
  return verbs.filter((t) => words.some((w, k) => w.sentence === sentence && (k < clause[0] || k > clause[1]) && similarity(t, w) > 0));
}
