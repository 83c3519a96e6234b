// The doer of the verb a who-question asks about, as the passage writes it: after the passive verb
// and an agent marker ("didirikan oleh <X>", "was founded by <X>"). Such a name weighs more than one
// that only stands near the question's words.
import { allTables } from '../lang/index.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { similarity } from './similarity.js';
import { gazetteerEntryOf } from '../text/known-names.js';
import type { NameSpan } from './name-answers.js';

const repeatWords = new Set(allTables.flatMap((t) => t.answerWords?.repeatWords ?? []));

/** How much more the doer of the question's verb weighs than another name beside the question's words. */
export const DOER_WEIGHT = 1.75;

/**
 * The first words of the spans that name the doer of a verb the question asks about, written after
 * it and an agent marker: "didirikan pada tahun 1939 oleh <X>", "diciptakan oleh seseorang bernama
 * <X>", "was founded by <X>". The marker stands at most a few words after the verb, and the doer at
 * most a few lower-case words or a comma after the marker.
 */
export function doerStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus, otherThing?: (marker: number) => boolean): Set<number> {
  const out = new Set<number>();
  const asked = focus.terms.filter((t) => !focus.names.has(t) && !focus.context.has(t));
  const says = (v: Word | undefined): boolean => v !== undefined && !v.mark && !v.cap && asked.some((t) => similarity(t, v) > 0);
  words.forEach((w, i) => {
    if (w.mark || !lexicon.agentMarkers.has(w.norm)) return;
    let verb = false;
    for (let j = i - 1; j >= 0 && i - j <= 6 && words[j]!.sentence === w.sentence && !verb; j--) {
      const v = words[j]!;
      // "dinyanyikan kembali oleh <X>": who did it again is not who did it first.
      if (says(v) && passive(v.norm) && !repeatWords.has(words[j + 1]?.norm ?? '')) verb = true;
    }
    // "the founding of <Y> in 1928 by <X>": the act named by its noun, further back.
    for (let j = i - 1; j >= 0 && i - j <= NOUN_REACH && words[j]!.sentence === w.sentence && !verb; j--) {
      const v = words[j]!;
      if (says(v) && actNoun(v.norm) && words[j - 1]?.norm === 'the') verb = true;
    }
    if (!verb || (otherThing !== undefined && otherThing(i))) return;
    const after = spans.filter((s) => s.first > i && s.first - i <= 10 && words[s.first]!.sentence === w.sentence);
    const span = after[0];
    if (!span || !(words.slice(i + 1, span.first).every((b) => (b.mark ? b.text === ',' : !b.cap)) || titledFrom(words, i + 1, span))) return;
    // "oleh lulusan <School> <Person>": the school says where the doer comes from.
    const person = span.kind === 'organisation' ? after.find((s) => s.kind === 'person' && s.first - span.last <= 4) : undefined;
    out.add((person ?? span).first);
  });
  // "sisanya dipegang <X>": an Indonesian passive verb followed by its doer with no marker, for a
  // question asking it in the active ("Siapa yang memegang …?"; "Siapa yang dipegang …?" asks the other one).
  const active = asked.filter((t) => !passive(t));
  words.forEach((v, j) => {
    if (v.mark || v.cap || !lexicon.passivePrefixes.some((p) => v.norm.startsWith(p) && v.norm.length > p.length + 3)) return;
    if (!active.some((t) => similarity(t, v) > 0) || repeatWords.has(words[j + 1]?.norm ?? '')) return;
    const span = spans.find((s) => s.first > j && titledFrom(words, j + 1, s));
    if (span) out.add(span.first);
  });
  return out;
}

/** Words, at most, from the noun of an act to its agent marker ("the founding of the Lorem Society in Ipsum, Dolor in 1928 by"). */
const NOUN_REACH = 12;

