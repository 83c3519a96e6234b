// A who-question that asks the doer of an act done to a name ("Siapa yang memerankan Lorem?", "Who
// plays Lorem?") is answered by the name written doing something to that name, whatever verb the
// passage uses for it: "<X> juga akan kembali memainkan karakter Lorem", "<X> will return to portray
// Lorem". The name written doing the asked act to another name ("<Y> akan tetap memerankan Ipsum")
// did it to something else: the asked verb beside it points at no answer, and it weighs less.
import { allTables } from '../lang/index.js';
import type { QuestionFocus } from '../query/focus.js';
import { isActiveVerb, lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';
import { similarity } from './similarity.js';

/** Lower-case words, at most, between the doer and its verb ("juga akan kembali"). */
const VERB_REACH = 4;

/** Words that close the doer's clause before a verb: a preposition ("untuk membuat …" is a purpose), a relative or a joining word. */
const breakers = new Set(allTables.flatMap((t) => [...(t.answerWords?.prepositionGroups.flat() ?? []), ...(t.answerWords?.relativeWords ?? []), ...(t.answerWords?.andWords ?? [])]));

const andWords = new Set(allTables.flatMap((t) => t.answerWords?.andWords ?? []));

/** The question's words that may name its verb: no name, no word of its context. */
const askedWords = (focus: QuestionFocus): string[] => focus.terms.filter((t) => !focus.names.has(t) && !focus.context.has(t));

/** A passive verb or an agent marker ("diperankan", "oleh"): the name before it is what the act is done to, not its doer. */
const passive = (w: Word): boolean => lexicon.passivePrefixes.some((p) => w.norm.startsWith(p) && w.norm.length > p.length + 3) || lexicon.agentMarkers.has(w.norm);

/** Does the question ask the doer of an active verb ("memerankan") and write a name? */
function asksDoerOfName(focus: QuestionFocus): boolean {
  if (focus.names.size === 0) return false;
  return askedWords(focus).some((t) => t.length >= 6 && lexicon.verbPrefixes.some((p) => t.startsWith(p)) && !lexicon.titles.has(t) && !lexicon.roleWords.has(t) && !lexicon.stopWords.has(t));
}

export interface ObjectDoers {
  /** First words of the spans written doing something to the question's name. */
  readonly onAsked: Set<number>;
  /** First words of the spans written doing the asked act to a name the question does not write (and to no name it writes). */
  readonly onOther: Set<number>;
}

/**
 * The spans written right before an active verb and the name it is done to, in one clause: the
 * verb at most a few lower-case words after the span (no preposition, relative or joining word, no
 * passive verb), the name (a capitalised run) right after it or after a word for a character
 * ("memainkan karakter Lorem").
 */
export function objectDoers(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): ObjectDoers {
  const onAsked = new Set<number>();
  const onOther = new Set<number>();
  if (!asksDoerOfName(focus)) return { onAsked, onOther };
  const asked = askedWords(focus);
  for (const s of spans) {
    if (s.kind !== 'person') continue;
    const sentence = words[s.last]!.sentence;
    const inClause = (w: Word | undefined): w is Word => w !== undefined && !w.mark && !w.cap && w.sentence === sentence;
    let v = s.last + 1;
    while (inClause(words[v]) && v - s.last <= VERB_REACH && !isActiveVerb(words[v]!) && !passive(words[v]!) && !breakers.has(words[v]!.norm)) v++;
    const verb = words[v];
    if (!inClause(verb) || !isActiveVerb(verb)) continue;
    let j = v + 1;
    if (inClause(words[j]) && lexicon.characterWords.has(words[j]!.norm)) j++;
    const run: Word[] = [];
    for (let k = j; k < words.length && !words[k]!.mark && words[k]!.cap && words[k]!.sentence === sentence; k++) run.push(words[k]!);
    const named = run.filter((w) => !lexicon.stopWords.has(w.norm));
    if (named.length === 0) continue;
    if (named.every((w) => focus.names.has(w.norm))) onAsked.add(s.first);
    // "<Y> mengalahkan Ipsum dan Lorem": the asked name in the list of what is done to.
    let k = j + run.length;
    while (words[k]?.sentence === sentence && (words[k]!.cap || words[k]!.text === ',' || andWords.has(words[k]!.norm))) k++;
    const listed = words.slice(j, k).some((w) => !w.mark && focus.names.has(w.norm));
    if (asked.some((t) => similarity(t, verb) > 0) && !listed) onOther.add(s.first);
  }
  return { onAsked, onOther };
}
