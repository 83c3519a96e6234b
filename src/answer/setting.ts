// The paragraph before sets the scene: "Kioson mengumumkan rencana melantai di Bursa Efek Indonesia
// …" then "… Kioson akan resmi melantai pada 3 Oktober 2017." A question's context ("Kapan Kioson
// melantai di bursa?": "di bursa") that the answer's paragraph leaves out is told there, when that
// paragraph tells the same thing with it: the question's names and another of its words. Only the
// context is taken from there; everything else is read beside the answer as before.
import type { QuestionFocus } from '../query/focus.js';
import { paragraphWords } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { supportedDespite, type Gap } from './gaps.js';
import { similarity } from './similarity.js';
import type { Support } from './support.js';
import { writesName } from './written.js';

/** The support with the gaps of the question's context that the paragraph before tells (with the question's names and another of its words) taken as said. */
export function withSetting(c: Candidate, focus: QuestionFocus, support: Support): Support {
  const told = (g: Gap): boolean => g.context === true && !g.contradicted && !g.asked;
  if (support.negation || c.paragraph < 2 || !support.gaps.some(told)) return support;
  const before = c.entry.article.paragraphs[c.paragraph - 2];
  if (before === undefined) return support;
  const words = paragraphWords(before);
  const writes = (t: string): boolean => words.some((w) => similarity(t, w) > 0);
  // A name as written.ts reads one: another spelling only of a capitalised word ("Bandung" is not told by "banjir bandang").
  const nameWritten = (t: string): boolean => writesName(t, words);
  // The same thing: the context, every name the question types and another of its words there too.
  const named = new Set(focus.nameRuns.flatMap((r) => r.words));
  const context = support.gaps.filter(told);
  const rest = focus.terms.filter((t) => !named.has(t) && !context.some((g) => g.term === t));
  const contextTold = context.every((g) => (g.kind === 'name' || g.kind === 'place' ? g.term.split(' ').every(nameWritten) : writes(g.term)));
  if (!contextTold || ![...named].every(nameWritten) || !rest.some(writes)) return support;
  const gaps = support.gaps.filter((g) => !told(g));
  return { ...support, ok: supportedDespite(gaps, support.units, support.negation), missing: gaps.map((g) => g.term), gaps };
}
