// Does the passage at an answer agree with the question's cues (answer/support.ts reads through it)?
// The event word nearest the answer is the one the question asks about, not its opposite ("lahir:
// 22 Januari 1263 – wafat: 26 September 1328" answers "Kapan X wafat?" with 1328, never 1263); an
// ordinal written beside the question's noun or verb is the question's own ("Adipati X pertama" is
// no answer to "Siapa Adipati X terakhir?"); an event written as another of its kind ("banjir serupa",
// "the previous strike") is not the one asked about; a name numbered otherwise is another ("World War
// I" of "Second World War"); an English question's asked verb done by another full name at the
// answer is another person's event; and a word written otherwise in its own slot (slots.ts).
import { affixedForm, clauseJoins, recordWords, sinceWords, startWords, spanWords, conceptsOf, conceptWordsOf, frameWords, impliedOrdinals, isFalseFriendOfAny, opposedConceptsOf, oppositesOf, ordinalWords, otherInstances } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { allSupportTables } from '../lang/support.js';
import { fold } from '../text/normalize.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { doneToAnotherAtAnswer, listedWithAtAnswer } from './other-object.js';
import { otherModifierAtAnswer, swappedEnds } from './slots.js';
export { opposedBeside, otherInSlot } from './slots.js';
import { sameOrTypo, says } from './written.js';

/** Words before the answer, and after it, within which an event word tells what the answer is of. */
const BEFORE = 12;
const AFTER = 6;

/** Words that bound a span of time ("sejak", "hingga"; "since", "until"): what stands before them is another end of it. */
const rangeWords: ReadonlySet<string> = new Set([...startWords, ...spanWords]);

/** A mark or a word that closes the answer's clause after it (a dash to another date, a bracket, "dan"); a comma does not. */
const closesAfter = (w: Word): boolean => (w.mark && w.text !== ',' && w.text !== ':') || clauseJoins.has(w.norm);
/** A mark that opens the answer's clause before it: a bracket, a dash from another date ("lahir 1901 – 1968"), a semicolon. */
const opensBefore = (w: Word): boolean => w.mark && /[()[\];–—-]/u.test(w.text);

/** The concepts a passage word writes, none for a false friend ("meninggalkan" tells no death, "seusai" no end). */
const eventConcepts = (w: Word): readonly string[] => (w.mark || isFalseFriendOfAny(w.norm) ? [] : conceptsOf(w.norm));

/**
 * Question words whose opposite event the passage tells at the answer: of the words of the asked
 * event and of its opposites, the nearest to the answer in its clause — before it up to a word or
 * mark that bounds a span ("mulai April hingga Juni", "lahir 1901 – 1968" tell of no start at June
 * or 1968), after it up to a mark other than a comma or a word joining
 * another clause ("pada 1644 dinasti itu runtuh"; not "1920 dan meninggal") — is an
 * opposite's (the one before it on a tie).
 */
export function opposedAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] {
  const sentence = words[first]!.sentence;
  const out: string[] = [];
  for (const term of focus.terms) {
    const opposed = frameWords.has(term) ? [] : opposedConceptsOf(term);
    if (opposed.length === 0) continue;
    const own = conceptsOf(term);
    /** Is this word of the asked event (true), of an opposite (false), or neither? */
    const side = (w: Word): boolean | undefined => {
      const keys = eventConcepts(w);
      const isOwn = keys.some((k) => own.includes(k)) || (!w.mark && affixedForm(term, w.norm));
      const isOpposite = keys.some((k) => opposed.includes(k));
      return isOwn === isOpposite ? undefined : isOwn;
    };
    let before: { d: number; own: boolean } | undefined;
    let bounded = false;
    for (let i = first - 1; i >= Math.max(0, first - BEFORE) && words[i]!.sentence === sentence; i--) {
      if (rangeWords.has(words[i]!.norm) || opensBefore(words[i]!)) {
        bounded = true;
        break;
      }
      const own = side(words[i]!);
      if (own !== undefined) {
        before = { d: first - i, own };
        break;
      }
    }
    if (bounded) continue;
    let after: { d: number; own: boolean } | undefined;
    for (let i = last + 1; i <= Math.min(words.length - 1, last + AFTER) && words[i]!.sentence === sentence && !closesAfter(words[i]!); i++) {
      const own = side(words[i]!);
      if (own !== undefined) {
        after = { d: i - last, own };
        break;
      }
    }
    const nearest = before && after ? (after.d < before.d ? after : before) : (before ?? after);
    if (nearest?.own === false) out.push(term);
  }
  return out;
}

