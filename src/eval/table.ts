// What `npm run eval` prints: one plain table (question answering, person names, quotes, a row per
// set and split, per-kind rows under each QA set) and, with --verbose, the misses of every set.
import type { SetRun } from './harness.js';
import { isNerMiss } from './ner.js';
import { isQaMiss } from './qa.js';
import { isQuoteMiss } from './quotes.js';
import type { QaFigures } from './score.js';

const pct = (v: number | null, width = 6): string => (v === null ? '—' : v.toFixed(1)).padStart(width);
const num = (v: number, width: number): string => String(v).padStart(width);
const head = (run: SetRun): string => `${run.file.title.padEnd(10)} ${run.file.split.padEnd(5)}`;
const blank = ' '.repeat(16);

function qaLine(lead: string, kind: string, f: QaFigures): string {
  return `${lead} ${kind.padEnd(5)} ${num(f.n, 5)} ${pct(f.em)} ${pct(f.f1)} ${pct(f.hasAnsF1, 10)} ${pct(f.noAnsAccuracy, 11)} ${pct(f.answered, 9)}`;
}

function section(title: string, header: string, runs: readonly SetRun[], lines: (run: SetRun) => string[]): string[] {
  if (runs.length === 0) return [];
  const out = [title, `${'set'.padEnd(10)} ${'split'.padEnd(5)} ${header}`];
  for (const run of runs) out.push(...(run.problem !== undefined ? [`${head(run)} ${run.problem}`] : lines(run)));
  return [...out, ''];
}

export function renderTable(runs: readonly SetRun[]): string {
  const of = (task: string): SetRun[] => runs.filter((r) => r.file.task === task);
  return [
    ...section(
      'Question answering: /ask on each passage alone; EM and F1 over all rows, HasAns F1 over the answerable ones, NoAns acc. = share of unanswerable ones refused, in %',
      `${'kind'.padEnd(5)} ${'n'.padStart(5)} ${'EM'.padStart(6)} ${'F1'.padStart(6)} ${'HasAns F1'.padStart(10)} ${'NoAns acc.'.padStart(11)} ${'answered'.padStart(9)}`,
      of('qa'),
      (run) => {
        if (run.scored?.task !== 'qa') return [];
        const { all, byKind } = run.scored.figures;
        return [qaLine(head(run), 'all', all), ...Object.entries(byKind).map(([kind, f]) => qaLine(blank, kind, f))];
      },
    ),
    ...section(
      'Person names: the people found in each sentence against the gold person spans, strict match, micro-averaged, in %',
      `${'sentences'.padStart(9)} ${'gold'.padStart(5)} ${'found'.padStart(5)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
      of('ner'),
      (run) => {
        if (run.scored?.task !== 'ner') return [];
        const f = run.scored.figures;
        return [`${head(run)} ${num(f.sentences, 9)} ${num(f.gold, 5)} ${num(f.found, 5)} ${num(f.tp, 5)} ${num(f.fp, 5)} ${num(f.fn, 5)} ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}`];
      },
    ),
    ...section(
      'Quotes: a gold statement is found when an extracted quote has token F1 ≥ 0.6 with it; speaker acc. over the found ones whose speaker the context names, in %',
      `${'n'.padStart(5)} ${'found'.padStart(5)} ${'recall'.padStart(6)} ${'judged'.padStart(6)} ${'speaker acc.'.padStart(12)}`,
      of('quotes'),
      (run) => {
        if (run.scored?.task !== 'quotes') return [];
        const f = run.scored.figures;
        return [`${head(run)} ${num(f.n, 5)} ${num(f.found, 5)} ${pct(f.recall)} ${num(f.speakerJudged, 6)} ${pct(f.speakerAccuracy, 12)}`];
      },
    ),
  ].join('\n');
}

const quoted = (s: string | undefined, max = 200): string =>
  s === undefined ? '(none)' : JSON.stringify(s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The rows of a run that lost points, two lines or one each. */
function missLines(run: SetRun): { count: number; lines: string[] } {
  const s = run.scored;
  if (s === undefined) return { count: 0, lines: [] };
  const listed = <T>(rows: readonly T[], lines: (r: T) => string[]): { count: number; lines: string[] } => ({ count: rows.length, lines: rows.flatMap(lines) });
  switch (s.task) {
    case 'qa':
      return listed(s.results.filter(isQaMiss), (r) => [
        `  ${r.id} ${r.kind} F1 ${r.f1.toFixed(2)}  ${r.question}`,
        `      given: ${r.answered ? quoted(r.given) : '(refused)'}   gold: ${r.answerable ? r.gold.map((g) => quoted(g)).join(' | ') : '(unanswerable)'}`,
      ]);
    case 'ner':
      return listed(s.results.filter(isNerMiss), (r) => [
        `  ${r.id}  missed: ${r.missed.map((n) => quoted(n)).join(', ') || '—'}   extra: ${r.extra.map((n) => quoted(n)).join(', ') || '—'}`,
        `      ${quoted(r.sentence, 240)}`,
      ]);
    case 'quotes':
      return listed(s.results.filter(isQuoteMiss), (r) =>
        r.found
          ? [`  ${r.id} speaker ${quoted(r.givenSpeaker)}, gold ${quoted(r.goldSpeaker)} / ${quoted(r.speakerFullGuess)}   quote: ${quoted(r.quote, 80)}`]
          : [`  ${r.id} not found (best F1 ${r.f1.toFixed(2)}): ${quoted(r.statement, 160)}`, `      nearest: ${quoted(r.quote, 160)}`],
      );
  }
}

export function renderMisses(runs: readonly SetRun[]): string {
  const out: string[] = [];
  for (const run of runs) {
    if (run.scored === undefined) continue;
    const { count, lines } = missLines(run);
    out.push(`Misses: ${run.file.title} ${run.file.split}, ${count} of ${run.scored.results.length} rows`, ...lines, '');
  }
  return out.join('\n');
}
