// A title the question writes as the one its verb is done to ("Siapa yang membatalkan kunjungan
// Menteri Luar Negeri Lorem?"), not as what it asks ("Siapa Menteri Luar Negeri Lorem?", "Siapa yang
// terpilih sebagai Ketua …?"). The holder the passage writes right after that title is the one the
// question is about, never its answer; and the question asks no role with it, so a government or a
// body doing the verb ("Pemerintah Lorem membatalkan …") may answer.
import type { QuestionFocus } from '../query/focus.js';
import { frameWords } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';
import { occurrences } from './title-holder.js';

/** A word of the question that is a verb of its own: an active or passive prefix and a stem ("membatalkan", "dibuka"), no linking word
 * ("menjadi") nor a word that only frames the question ("menduduki jabatan Kepala …" asks who the Kepala is). */
const isVerb = (t: string): boolean =>
  !lexicon.predicates.has(t) && !frameWords.has(t) && [...lexicon.verbPrefixes, ...lexicon.passivePrefixes].some((p) => t.startsWith(p) && t.length >= p.length + 4);

/** The titles, each as its words, the question writes after its verb, capitalised and opened by a title word. */
export function objectRoles(focus: QuestionFocus): readonly (readonly string[])[] {
  if (focus.kind !== 'who') return [];
  const verb = focus.terms.findIndex((t) => !focus.names.has(t) && isVerb(t));
  if (verb < 0) return [];
  return focus.nameRuns.filter(
    (r) =>
      r.words.length >= 2 &&
      lexicon.titleWords.has(r.words[0]!) &&
      focus.terms.indexOf(r.words[0]!) > verb &&
      !(r.before !== undefined && (lexicon.predicates.has(r.before) || lexicon.playsAs.has(r.before))),
  ).map((r) => r.words);
}

/** The first words of the spans written right after one of these titles (objectRoles; a comma between or not). */
export function objectHolders(words: readonly Word[], spans: readonly NameSpan[], roles: readonly (readonly string[])[]): Set<number> {
  const out = new Set<number>();
  for (const role of roles) {
    for (const [, last] of occurrences(words, role)) {
      const next = words[last + 1]?.text === ',' ? last + 2 : last + 1;
      const held = spans.find((s) => (s.nameFirst ?? s.first) === next || s.first === next);
      if (held) out.add(held.first);
    }
  }
  return out;
}