/** Two ordinals that say the same ("kedua" and "ii" and "second"; "pertama" and "perdana"). */
const sameOrdinal = (a: string, b: string): boolean =>
  a === b || b === `${a}nya` || (impliedOrdinals.has(a) && impliedOrdinals.has(b.replace(/nya$/, ''))) || conceptWordsOf(a).includes(b);

const ordinalOf = (w: Word | undefined): string | undefined =>
  w === undefined || w.mark ? undefined : ordinalWords.has(w.norm) ? w.norm : ordinalWords.has(w.norm.replace(/nya$/, '')) ? w.norm.replace(/nya$/, '') : undefined;

/** The ordinals written beside a word (one of the question's `heads`, or any across languages) in the few words right before the answer, in its sentence. */
function ordinalBeforeAnswer(words: readonly Word[], first: number, heads: readonly (string | undefined)[], anyHead: boolean): string[] {
  const isHead = (w: Word | undefined): boolean => w !== undefined && !w.mark && (anyHead ? !ordinalWords.has(w.norm) : heads.some((h) => h !== undefined && !ordinalWords.has(h) && (w.norm === h || affixedForm(h, w.norm))));
  for (let i = first - 1; i >= Math.max(0, first - 4) && words[i]!.sentence === words[first]!.sentence && !words[i]!.mark; i--) {
    const found = ordinalOf(words[i]);
    if (found !== undefined) return isHead(words[i - 1]) || isHead(words[i + 1]) ? [found] : [];
  }
  return [];
}

/**
 * The question's ordinals the passage writes otherwise: beside the question word next to the
 * ordinal ("Orkney" of "Adipati Orkney terakhir", "beroperasi" of "terakhir beroperasi"), on the
 * same side and two words away at most, the passage writes other ordinals and never this one.
 */
export function otherOrdinals(focus: QuestionFocus, words: readonly Word[], first?: number): string[] {
  const terms = focus.terms.filter((t) => !frameWords.has(t));
  const out: string[] = [];
  const sentence = first === undefined ? undefined : words[first]?.sentence;
  terms.forEach((ordinal, k) => {
    if (!ordinalWords.has(ordinal)) return;
    // The answer told right after another one of the asked kind ("… setelah kebakaran pertama pada <date>"): of that one.
    if (first !== undefined && ordinalBeforeAnswer(words, first, [terms[k - 1], terms[k + 1]], !words.some((w) => w.norm === terms[k - 1] || w.norm === terms[k + 1])).some((o) => !sameOrdinal(ordinal, o))) {
      out.push(ordinal);
      return;
    }
    let agrees = false;
    let differs = false;
    for (const [head, after] of [[terms[k - 1], true], [terms[k + 1], false]] as const) {
      if (head === undefined || ordinalWords.has(head) || /\p{N}/u.test(head)) continue;
      words.forEach((w, i) => {
        if (w.mark || !(w.norm === head || affixedForm(head, w.norm))) return;
        for (const j of after ? [i + 1, i + 2] : [i - 1, i - 2]) {
          const x = words[j];
          if (x === undefined || x.mark) break;
          const found = ordinalOf(x);
          if (found === undefined) continue;
          if (sameOrdinal(ordinal, found)) agrees = true;
          // A first one is told apart only from a last ("juara kedua" beside no "juara pertama" leaves the winner the first),
          // or from another told before the answer in its own sentence ("Pada putaran kedua, <Name> menang").
          else if (!impliedOrdinals.has(ordinal) || oppositesOf(ordinal).includes(found) || (x.sentence === sentence && j < first!)) differs = true;
          break;
        }
      });
    }
    if (differs && !agrees) out.push(ordinal);
  });
  return out;
}

/**
 * Question words the answer's sentence (or the one before it) writes only as another of their kind,
 * with a word such as "serupa", "sebelumnya", "similar", "previous" beside them: "banjir serupa
 * terakhir terjadi pada Januari 2020" does not tell when the flood asked about happened. A question
 * that itself asks about another ("Kapan banjir serupa terjadi?") agrees.
 */
