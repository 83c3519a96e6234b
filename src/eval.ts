#!/usr/bin/env node
// npm run eval: the who/when questions of FacQA (IndoNLU) asked as `/ask` through the real
// dispatcher, each passage read as a one-paragraph article with the bot's own understanding.
// Prints SQuAD exact match and token F1 of the answer's `value`, overall and for who and when,
// separately for the tuning rows (1–70) and the held-out rows (71–105).
import { parseArgs } from 'node:util';
import { evaluateRow, figuresOf, readRows, TUNE_ROWS, type Figures } from './eval/facqa.js';
import type { Summary } from './eval/score.js';

const usage = `Usage: npm run eval -- [--file FILE] [--split tune|held-out|all] [--verbose] [--json]
  --file     JSON Lines of {id, kind, question, passage, all_answers} (default test/eval/facqa-valid-who-when.jsonl)
  --split    which rows to score: tune (1–70), held-out (71–105) or all (default: all, reported apart)
  --verbose  list every row scored below F1 1 with the answer given and the gold answers
  --json     print the figures and every row as JSON`;

function table(title: string, f: Figures): string {
  const line = (name: string, s: Summary): string =>
    `  ${name.padEnd(5)} ${String(s.n).padStart(4)} ${s.em.toFixed(1).padStart(6)} ${s.f1.toFixed(1).padStart(6)} ${String(s.answered).padStart(9)}`;
  return [title, '  kind     n     EM     F1  answered', line('all', f.all), line('who', f.who), line('when', f.when)].join('\n');
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string', default: 'test/eval/facqa-valid-who-when.jsonl' },
      split: { type: 'string', default: 'all' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (!['tune', 'held-out', 'all'].includes(values.split)) {
    process.stderr.write(`--split must be tune, held-out or all\n${usage}\n`);
    return 2;
  }
  const rows = readRows(values.file);
  const results = rows
    .map((row, i) => ({ row, n: i + 1 }))
    .filter(({ n }) => values.split === 'all' || (values.split === 'tune') === n <= TUNE_ROWS)
    .map(({ row, n }) => evaluateRow(row, n));
  const splits = (['tune', 'held-out'] as const).filter((s) => results.some((r) => r.split === s));
  const figures = Object.fromEntries(splits.map((s) => [s, figuresOf(results.filter((r) => r.split === s))]));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ file: values.file, figures, ...(splits.length > 1 && { overall: figuresOf(results) }), rows: results }, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [`FacQA who/when: ${values.file}`, 'SQuAD exact match (EM) and token F1 of `value`, in %; unanswered rows score 0.', ''];
  for (const s of splits) {
    const rowsOf = results.filter((r) => r.split === s);
    out.push(table(`${s === 'tune' ? 'Tuning' : 'Held-out'} rows ${rowsOf[0]!.row}–${rowsOf[rowsOf.length - 1]!.row}`, figures[s]!), '');
  }
  if (splits.length > 1) out.push(table(`All rows 1–${results.length}`, figuresOf(results)), '');
  if (values.verbose) {
    out.push('Rows below F1 1:');
    for (const r of results.filter((x) => x.f1 < 1)) {
      out.push(
        `  #${r.row} ${r.kind} F1 ${r.f1.toFixed(2)}  ${r.question}`,
        `      answer: ${r.value === undefined ? '(none)' : JSON.stringify(r.value)}   gold: ${r.gold.map((g) => JSON.stringify(g)).join(' | ')}`,
      );
    }
  }
  process.stdout.write(`${out.join('\n').trimEnd()}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
