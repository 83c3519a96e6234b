// The event a question asks about, told only in the sentence before the answer's (answer/support.ts
// asks): the sentence before may give what the answer's sentence goes on about ("Pertempuran X
// adalah … . Pertempuran ini terjadi pada Mei 1954"), but where the answer's sentence tells another
// event of its own, the asked verb there is of another thing ("Abang dan kakak Hitler meninggal saat
// masih bayi. Saat Hitler berusia tiga tahun, keluarga mereka pindah ke Passau" tells no place
// where Hitler died).
import { allSupportTables } from '../lang/support.js';
import { trailingDemonstratives } from '../lang/references.js';
import { wordKind } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

const prefixes = allSupportTables.flatMap((t) => t.eventPrefixes.map((p) => p.toLowerCase()));
const pointing: ReadonlySet<string> = new Set(trailingDemonstratives);

/** A noun made from a verb ("pembunuhan", "kematian", "kelahiran"): no verb of a clause, however much it tells of an event. */
const madeNoun = (term: string): boolean => /^(pe|ke)\p{L}{3,}an$/u.test(term);

/**
 * A question word shaped as a verb: one the question asks about (English), one with a verb's
 * prefix ("didirikan", "meninggal", "berdiri"), or a beginning or an ending as a word ("lahir", "runtuh",
 * "died"); no ordinal ("terakhir"), no noun made from a verb.
 */
export function verbShaped(term: string, focus: QuestionFocus): boolean {
  return pastVerb(term) || verbByShape(term, focus);
}

function verbByShape(term: string, focus: QuestionFocus): boolean {
  const kind = wordKind(term);
  if (kind === 'order' || madeNoun(term)) return false;
  return focus.verbs.has(term) || prefixes.some((p) => term.startsWith(p) && term.length >= p.length + 4) || kind === 'origin' || kind === 'reversal';
}

/** English past forms: an irregular verb's later forms ("found", "took"), or a lower-case word in -ed ("searched"); the tables' auxiliaries tell no event. */
const auxiliaries = new Set(allSupportTables.flatMap((t) => t.auxiliaries));
const pastForms: ReadonlySet<string> = new Set(
  allSupportTables.flatMap((t) => t.irregular.map((f) => f.split(' ')).filter((f) => !auxiliaries.has(f[0]!)).flatMap((f) => f.slice(1))),
);
export const pastVerb = (norm: string): boolean => pastForms.has(norm) || /^\p{L}{3,}ed$/u.test(norm);

/** Does the sentence open by pointing back to what the one before told: a demonstrative ("Pertempuran ini …", "proyek tersebut") or a possessive ("Anggotanya …")? */
function pointsBack(own: readonly Word[]): boolean {
  return own.some((w) => !w.mark && pointing.has(w.norm)) || opensPossessive(own);
}

/** Does the sentence open with a possessive ("Anggotanya …", "Namanya …"): of what the sentence before told? */
export function opensPossessive(own: readonly Word[]): boolean {
  const opening = own.find((w) => !w.mark && /\p{L}/u.test(w.norm));
  return opening !== undefined && lexicon.possessives.some((p) => opening.norm.endsWith(p) && opening.norm.length > p.length + 2);
}

/**
 * Does the answer's own sentence (`own`) tell another event of its own: a verb the question does not
 * write, and nothing that points back to the sentence before? `after`: the words right after the answer;
 * `english`: the asked verb is an English past form, told otherwise only by one right after the answer.
 */
export function ownEvent(own: readonly Word[], focus: QuestionFocus, after: readonly Word[] = [], english = false): boolean {
  if (pointsBack(own)) return false;
  const told = (w: Word): boolean => !w.mark && (!w.cap || w.initial) && !focus.words.has(w.norm) && !lexicon.speechVerbs.has(w.norm);
  // An English verb in the past is the answer's own only right after it ("<Name> found …", "<Name> later took …"): further on, it may describe a noun ("a rare preserved theatre").
  const next = after.filter((w) => !w.mark).slice(0, 2);
  if (english) return next.some((w) => told(w) && pastVerb(w.norm));
  return own.some((w) => told(w) && verbByShape(w.norm, focus));
}
