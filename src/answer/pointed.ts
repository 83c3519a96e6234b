// The names a who-question's role word points at: written right beside the name, before it
// ("Arsitek gedung ini bernama <X>") or joined after it by a bracket, a comma or a linking word
// ("<X> sebagai presiden pertama", "<X>, vokalis …"). Such a name weighs more than one that only
// stands near the question's words.
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import { termSimilarity } from '../text/similarity.js';
import { partsOf, type ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';

/** How much more a name weighs that the question's role points at: written right beside it. */
export const POINTED_WEIGHT = 1.5;

/** Words, at most, between a name and the role before it that points at it. */
const POINT_REACH = 4;

/** Words that join a name to the role written after it ("sebagai", "adalah", "yang menjadi"; "as", "was"). */
const linkWords = new Set([...lexicon.playsAs, ...lexicon.predicates]);

/** A question word that names what someone is: a title or role ("arsitek", "raja"), a relation ("istri"), a doer ("penemu"). */
const namesSomeone = (term: string): boolean =>
  lexicon.titleWords.has(term) || lexicon.personMarkers.has(term) || (/^pe[mnl]/.test(term) && term.length >= 6 && !/an$/.test(term) && !lexicon.stopWords.has(term));

/**
 * The first words of the spans that a role word of the question stands right beside, within a
 * clause: before the name ("Arsitek monumen ini bernama <X>", "penulis <X>", "Raja pertama adalah
 * <X>") or after it, joined by a bracket, a comma or a linking word ("<X> (vokal, gitar)", "<X>
 * sebagai presiden pertama", "<X>, pendiri …"). Another name, a mark or "dan" between them breaks the link.
 */
export function pointedStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): Set<number> {
  const out = new Set<number>();
  const own = (t: string): boolean => !focus.names.has(t) && !focus.context.has(t);
  const asked = focus.terms.filter((t) => own(t) && namesSomeone(t));
  // "Siapa yang menulis …?": the doer's noun of the asked verb ("penulis") names its doer; the verb itself names no one.
  const verbs = focus.terms.filter((t) => own(t) && !namesSomeone(t) && lexicon.verbPrefixes.some((p) => t.startsWith(p) && t.length >= p.length + 4));
  if (asked.length === 0 && verbs.length === 0) return out;
  // The word itself or an affixed form ("penulis" for "menulis"), not a word of its concept: "pembuat" is no "arsitek".
  const says = (v: Word): boolean =>
    partsOf(v.norm).some((p) => asked.some((t) => termSimilarity(t, p) > 0) || (namesSomeone(p) && verbs.some((t) => termSimilarity(t, p) > 0)));
  const taken = new Set<number>();
  for (const s of spans) for (let i = s.nameFirst ?? s.first; i <= s.last; i++) taken.add(i);
  for (const s of spans) {
    const sentence = words[s.first]!.sentence;
    // A title the answer keeps before the name ("Raja Lorem") is a role word beside it all the same.
    const name = s.nameFirst ?? s.first;
    let found = false;
    for (let j = name - 1; j >= 0 && name - j <= POINT_REACH && !found; j--) {
      const v = words[j]!;
      if (v.sentence !== sentence || v.mark || taken.has(j) || lexicon.connectors.has(v.norm)) break;
      found = says(v);
    }
    for (let j = s.last + 1; j < words.length && j - s.last <= POINT_REACH && !found; j++) {
      const v = words[j]!;
      if (v.sentence !== sentence || taken.has(j)) break;
      if (v.mark ? v.text === '(' || v.text === ',' : linkWords.has(v.norm)) continue;
      found = says(v);
      break;
    }
    if (found) out.add(s.first);
  }
  return out;
}

/** Words, at most, of a description written right before a name. */
const DESCRIPTION_REACH = 6;
/** Content words, at least, of a description the question repeats. */
const DESCRIPTION_WORDS = 2;

/**
 * The first words of the spans written right after a description the question repeats word for
 * word, set off by a comma or not ("… dan warga negara Lorem asal Ipsum, <X>" for "Siapakah warga
 * negara Lorem asal Ipsum yang …?", "peraih medali perak ganda putra <X>"): two content words or
 * more, every one of them the question's, back to a mark, a joiner or another name.
 */
export function describedStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): Set<number> {
  const out = new Set<number>();
  const taken = new Set<number>();
  for (const s of spans) for (let i = s.first; i <= s.last; i++) taken.add(i);
  for (const s of spans) {
    const sentence = words[s.first]!.sentence;
    let j = s.first - 1;
    if (words[j]?.text === ',') j--;
    let content = 0;
    let other = false;
    for (let n = 0; j >= 0 && n < DESCRIPTION_REACH; j--, n++) {
      const v = words[j]!;
      if (v.sentence !== sentence || v.mark || taken.has(j) || lexicon.listJoiners.has(v.norm)) break;
      if (lexicon.stopWords.has(v.norm)) break;
      if (focus.words.has(v.norm) && !focus.names.has(v.norm)) content++;
      else if (!focus.words.has(v.norm)) {
        other = true;
        break;
      }
    }
    if (!other && content >= DESCRIPTION_WORDS) out.add(s.first);
  }
  return out;
}
