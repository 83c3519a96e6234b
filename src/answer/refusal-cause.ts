// Why /ask refused an open question, as a short code for the eval's rows (eval/qa.ts), so that the
// refusals of answerable and unanswerable questions can be told apart by cause: no candidate of the
// asked type, none scoring the least score, the candidates all set aside by their role or title, the
// support check's verdict on the closest one (a negation, a contradicted or asked gap, a gap of a
// kind that refuses, too many gaps), or a check after the answer was chosen.
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import { LONG, SHORT } from './gaps.js';
import { chosen, ranking } from './question.js';
import { shortAnswer } from './short-answer.js';

export interface RefusalCause {
  /** The deciding check, and for the support check the gap kind: "least-score", "hard:origin", "contradicted:event" … */
  readonly cause: string;
  /** The closest candidate's answer, had the check let it through. */
  readonly value?: string;
  /** The question words the closest candidate's passage leaves out. */
  readonly gaps?: readonly string[];
}

/** The cause of a refusal of `query` by `answerer` (the reply's), whose reply said `reason` ("not-found", "unsupported" …). */
export function refusalCause(scope: Scope, query: Query, answerer: string | undefined, reason: string | undefined): RefusalCause {
  const focus = query.focus;
  if (answerer !== 'question' || focus === undefined) return { cause: `route:${answerer ?? 'none'}:${reason ?? 'none'}` };
  const { ranked, least } = ranking(scope, focus);
  if (ranked.length === 0) return { cause: 'no-candidate' };
  const top = shortAnswer(ranked[0]!.candidate, focus).value;
  if (ranked[0]!.score < least) return { cause: 'least-score', value: top };
  const { best, closest } = chosen(ranked, focus, query, least);
  if (best) return { cause: `after-answer:${reason ?? 'none'}`, value: shortAnswer(best.candidate, focus).value };
  if (!closest) return { cause: 'role-title', value: top };
  const { support } = closest;
  const value = shortAnswer(closest.scored.candidate, focus).value;
  const gaps = support.gaps.map((g) => `${g.kind}:${g.term}`);
  const length = support.units <= SHORT ? 'short' : support.units >= LONG ? 'long' : 'mid';
  const contradicted = support.gaps.find((g) => g.contradicted);
  const asked = support.gaps.find((g) => g.asked);
  const cause = support.negation
    ? 'negation'
    : contradicted
      ? `contradicted:${contradicted.kind}`
      : asked
        ? `asked:${asked.kind}`
        : support.gaps.length === 1
          ? `gap1:${support.gaps[0]!.kind}:${length}`
          : `gaps${support.gaps.length}:${length}:${[...new Set(support.gaps.map((g) => g.kind))].sort().join('+')}`;
  return { cause, value, gaps };
}
