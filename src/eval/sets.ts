// The labelled sets `npm run eval` knows, where each file lives, and how its rows are read.
// Bundled files (permissive licences) are in eval/data/ of the repository; the others are read from
// the data folder (--data DIR, else KUTIP_EVAL_DATA).
import { readFileSync } from 'node:fs';
import type { EvalLocale } from './engine.js';

export type SetName = 'facqa' | 'idkmrc' | 'squad' | 'nergrit' | 'pfsa';
export type Split = 'train' | 'valid' | 'dev';
export type Task = 'qa' | 'ner' | 'quotes';

export interface SetFile {
  readonly set: SetName;
  /** As printed: "FacQA", "IDK-MRC" … */
  readonly title: string;
  readonly split: Split;
  readonly task: Task;
  readonly file: string;
  /** Copied into eval/data/ (else read from the data folder only). */
  readonly bundled: boolean;
  /** Locale of the set's language, used for /ask. */
  readonly locale: EvalLocale;
  /** May its texts (questions, answers, quotes) go into eval/results.json? Not for PFSA-ID (CC BY-NC-SA). */
  readonly textInResults: boolean;
}

export const setNames: readonly SetName[] = ['facqa', 'idkmrc', 'squad', 'nergrit', 'pfsa'];

export const setFiles: readonly SetFile[] = [
  { set: 'facqa', title: 'FacQA', split: 'train', task: 'qa', file: 'facqa-train-who-when.jsonl', bundled: false, locale: 'id', textInResults: true },
  { set: 'facqa', title: 'FacQA', split: 'valid', task: 'qa', file: 'facqa-valid-who-when.jsonl', bundled: true, locale: 'id', textInResults: true },
  { set: 'idkmrc', title: 'IDK-MRC', split: 'train', task: 'qa', file: 'idkmrc-train.jsonl', bundled: false, locale: 'id', textInResults: true },
  { set: 'idkmrc', title: 'IDK-MRC', split: 'valid', task: 'qa', file: 'idkmrc-valid.jsonl', bundled: true, locale: 'id', textInResults: true },
  { set: 'squad', title: 'SQuAD 2.0', split: 'dev', task: 'qa', file: 'squad2-en-dev.jsonl', bundled: true, locale: 'en', textInResults: true },
  { set: 'nergrit', title: 'NERGrit', split: 'train', task: 'ner', file: 'nergrit-train-person.jsonl', bundled: false, locale: 'id', textInResults: true },
  { set: 'nergrit', title: 'NERGrit', split: 'valid', task: 'ner', file: 'nergrit-valid-person.jsonl', bundled: true, locale: 'id', textInResults: true },
  { set: 'pfsa', title: 'PFSA-ID', split: 'dev', task: 'quotes', file: 'pfsa-dev-quotes.jsonl', bundled: false, locale: 'id', textInResults: false },
];

export type QuestionKind = 'who' | 'when' | 'where';
export const questionKinds: readonly QuestionKind[] = ['who', 'when', 'where'];

export interface QaRow {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly question: string;
  readonly passage: string;
  readonly answerable: boolean;
  /** Gold answers; empty when unanswerable. */
  readonly answers: readonly string[];
}

export interface NerRow {
  readonly id: string;
  readonly sentence: string;
  /** Gold person spans, in order, repeats kept. */
  readonly persons: readonly string[];
}

export interface QuoteRow {
  readonly id: string;
  readonly statement: string;
  readonly context: string;
  /** The gold speaker span near the cue, when there is one. */
  readonly speaker?: string;
  readonly speakerFullGuess?: string;
}

/** A row that does not have the fields its set needs. */
export class RowError extends Error {}

type Json = Record<string, unknown>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new RowError(what);
}

/** FacQA rows (`all_answers`, always answerable) and IDK-MRC / SQuAD rows (`answerable`, `answers`). */
export function qaRowOf(o: Json): QaRow {
  const { id, kind, question, passage } = o;
  const answers = o.all_answers ?? o.answers;
  const answerable = o.answerable ?? true;
  check(isString(id) && isString(question) && isString(passage), 'a question row needs id, question and passage as text');
  check(kind === 'who' || kind === 'when' || kind === 'where', 'kind must be who, when or where');
  check(isStrings(answers), 'answers (or all_answers) must be a list of texts');
  check(typeof answerable === 'boolean', 'answerable must be true or false');
  check(!answerable || answers.length > 0, 'an answerable question needs at least one answer');
  return { id, kind, question, passage, answerable, answers };
}

export function nerRowOf(o: Json): NerRow {
  const { id, sentence, persons } = o;
  check(isString(id) && isString(sentence) && isStrings(persons), 'a sentence row needs id, sentence and persons (a list of texts)');
  return { id, sentence, persons };
}

export function quoteRowOf(o: Json): QuoteRow {
  const { id, statement, context, speaker, speaker_full_guess: guess } = o;
  check(isString(id) && isString(statement) && isString(context), 'a quote row needs id, statement and context as text');
  const speakerText = speaker !== null && typeof speaker === 'object' ? (speaker as Json).text : undefined;
  return {
    id,
    statement,
    context,
    ...(isString(speakerText) && speakerText.trim() !== '' && { speaker: speakerText }),
    ...(isString(guess) && guess.trim() !== '' && { speakerFullGuess: guess }),
  };
}

export type Row = QaRow | NerRow | QuoteRow;

/** The rows of a JSON Lines file (at most `limit`), read with the reader of its task; errors name file and line. */
export function readRows(path: string, task: 'qa', limit?: number): QaRow[];
export function readRows(path: string, task: 'ner', limit?: number): NerRow[];
export function readRows(path: string, task: 'quotes', limit?: number): QuoteRow[];
export function readRows(path: string, task: Task, limit?: number): Row[];
export function readRows(path: string, task: Task, limit = Infinity): Row[] {
  const reader = { qa: qaRowOf, ner: nerRowOf, quotes: quoteRowOf }[task];
  const rows: Row[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length && rows.length < limit; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new RowError('a row must be a JSON object');
      rows.push(reader(value as Json));
    } catch (e) {
      const why = e instanceof SyntaxError ? 'not valid JSON' : e instanceof RowError ? e.message : String(e);
      throw new RowError(`${path}, line ${i + 1}: ${why}`);
    }
  }
  return rows;
}
