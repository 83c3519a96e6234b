// Question answering sets (FacQA, IDK-MRC, SQuAD 2.0): each question asked as `/ask` against its
// passage read as an article of its own, the reply scored SQuAD 2.0 style (score.ts).
import type { EvalEngine, EvalLocale } from './engine.js';
import { qaFigures, scoreAnswer, type QaFigures } from './score.js';
import { questionKinds, type QaRow, type QuestionKind } from './sets.js';

export interface QaResult {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly question: string;
  readonly answerable: boolean;
  readonly answered: boolean;
  /** The reply's value (else its answer); absent when the bot refused. */
  readonly given?: string;
  readonly gold: readonly string[];
  readonly em: number;
  readonly f1: number;
  /** Why the bot refused: the deciding check ("least-score", "gap1:origin:short" …), and the answer it would have given. */
  readonly refusal?: string;
  readonly wouldBe?: string;
  /** The question words the would-be answer's passage leaves out, each with its gap kind ("event:dibangun"). */
  readonly gaps?: readonly string[];
}

export function scoreQuestion(row: QaRow, engine: EvalEngine, locale: EvalLocale): QaResult {
  const reply = engine.ask(row.passage, row.question, locale);
  const given = reply.found ? reply.given ?? '' : undefined;
  return {
    id: row.id,
    kind: row.kind,
    question: row.question,
    answerable: row.answerable,
    answered: reply.found,
    ...(given !== undefined && { given }),
    gold: row.answers,
    ...scoreAnswer(given, row.answers, row.answerable),
    ...(reply.refusal !== undefined && { refusal: reply.refusal.cause }),
    ...(reply.refusal?.value !== undefined && { wouldBe: reply.refusal.value }),
    ...(reply.refusal?.gaps !== undefined && { gaps: reply.refusal.gaps }),
  };
}

export interface QaSetFigures {
  readonly all: QaFigures;
  /** Per question kind, for the kinds the set has. */
  readonly byKind: Partial<Record<QuestionKind, QaFigures>>;
}

export function qaSetFigures(results: readonly QaResult[]): QaSetFigures {
  const byKind: Partial<Record<QuestionKind, QaFigures>> = {};
  for (const kind of questionKinds) {
    const of = results.filter((r) => r.kind === kind);
    if (of.length > 0) byKind[kind] = qaFigures(of);
  }
  return { all: qaFigures(results), byKind };
}

/** A result that lost points: a wrong or partial answer, a refusal of an answerable question, an answer to an unanswerable one. */
export const isQaMiss = (r: QaResult): boolean => r.f1 < 1;
