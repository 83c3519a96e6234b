// Runs the chosen labelled sets through the engine and gathers figures and per-row results.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from './engine.js';
import { nerFigures, scoreSentence, type NerFigures, type NerResult } from './ner.js';
import { qaSetFigures, scoreQuestion, type QaResult, type QaSetFigures } from './qa.js';
import { quoteFigures, scoreStatement, type QuoteFigures, type QuoteResult } from './quotes.js';
import { readRows, RowError, setFiles, type SetFile, type SetName } from './sets.js';

/** Which splits: train, the held-out split of each set (valid, or dev where that is all it has), or both. */
export type SplitChoice = 'train' | 'held-out' | 'all';

export type RowHalf = 'even' | 'odd';

/** The rows of a file at even or odd positions (counted from 0), at most `limit` of them. */
export function halfOf<T>(rows: readonly T[], half: RowHalf | undefined, limit = Infinity): T[] {
  const kept = half === undefined ? rows : rows.filter((_, i) => i % 2 === (half === 'even' ? 0 : 1));
  return kept.slice(0, limit);
}

export interface EvalOptions {
  readonly sets: readonly SetName[];
  readonly split: SplitChoice;
  /** Score only the first N rows of each file (of the even or odd rows, with `rows`). */
  readonly limit?: number;
  /** Only the rows at an even (0, 2, 4 …) or odd position of each file: tune on one half, check on the other. */
  readonly rows?: RowHalf;
  /** eval/data of the repository: the bundled files. */
  readonly bundledDir: string;
  /** The folder of the other files, when there is one. */
  readonly dataDir?: string;
}

export type Scored =
  | { readonly task: 'qa'; readonly figures: QaSetFigures; readonly results: readonly QaResult[] }
  | { readonly task: 'ner'; readonly figures: NerFigures; readonly results: readonly NerResult[] }
  | { readonly task: 'quotes'; readonly figures: QuoteFigures; readonly results: readonly QuoteResult[] };

export interface SetRun {
  readonly file: SetFile;
  /** Where the rows were read from; absent when the file was not found. */
  readonly path?: string;
  /** eval/data of the repository, or the data folder. */
  readonly from?: 'bundled' | 'data';
  readonly scored?: Scored;
  /** Why there are no figures: the file is not available or cannot be read. */
  readonly problem?: string;
}

export function chosenFiles(sets: readonly SetName[], split: SplitChoice): SetFile[] {
  return setFiles.filter((f) => sets.includes(f.set) && (split === 'all' || (split === 'train') === (f.split === 'train')));
}

/** A bundled file from eval/data (else the data folder); any other from the data folder only. */
export function locate(file: SetFile, bundledDir: string, dataDir: string | undefined): { path: string; from: 'bundled' | 'data' } | undefined {
  const places = [
    ...(file.bundled ? [{ path: join(bundledDir, file.file), from: 'bundled' as const }] : []),
    ...(dataDir !== undefined ? [{ path: join(dataDir, file.file), from: 'data' as const }] : []),
  ];
  return places.find((p) => existsSync(p.path));
}

export const unavailable = (file: SetFile): string =>
  `not available (set KUTIP_EVAL_DATA or --data DIR to a folder holding ${file.file})`;

function score(file: SetFile, path: string, limit: number | undefined, half: RowHalf | undefined): Scored {
  // One engine per file: its cache of one-passage libraries lives as long as the file's run.
  const engine = createEngine();
  const rowsOf = <T>(rows: T[]): T[] => halfOf(rows, half, limit);
  const readLimit = half === undefined ? limit : undefined;
  switch (file.task) {
    case 'qa': {
      const results = rowsOf(readRows(path, 'qa', readLimit)).map((row) => scoreQuestion(row, engine, file.locale));
      return { task: 'qa', figures: qaSetFigures(results), results };
    }
    case 'ner': {
      const results = rowsOf(readRows(path, 'ner', readLimit)).map((row) => scoreSentence(row, engine));
      return { task: 'ner', figures: nerFigures(results), results };
    }
    case 'quotes': {
      const results = rowsOf(readRows(path, 'quotes', readLimit)).map((row) => scoreStatement(row, engine));
      return { task: 'quotes', figures: quoteFigures(results), results };
    }
  }
}

export function runFile(file: SetFile, options: Pick<EvalOptions, 'limit' | 'rows' | 'bundledDir' | 'dataDir'>): SetRun {
  const found = locate(file, options.bundledDir, options.dataDir);
  if (found === undefined) return { file, problem: unavailable(file) };
  try {
    return { file, ...found, scored: score(file, found.path, options.limit, options.rows) };
  } catch (e) {
    // A malformed row names its file and line; an unreadable file (permissions, a folder) its reason.
    if (e instanceof RowError || (e instanceof Error && 'code' in e)) return { file, ...found, problem: `cannot be read: ${e.message}` };
    throw e;
  }
}

export function evaluate(options: EvalOptions): SetRun[] {
  return chosenFiles(options.sets, options.split).map((file) => runFile(file, options));
}
