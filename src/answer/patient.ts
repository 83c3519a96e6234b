// Who underwent what the question asks, when the question names the doer: "Siapakah juara yang
// dijungkalkan <X>?", "… yang digantikan oleh <X>?" asks the one defeated or replaced, not <X>'s
// partner. The passage writes it after the active verb ("<X> menjungkalkan juara bertahan, <Y>")
// or before the passive one ("<Y> dijungkalkan <X>").
import { allTables } from '../lang/index.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';
import { pastVerb } from './own-event.js';
import { similarity } from './similarity.js';

/** How much more the one who underwent the asked verb weighs than another name beside the question's words. */
export const PATIENT_WEIGHT = 1.75;

/** What a partner of the doer the question names weighs ("<X> dan <Y>" for "… yang dikalahkan <X>?"). */
export const PARTNER_WEIGHT = 0.5;

/** An Indonesian passive verb: a passive prefix of the tables and a stem ("dijungkalkan"). */
export const passive = (norm: string): boolean => lexicon.passivePrefixes.some((p) => norm.startsWith(p) && norm.length > p.length + 3);
/** An English participle ("defeated", "taken"): passive after a form of "be". */
const participle = (norm: string): boolean => /(?:ed|en|wn)$/.test(norm);
const passiveAt = (words: readonly Word[], i: number): boolean => passive(words[i]!.norm) || (participle(words[i]!.norm) && lexicon.beForms.has(words[i - 1]?.norm ?? ''));

/** The question's passive verbs written right before the name of their doer ("dijungkalkan <X>", "dikagumi oleh <X>"). */
export function patientVerbs(focus: QuestionFocus): string[] {
  const out: string[] = [];
  for (const run of focus.nameRuns) {
    if (run.before === undefined) continue;
    if (focus.terms.includes(run.before) && passive(run.before)) out.push(run.before);
    // "… dikalahkan oleh <X>?", "Who was defeated by <X>?".
    else if (lexicon.agentMarkers.has(run.before)) out.push(...focus.terms.filter((t) => passive(t) || participle(t)));
  }
  return out;
}

/** The first words of the spans naming who underwent a verb of `verbs`, in this paragraph. */
export function patientStarts(words: readonly Word[], spans: readonly NameSpan[], verbs: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (verbs.length === 0) return out;
  const plain = (b: Word): boolean => (b.mark ? b.text === ',' : !b.cap);
  words.forEach((v, i) => {
    if (v.mark || v.cap || !verbs.some((t) => similarity(t, v) > 0)) return;
    if (passiveAt(words, i)) {
      // "<Y> dijungkalkan …", "<Y> yang dijungkalkan …", "<Y> was defeated …".
      const before = [...spans].reverse().find((s) => s.last < i);
      if (before && i - before.last <= 3 && words[before.last]!.sentence === v.sentence && words.slice(before.last + 1, i).every((b) => !b.mark && !b.cap)) out.add(before.first);
      return;
    }
    // "… menjungkalkan juara bertahan, <Y>".
    const after = spans.find((s) => s.first > i);
    if (after && after.first - i <= 6 && words[after.first]!.sentence === v.sentence && words.slice(i + 1, after.first).every(plain)) out.add(after.first);
  });
  return out;
}

/** Words joining two doers ("<X> dan <Y>"). */
const joiners = new Set(['dan', 'serta', 'and']);

/**
 * The first words of the spans written as the named doer's partners ("<X> dan <Y> menjungkalkan …"):
 * for a question naming the doer (`verbs` not empty), they did it with <X>, they did not undergo it.
 */
export function partnerStarts(words: readonly Word[], spans: readonly NameSpan[], verbs: readonly string[], named: (w: Word) => boolean): Set<number> {
  const out = new Set<number>();
  if (verbs.length === 0) return out;
  for (const s of spans) {
    const before = words[s.first - 2];
    const after = words[s.last + 2];
    if ((joiners.has(words[s.first - 1]?.norm ?? '') && before?.cap && named(before)) || (joiners.has(words[s.last + 1]?.norm ?? '') && after?.cap && named(after))) out.add(s.first);
  }
  return out;
}

/** "bersama", "along with" …, each as its words, from the language tables. */
const togetherPhrases: readonly string[][] = allTables.flatMap((t) => t.answerWords?.togetherWords ?? []).map((p) => p.split(/\s+/));

/**
 * The first words of the spans written as someone's companion ("<role> itu kini bergabung bersama <X> dan
 * <Y>", "… joined the team along with <X>"): they are with the clause's subject, who holds the role a
 * who-question asks ("Siapa pengarang skenario …?"), unless it asks who with ("Bersama siapa …?", "With
 * whom …?"), for a list, or who did a thing (a companion did it too).
 * A name listed after a companion ("bersama <X> dan <Y>", "<X>/<Y>") is one too.
 */
export function companionStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): Set<number> {
  const out = new Set<number>();
  // A question with a verb asks who did it, and a companion did it too ("Toei memproduksi X bersama <Y>").
  const deed = (t: string): boolean => focus.verbs.has(t) || pastVerb(t) || passive(t) || lexicon.verbPrefixes.some((p) => t.startsWith(p) && t.length >= p.length + 4);
  if (focus.preposition !== undefined || focus.plural || focus.terms.some(deed)) return out;
  // "diproduksi bersama <X>", "was written together with <X>": after a passive verb, X did it too.
  const after = (i: number): boolean =>
    togetherPhrases.some((p) => p.every((t, k) => { const w = words[i - p.length + k]; return w !== undefined && !w.mark && w.norm === t; }) && !(i - p.length > 0 && passiveAt(words, i - p.length - 1)));
  let previous: NameSpan | undefined;
  for (const s of spans) {
    const listed = previous !== undefined && out.has(previous.first) && s.first - previous.last === 2 && (joiners.has(words[previous.last + 1]?.norm ?? '') || words[previous.last + 1]?.text === '/');
    if (after(s.first) || listed) out.add(s.first);
    previous = s;
  }
  return out;
}