export function otherInstanceAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number): string[] {
  if (focus.terms.some((t) => otherInstances.has(t))) return [];
  const sentence = words[first]!.sentence;
  // A word of another at `at`; "serupa dengan", "similar to" compares this one with another: no mark of another.
  const marks = (at: number): boolean => {
    const x = words[at];
    const after = words[at + 1];
    return x !== undefined && !x.mark && otherInstances.has(x.norm) && !(after !== undefined && !after.mark && lexicon.stopWords.has(after.norm));
  };
  const out: string[] = [];
  for (const term of focus.terms) {
    if (frameWords.has(term) || focus.names.has(term)) continue;
    let other = false;
    let plain = false;
    words.forEach((w, i) => {
      if (w.mark || w.sentence > sentence || w.sentence < sentence - 1 || !(w.norm === term || affixedForm(term, w.norm))) return;
      const marked = marks(i - 1) || marks(i + 1);
      if (marked) other = true;
      else plain = true;
    });
    if (other && !plain) out.push(term);
  }
  return out;
}

/**
 * Do the words of a sentence before a date end with "since" after a record word: "the worst
 * floods since", "banjir terparah sejak (tahun)"? Then the date tells when an earlier one was.
 */
function sinceARecord(before: readonly Pick<Word, 'norm' | 'mark' | 'cap'>[]): boolean {
  const last = before.length - 1;
  // "Since" right before the date, or before a lower-case word of it ("sejak tahun 2015").
  const opener = [before[last], before[last - 1]].findIndex((w) => w !== undefined && !w.mark && sinceWords.has(w.norm));
  if (opener < 0 || (opener === 1 && (before[last]!.mark || before[last]!.cap))) return false;
  return before.slice(0, last - opener).some((w) => !w.mark && recordWords.has(w.norm));
}

/** Does the question ask of a start ("sejak", "mulai", "since") or of the record itself ("terparah", "first")? Then the earlier one may be what it asks of. */
export const asksOfEarlier = (words: Iterable<string>): boolean => [...words].some((w) => startWords.has(w) || recordWords.has(w));

/**
 * Does a date tell when an earlier one than the question's event was, by the words of its sentence
 * before and after it: "since" after a record word ("the worst floods since December 2015", "banjir
 * terparah sejak 2015"), and none of the question's words after it ("…, when Storm X struck" tells
 * when the storm was)?
 */
export function datesAnEarlierOne(before: readonly Pick<Word, 'norm' | 'mark' | 'cap'>[], after: readonly Pick<Word, 'norm' | 'mark'>[], terms: readonly string[]): boolean {
  return sinceARecord(before) && !after.some((w) => !w.mark && terms.includes(w.norm) && !frameWords.has(w.norm));
}

/** The question's event where the answer is a date that only tells when an earlier one was (datesAnEarlierOne), unless the question asks of that one. */
export function earlierAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number): string[] {
  if (focus.kind !== 'when' || asksOfEarlier(focus.words)) return [];
  const own = words.filter((w) => w.sentence === words[first]!.sentence);
  const at = own.indexOf(words[first]!);
  if (!datesAnEarlierOne(own.slice(0, at), own.slice(at + 1), focus.terms)) return [];
  const term = focus.terms.find((t) => !frameWords.has(t) && !focus.names.has(t));
  return term !== undefined ? [term] : [];
}

/**
 * The names of an English question whose asked verb the answer's sentence gives to another full
 * name: "When did Henry Ware die?" of "… David Tappan died in 1803 …" (the verb nearest the answer
 * in its sentence, else in the one before) — another person did the asked thing. A doer among
 * several ("X and Y died") may be the asked one. Only a name of two words or more
 * written right before the asked verb, and only where the sentence writes a name of two capitalised
 * words or more right before that verb; passives read alike on both sides ("When was X elected?",
 * "Y was elected"), and the asked name right after the verb is its object ("Y elected X").
 */
