// A who-question asks the doer of a verb done to what it names ("Siapa pencipta serial Ipsum?",
// "Who founded the Ipsum Company?"). An answer written as the doer of that verb done to another named
// thing — "serial Lorem yang juga diciptakan oleh <X>", "the Lorem Company, which was founded by
// <X>" — did the asked thing to something else: the passage gives the question's name another doer
// or none, never this one (answer/support.ts reads it as a name the passage contradicts).
import { allTables } from '../lang/index.js';
import { exclusionWords } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { gazetteerEntryOf } from '../text/known-names.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { asksOfKin } from './relatives.js';
import { similarity } from './similarity.js';
import { sameOrTypo, writesRunAt } from './written.js';

/** Words, at most, from the agent marker to the answer ("oleh perusahaan permainan video <X>"). */
const MARKER_REACH = 6;

/** Words, at most, from the passive verb to the agent marker ("diciptakan pada 1990 oleh"). */
const VERB_REACH = 3;

/** Words opening a relative clause ("yang"; "which", "who"). */
const relativeWords = new Set(allTables.flatMap((t) => t.answerWords?.relativeWords ?? []));

/** Function words, at most, between the relative word and the passive verb ("yang juga", "which was"). */
const AUX_REACH = 2;

/** The question's words that may name its verb: no name, no word of its context. */
const askedWords = (focus: QuestionFocus): string[] => focus.terms.filter((t) => !focus.names.has(t) && !focus.context.has(t));

const passive = (w: Word): boolean => !w.mark && !w.cap && (lexicon.passivePrefixes.some((p) => w.norm.startsWith(p) && w.norm.length > p.length + 3) || /(?:ed|en|wn)$/.test(w.norm));

/**
 * The capitalised words of the thing a relative clause right before the agent marker at `m` is said
 * of, when its passive verb is one the question asks: "serial Lorem yang juga diciptakan oleh" → Lorem.
 */
function thingBefore(words: readonly Word[], m: number, focus: QuestionFocus): Word[] {
  const asked = askedWords(focus);
  let j = m - 1;
  while (j >= 0 && m - j <= VERB_REACH && !words[j]!.mark && !words[j]!.cap && !passive(words[j]!)) j--;
  const verb = words[j];
  if (verb === undefined || !passive(verb) || !asked.some((t) => similarity(t, verb) > 0)) return [];
  let k = j - 1;
  while (k >= 0 && j - k <= AUX_REACH && !words[k]!.mark && !words[k]!.cap && !relativeWords.has(words[k]!.norm) && lexicon.stopWords.has(words[k]!.norm)) k--;
  if (k < 0 || !relativeWords.has(words[k]!.norm)) return [];
  // "Lorem, which was founded by": a comma may close the name.
  let end = k - 1;
  if (words[end]?.text === ',') end--;
  const run: Word[] = [];
  for (let i = end; i >= 0 && !words[i]!.mark && words[i]!.cap && words[i]!.sentence === verb.sentence; i--) run.unshift(words[i]!);
  return run;
}

/**
 * The question's names whose asked verb the passage, right before the answer (words `first`…), does
 * to another named thing: "<Other> yang di<verb> oleh <answer>". Only a question that names what the
 * verb is done to, and a thing of the kind the question names ("serial Lorem yang diciptakan oleh
 * <X>" for "Siapa pencipta serial Ipsum?"; the thing a company was before, however named, may be
 * the one asked), a name of its own: no place ("perusahaan Amerika Serikat yang didirikan oleh" says
 * where the company is), no word the question writes.
 */
