// Does a passage deny what a question asks (answer/support.ts reads through it)? A negation before a
// question word, past auxiliaries ("tidak pernah menulis", "did not ever write"), denies it: at the
// answer, a passage that negates what the question says does not answer it ("tidak sepakat" for
// "Siapa yang sepakat …?"); elsewhere in the paragraph, a negation of the asked word that the
// answer's own sentences do not say otherwise contradicts the weaker passage the answer was read
// from ("Ia juga tidak berhak mengikuti Sinode" for "Siapa yang berhak mengikuti Sinode?"). A
// negated event dated by "hingga", "until" ("tidak dirilis hingga 2005") is told, not denied.
import { allNegationWords } from '../lang/negation-words.js';
import { affixedForm, frameWords, negationWords } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { fold } from '../text/normalize.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { says } from './written.js';

const listOf = (pick: (t: (typeof allNegationWords)[number]) => readonly string[]): ReadonlySet<string> => new Set(allNegationWords.flatMap((t) => pick(t).map(fold)));
const notOnly = listOf((t) => t.notOnly);
const notNegating = listOf((t) => t.notNegating);
const auxiliaries = listOf((t) => t.auxiliaries);
const until = listOf((t) => t.until);

/** Words after a negated event within which "hingga", "until" dates it. */
const DATED_WITHIN = 6;

export const isNegation = (w: Word): boolean => !w.mark && (negationWords.has(w.norm) || w.norm.endsWith("n't"));

/** Is this negation a title's or a name's word ("Fish Don't Cry", "Never Let Me Go", "Tak Bai"), capitalised before a capitalised word? */
const inTitle = (w: Word, next: Word | undefined): boolean => w.cap && next !== undefined && next.cap;

/** Content words of the question a negation may deny: no framing word, function word or number. */
const deniable = (focus: QuestionFocus): string[] => focus.terms.filter((t) => !frameWords.has(t) && !lexicon.stopWords.has(t) && !/\p{N}/u.test(t));

/**
 * The positions (in `plain`) of the words each negation of these words denies, past auxiliaries
 * and an article ("does not have a codified …"): none for "tidak hanya", "belum lagi", a negation
 * in a title, or an event a negation dates ("tidak dirilis hingga 2005", "did not open until 1990").
 */
function deniedAt(plain: readonly Word[]): number[] {
  const out: number[] = [];
  plain.forEach((w, i) => {
    const next = plain[i + 1]?.norm ?? '';
    if (!isNegation(w) || notOnly.has(next) || notNegating.has(`${w.norm} ${next}`) || inTitle(w, plain[i + 1])) return;
    let j = i + 1;
    while (j < i + 4 && (auxiliaries.has(plain[j]?.norm ?? '') || lexicon.determiners.has(plain[j]?.norm ?? ''))) j++;
    // "Tidak dirilis hingga 2005", "did not open until 1990": the event is dated, not denied.
    const dated = plain.slice(j + 1, j + 1 + DATED_WITHIN).some((x) => x.sentence === plain[j]?.sentence && until.has(x.norm));
    // A negation ends with its sentence: "the talks failed. Lorem arrived …" denies nothing of Lorem.
    if (j < plain.length && plain[j]!.sentence === w.sentence && !dated) out.push(j);
  });
  return out;
}

/**
 * Does the window negate a word the question says ("tidak menciptakan" for "Siapa yang menciptakan
 * …?", "tidak sepakat" for "Siapa yang sepakat …?")? Any content word of the question as written or
 * affixed; for a negated question also said in other words ("Who was not exempt …?" needs "not
 * exempt" there).
 */
export function negatesAQuestionWord(focus: QuestionFocus, window: readonly Word[], anyWord = false): boolean {
  const plain = window.filter((w) => !w.mark);
  const terms = deniable(focus);
  // The question's own word negated, as written or with affixes ("tidak menciptakan"); not a root it shares ("tak laku").
  return deniedAt(plain).some((j) => terms.some((t) => affixedForm(t, plain[j]!.norm) || (anyWord && says(t, [plain[j]!]))));
}

/**
 * The question word a negation elsewhere in the paragraph denies, where the answer's sentences
 * (`window`) do not write that word: "Siapa yang berhak mengikuti Sinode?" is not answered from the
 * sentence that names an office when another says "Ia juga tidak berhak mengikuti Sinode". A
 * negated question, a name of the question and an event dated by a negation ("tidak dirilis hingga
 * 2005", "did not open until 1990") are no denial. Undefined when nothing is denied.
 */
export function deniedElsewhere(focus: QuestionFocus, words: readonly Word[], window: readonly Word[]): string | undefined {
  if (focus.negated) return undefined;
  const inWindow = new Set(window);
  const terms = deniable(focus).filter((t) => !focus.names.has(t) && !says(t, window));
  if (terms.length === 0) return undefined;
  const plain = words.filter((w) => !w.mark);
  for (const j of deniedAt(plain)) {
    const w = plain[j]!;
    if (inWindow.has(w)) continue;
    const term = terms.find((t) => affixedForm(t, w.norm));
    if (term !== undefined) return term;
  }
  return undefined;
}