export function otherDoerAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number): string[] {
  if (focus.kind === 'who') return [];
  const sentence = words[first]!.sentence;
  const out: string[] = [];
  for (const run of focus.nameRuns) {
    const k = focus.terms.indexOf(run.words[run.words.length - 1] ?? '');
    const verb = focus.terms[k + 1];
    // The asked verb, or a participle after "was X" ("When was X elected?").
    const asked = verb !== undefined && (focus.verbs.has(verb) || (run.before !== undefined && lexicon.passiveAuxiliaries.has(run.before) && run.after === verb));
    if (run.words.length < 2 || k < 0 || !asked) continue;
    // The asked verb nearest the answer in its sentence, else in the sentence before.
    const verbAt = (within: number): number => {
      let at = -1;
      words.forEach((w, i) => {
        if (w.sentence !== within || w.mark || !(w.norm === verb || affixedForm(verb, w.norm) || says(verb, [w]))) return;
        if (at < 0 || Math.abs(i - first) < Math.abs(at - first)) at = i;
      });
      return at;
    };
    const inSentence = verbAt(sentence);
    const at = inSentence >= 0 ? inSentence : verbAt(sentence - 1);
    if (at < 0) continue;
    const verbSentence = words[at]!.sentence;
    // "Y elected X as chair" answers "When was X elected?": the asked name right after the verb is its object.
    if (words.slice(at + 1, at + 4).some((w) => !w.mark && run.words.includes(w.norm))) continue;
    let j = at - 1;
    while (j >= 0 && words[j]!.sentence === verbSentence && !words[j]!.mark && lexicon.betweenDoerAndVerb.has(words[j]!.norm)) j--;
    let capitals = 0;
    // A sentence's first word is a name's only past none of the function words ("Henry Ware was elected", not "When David died").
    const capital = (w: Word): boolean => w.sentence === verbSentence && !w.mark && w.cap && (!w.initial || !lexicon.stopWords.has(w.norm));
    while (j - capitals >= 0 && capital(words[j - capitals]!)) capitals++;
    const doer = words.slice(j - capitals + 1, j + 1);
    // "X and Y died", "X, Y and Z were elected": the asked name may be one of several doers.
    const joined = words[j - capitals];
    const coordinated = joined !== undefined && joined.sentence === verbSentence && (joined.text === ',' || joined.norm === 'and');
    if (capitals >= 2 && !coordinated && !doer.some((w) => run.words.includes(w.norm))) out.push(run.words.join(' '));
  }
  return out;
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
/** "second" → 2, "kedua" → 2: the ordinals of the tables by their place in them (up to the tenth). */
const ordinalNumber = new Map(allSupportTables.flatMap((t) => t.ordinals.slice(0, 10).map((w, i) => [fold(w), i + 1] as const)));
const numberOf = (w: Word | undefined, roman: boolean): number => (w === undefined || w.mark ? 0 : roman ? ROMAN.indexOf(w.norm) + 1 : (ordinalNumber.get(w.norm) ?? 0));

/**
 * "World War I" of a passage writing only "Second World War" or "World War II": a name numbered
 * otherwise is another one. The number as a Roman numeral after the name or an ordinal before it.
 */
export function numberSwapped(run: readonly string[], words: readonly Word[]): boolean {
  if (run.length < 2) return false;
  const last = ROMAN.indexOf(run[run.length - 1]!) + 1;
  const first = ordinalNumber.get(run[0]!) ?? 0;
  const n = last || first;
  if (n === 0) return false;
  const stem = last > 0 ? run.slice(0, -1) : run.slice(1);
  let agrees = false;
  let differs = false;
  words.forEach((_, i) => {
    if (!stem.every((s, k) => words[i + k] !== undefined && !words[i + k]!.mark && sameOrTypo(s, words[i + k]!.norm))) return;
    const written = numberOf(words[i + stem.length], true) || numberOf(words[i - 1], false);
    if (written === n) agrees = true;
    else if (written > 0) differs = true;
  });
  return differs && !agrees;
}

/** The question's names the passage at the answer gives to another thing: another doer, another thing done by the answer or listed with it, another modifier before the same head, the two ends of a way swapped. */
export const otherNamesAtAnswer = (focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] => [
  ...otherDoerAtAnswer(focus, words, first),
  ...doneToAnotherAtAnswer(focus, words, first),
  ...listedWithAtAnswer(focus, words, first, last),
  ...otherModifierAtAnswer(focus, words, first, last),
  ...swappedEnds(focus, words, first, last),
  ...sourceOnlyAtAnswer(focus, words, first, last),
];

/**
 * A where-question's name the passage at the answer writes only as the source of what it says:
 * "Where is the X Association located?" of "According to the X Association, this makes it the
 * largest library in Y" — Y is where the library is, not the association ("menurut X" likewise).
 */
export function sourceOnlyAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] {
  if (focus.kind !== 'where') return [];
  const sentence = words[first]!.sentence;
  const out: string[] = [];
  for (const run of focus.nameRuns) {
    let source = false;
    let other = false;
    words.forEach((w, i) => {
      if (w.mark || w.sentence < sentence - 1 || w.sentence > words[last]!.sentence || !sameOrTypo(run.words[0]!, w.norm)) return;
      // Past an article: "according to the X".
      const j = i - 1 - (i > 0 && lexicon.determiners.has(words[i - 1]!.norm) ? 1 : 0);
      const opens = [1, 2, 3].some((n) => j - n + 1 >= 0 && lexicon.accordingTo.matchAt(words, j - n + 1, j) === n);
      if (opens) source = true;
      else other = true;
    });
    if (source && !other) out.push(run.words.join(' '));
  }
  return out;
}