export function doneToAnotherAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number): string[] {
  if (focus.kind !== 'who' || focus.nameRuns.length === 0) return [];
  const sentence = words[first]!.sentence;
  let m = first - 1;
  while (m >= 0 && first - m <= MARKER_REACH && words[m]!.sentence === sentence && !words[m]!.mark && !lexicon.agentMarkers.has(words[m]!.norm)) m--;
  const marker = words[m];
  if (marker === undefined || marker.mark || marker.sentence !== sentence || !lexicon.agentMarkers.has(marker.norm)) return [];
  const thing = thingBefore(words, m, focus);
  if (thing.length === 0 || thing.some((w) => w.initial || lexicon.pronouns.has(w.norm) || lexicon.stopWords.has(w.norm) || lexicon.demonyms.has(w.text))) return [];
  if (thing.some((w, i) => gazetteerEntryOf(thing.slice(i).map((x) => x.text).join(' ')) !== undefined)) return [];
  if (thing.some((w) => focus.terms.some((t) => similarity(t, w) > 0))) return [];
  // Another of the kind the question names: the same noun before both names ("serial Lorem" for "serial Ipsum").
  const kind = words[words.indexOf(thing[0]!) - 1];
  if (kind === undefined || kind.mark || kind.cap) return [];
  return focus.nameRuns.filter((r) => r.before !== undefined && focus.terms.includes(r.before) && sameOrTypo(r.before, kind.norm)).map((r) => r.words.join(' '));
}

/** A capitalised word of `sentence` that writes the wanted word, or a slip of it. */
const capitalisedIn = (sentence: number) => (w: Word, want: string): boolean => w.cap && w.sentence === sentence && sameOrTypo(want, w.norm);

/** Marks and joiners, at most, between two items of a list ("Lorem, dan Ipsum"). */
const JOIN_REACH = 2;

const joins = (w: Word | undefined): boolean => w !== undefined && ((w.mark && w.text === ',') || (!w.mark && lexicon.listJoiners.has(w.norm)));

/**
 * Is the list the words at `first` stand in introduced as one ("di antaranya", "seperti", "including"):
 * its items, back from `first`, follow such words. "Wakil Lorem untuk Ipsum, <X>, dan …" is an apposition.
 */
function introduced(words: readonly Word[], first: number): boolean {
  const sentence = words[first]!.sentence;
  let i = first - 1;
  for (;;) {
    while (i >= 0 && joins(words[i]) && words[i]!.sentence === sentence) i--;
    if (i < 0 || words[i]!.mark || !words[i]!.cap || words[i]!.sentence !== sentence) break;
    while (i >= 0 && !words[i]!.mark && words[i]!.cap && words[i]!.sentence === sentence) i--;
    if (!joins(words[i])) break;
  }
  return [1, 2].some((k) => i - k + 1 >= 0 && (lexicon.listIntroducers.matchAt(words, i - k + 1, i) === k || lexicon.exampleWords.matchAt(words, i - k + 1, i) === k));
}

/**
 * The question's names the answer (words `first`…`last`) is listed with: "karya-karyanya, di antaranya
 * <Name>, Lorem, dan Ipsum" for "Siapa penulis <Name>?" — Lorem and Ipsum are other things of the same
 * kind as the asked one, not its doer. Not for a relative asked ("Siapa istri Lorem?" of "Lorem dan
 * Ipsum menikah"), where the one listed beside the name may be the one asked.
 */
export function listedWithAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] {
  // "Dengan siapa …?" asks a partner, who is listed beside the name; "selain <Name>" asks another of its list.
  if (focus.kind !== 'who' || asksOfKin(focus) || focus.preposition !== undefined) return [];
  const sentence = words[first]!.sentence;
  // A list, not an apposition ("Ketua Lorem, <X>,"): a joiner before the answer, after it, or after the next item.
  let b = first - 1;
  while (b >= 0 && first - 1 - b < JOIN_REACH && joins(words[b])) b--;
  let a = last + 1;
  while (a < words.length && a - last - 1 < JOIN_REACH && joins(words[a])) a++;
  const joiner = (from: number, to: number): boolean => words.slice(from, to + 1).some((w) => !w.mark && lexicon.listJoiners.has(w.norm));
  const listed = joiner(b + 1, first - 1) || joiner(last + 1, a - 1) || joiner(first, last);
  if (!listed || !introduced(words, first)) return [];
  const out: string[] = [];
  for (const run of focus.nameRuns) {
    if ((run.before !== undefined && exclusionWords.has(run.before)) || run.words.some((w) => lexicon.titles.has(w) || lexicon.titleWords.has(w))) continue;
    const before = b < first - 1 && writesRunAt(words, b, -1, run.words, capitalisedIn(sentence));
    const after = a > last + 1 && writesRunAt(words, a, 1, run.words, capitalisedIn(sentence));
    if (before || after) out.push(run.words.join(' '));
  }
  return out;
}
