// eval/results.json: the figures and every row's result of a run, so two runs can be diffed.
// PFSA-ID (CC BY-NC-SA) may not be copied anywhere a commit could pick it up: its rows keep their
// ids and scores only, never a statement, a quote or a speaker.
import type { SetRun } from './harness.js';

function rowsOf(run: SetRun): readonly object[] {
  const s = run.scored;
  if (s === undefined) return [];
  if (run.file.textInResults) return s.results;
  if (s.task !== 'quotes') return s.results.map((r) => ({ id: r.id }));
  return s.results.map(({ id, found, f1, speakerJudged, speakerRight }) => ({ id, found, f1, speakerJudged, speakerRight }));
}

export interface ResultsHeader {
  readonly sets: readonly string[];
  readonly split: string;
  readonly limit?: number;
  /** Only the even or odd rows of each file were scored. */
  readonly rows?: 'even' | 'odd';
  /** The folder the non-bundled files were read from, as given; absent when there was none. */
  readonly dataDir?: string;
}

export function resultsOf(runs: readonly SetRun[], header: ResultsHeader): object {
  return {
    ...header,
    runs: runs.map((run) => ({
      set: run.file.set,
      split: run.file.split,
      task: run.file.task,
      file: run.file.file,
      source: run.from ?? null,
      ...(run.problem !== undefined && { problem: run.problem }),
      ...(run.scored !== undefined && { figures: run.scored.figures, rows: rowsOf(run) }),
    })),
  };
}
