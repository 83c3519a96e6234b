// The object side of the verb a who-question asks the doer of: "Siapa yang menyebarkan berita
// bohong?" of "… kelompok yang menyebarkan berita bohong bernada SARA": a name written after the
// active verb, in its own clause with only lower-case words between, is what the verb is done to (or
// a word of it), not who did it. The doer stands before the verb, or after an agent marker
// (doers.ts), or after a copula ("yang menyebarkan berita itu adalah <X>").
import { allTables } from '../lang/index.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';
import { passive } from './patient.js';
import { similarity } from './similarity.js';

/** How much a name on the object side of the asked verb weighs against another name beside the question's words. */
export const OBJECT_SIDE_WEIGHT = 0.3;

/** Words after which the doer is written all the same: a copula, an agent marker ("… adalah <X>", "… oleh <X>"). */
const doerOpeners: ReadonlySet<string> = new Set(allTables.flatMap((t) => [...(t.answerWords?.copulas ?? []), ...(t.answerWords?.agentMarkers ?? [])]));

/** Words, at most, from the verb to a name on its object side. */
const OBJECT_REACH = 8;


/**
 * The active verb a who-question asks the doer of, when the question opens with it ("Siapa yang
 * menyebarkan …?"): its first content word, an active verb of the language's verb prefixes (me-),
 * no name, no predicate ("menjadi"). Else undefined: "Siapa ketua … yang membuka …?" asks the ketua.
 */
export function askedActiveVerb(focus: QuestionFocus): string | undefined {
  if (focus.kind !== 'who' || focus.language !== 'id') return undefined;
  const first = focus.terms[0];
  if (first === undefined || focus.names.has(first) || lexicon.predicates.has(first) || passive(first)) return undefined;
  return first.startsWith('me') && first.length >= 6 ? first : undefined;
}

/** The first words of the spans written on the object side of the asked verb, in this paragraph. */
export function objectSideStarts(words: readonly Word[], spans: readonly NameSpan[], focus: QuestionFocus): Set<number> {
  const out = new Set<number>();
  const verb = askedActiveVerb(focus);
  if (verb === undefined) return out;
  words.forEach((v, i) => {
    // The verb itself, active as asked: not its noun ("rumusan dari <X>" names whose draft it is).
    if (v.mark || v.cap || !v.norm.startsWith('me') || similarity(verb, v) === 0) return;
    for (const s of spans) {
      if (s.first <= i) continue;
      const between = words.slice(i + 1, s.first);
      if (s.first - i > OBJECT_REACH || words[s.first]!.sentence !== v.sentence) break;
      if (between.some((b) => b.mark || b.cap || doerOpeners.has(b.norm))) break;
      out.add(s.first);
    }
  });
  return out;
}
