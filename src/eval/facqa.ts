// FacQA who/when rows asked through the real dispatcher: each passage is a one-paragraph article
// understood as the bot understands every article, each question goes in as `/ask <question>`,
// and the answer's `value` is scored against the gold spans as SQuAD does.
import { readFileSync } from 'node:fs';
import { answer } from '../answer/index.js';
import { entriesOf, libraryOf, type Library } from '../index/library.js';
import { parseArticle } from '../load/article.js';
import { understand } from '../extract/understand.js';
import { scoreRow, summarize, type RowScore, type Summary } from './score.js';

/** Rows 1–70 tune the rules; the rest are held out. */
export const TUNE_ROWS = 70;

export interface EvalRow {
  readonly id: string;
  readonly kind: 'who' | 'when';
  readonly question: string;
  readonly passage: string;
  readonly all_answers: readonly string[];
}

export interface RowResult extends RowScore {
  readonly row: number;
  readonly id: string;
  readonly kind: 'who' | 'when';
  readonly split: 'tune' | 'held-out';
  readonly question: string;
  readonly answered: boolean;
  readonly value?: string;
  readonly gold: readonly string[];
}

export function readRows(file: string): EvalRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as EvalRow;
      if (typeof row.question !== 'string' || typeof row.passage !== 'string' || !Array.isArray(row.all_answers)) {
        throw new Error(`${file}:${i + 1}: a row needs question, passage and all_answers`);
      }
      return row;
    });
}

/** One passage as a one-paragraph article, understood as the bot understands every article. */
export function libraryOfPassage(row: EvalRow): Library {
  return libraryOf(entriesOf([parseArticle(row.id, row.passage)], understand));
}

export function evaluateRow(row: EvalRow, n: number, library: Library = libraryOfPassage(row)): RowResult {
  const reply = answer(library, { command: 'ask', query: row.question, locale: 'id' });
  const value = reply.found ? reply.value : undefined;
  return {
    row: n,
    id: row.id,
    kind: row.kind,
    split: n <= TUNE_ROWS ? 'tune' : 'held-out',
    question: row.question,
    answered: reply.found && value !== undefined,
    ...(value !== undefined && { value }),
    gold: row.all_answers,
    ...scoreRow(value, row.all_answers),
  };
}

export interface Figures {
  readonly all: Summary;
  readonly who: Summary;
  readonly when: Summary;
}

export function figuresOf(results: readonly RowResult[]): Figures {
  return {
    all: summarize(results),
    who: summarize(results.filter((r) => r.kind === 'who')),
    when: summarize(results.filter((r) => r.kind === 'when')),
  };
}