/**
 * The noun of an act after "the": English "-ing" ("the founding of"). Not the Indonesian "pe-…-an":
 * "pengembangan terdahulu oleh …" names an earlier work the act built on, measured on IDK-MRC train.
 */
const actNoun = (norm: string): boolean => /ing$/.test(norm) && norm.length > 6;

/**
 * Does the span start at `from`, or after its title: capitalised words ("Presiden Lorem <X>"), two
 * titles joined by a lower-case word or two ("Wakil Perdana Menteri yang sekaligus Menteri Negara <X>")?
 */
function titledFrom(words: readonly Word[], from: number, span: NameSpan): boolean {
  if (words[from]?.sentence !== words[span.first]?.sentence) return false;
  const between = words.slice(from, span.first);
  if (between.length <= 6 && between.every((b) => !b.mark && b.cap)) return true;
  const lower = between.filter((b) => !b.cap);
  return between.length <= 12 && between.length > 0 && between[0]!.cap && between[between.length - 1]!.cap && lower.length <= 2 && between.every((b) => !b.mark);
}

/** A passive verb: a passive prefix of the tables ("didirikan") or an English participle ("founded", "written"). */
const passive = (norm: string): boolean =>
  lexicon.passivePrefixes.some((p) => norm.startsWith(p) && norm.length > p.length + 3) || /(?:ed|en|wn)$/.test(norm);


/** Words opening a relative clause ("film yang disutradarainya"). */
const relativeWords = new Set(['yang']);

/**
 * A passive verb the question asks about whose "-nya" names its doer, in a relative clause: "(film)
 * yang disutradarainya", "(perusahaan) yang didirikannya" — the one who directed it, who founded it.
 * Not the noun "dimulainya" ("the start of").
 */
export function doneByNya(words: readonly Word[], i: number, focus: QuestionFocus): boolean {
  const w = words[i]!;
  // Only in a relative clause: "dimulainya era baru" is a noun, "the start of a new era".
  if (!relativeWords.has(words[i - 1]?.norm ?? '')) return false;
  if (w.mark || w.cap || !w.norm.endsWith('nya') || !lexicon.passivePrefixes.some((p) => w.norm.startsWith(p) && w.norm.length > p.length + 6)) return false;
  const asked = focus.terms.filter((t) => !focus.names.has(t) && !focus.context.has(t) && !passive(t));
  return asked.some((t) => similarity(t, w) > 0);
}

/** Lower-case words that may stand between a thing and its passive verb ("Lorem yang juga diciptakan"). */
const between = new Set(['yang', 'juga', 'pun', 'pula', 'telah', 'sudah', 'which', 'was', 'were', 'also', 'is', 'are']);

/**
 * Is the doer after the agent marker at `marker` the doer for another named thing than the
 * question's: "serial Lorem yang juga diciptakan oleh <X>" for "Siapa pencipta serial Ipsum?" — the
 * passive verb's subject, right before it, is a name the question does not write.
 */
export function doneToAnother(words: readonly Word[], marker: number, focus: QuestionFocus): boolean {
  let j = marker - 1;
  while (j >= 0 && !words[j]!.mark && !words[j]!.cap && !passive(words[j]!.norm) && marker - j <= 3) j--;
  if (j < 0 || words[j]!.mark || words[j]!.cap || !passive(words[j]!.norm)) return false;
  let k = j - 1;
  while (k >= 0 && !words[k]!.mark && between.has(words[k]!.norm)) k--;
  const thing = words[k];
  if (thing === undefined || thing.mark || !thing.cap || thing.sentence !== words[marker]!.sentence || thing.initial) return false;
  // "novel Indonesia yang ditulis oleh <X>": a place after a noun says what kind the thing is, not which.
  if (gazetteerEntryOf(thing.text) !== undefined || lexicon.demonyms.has(thing.text)) return false;
  return !focus.terms.some((t) => similarity(t, thing) > 0) && !lexicon.pronouns.has(thing.norm);
}
