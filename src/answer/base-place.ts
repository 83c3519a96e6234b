// The place a firm or a body is based in is its base, not where the asked event happened: "Where will
// the barrier be built?" of "… built by Lorem Construction, a firm based in Leeds" (Leeds is the firm's
// base), "… perusahaan yang berbasis di Bandung". A where-answer right after a locative after a verb
// of a base (placeCues.bases) tells the base alone, unless the question asks where something is.
import { placeCues } from '../lang/places.js';
import { conceptsOf } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { verbShaped } from './own-event.js';

const bases = new Set(placeCues.bases);
/** Concepts of a question that asks where something is, not where something happened. */
const whereItIs = new Set(['headquarters', 'located']);

/** The question's event word that a base verb before a where-answer (words[first]) does not tell: empty where none. */
export function baseAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number): string[] {
  if (focus.kind !== 'where') return [];
  const locative = words[first - 1];
  const verb = words[first - 2];
  if (locative === undefined || verb === undefined || locative.mark || verb.mark || !lexicon.locatives.has(locative.norm) || !bases.has(verb.norm)) return [];
  if (focus.terms.some((t) => t === verb.norm || conceptsOf(t).some((k) => whereItIs.has(k)))) return [];
  // Only a question that asks of another event ("built", "dibangun"); "Where is Lorem?" may be told by its base.
  // Named in the refusal: the question's verb ("be built" asks "built"), else a word shaped as one.
  const asked = focus.terms.filter((t) => !focus.names.has(t));
  const event = [...focus.verbs].find((t) => asked.includes(t)) ?? asked.find((t) => verbShaped(t, focus));
  return event === undefined ? [] : [event];
}
