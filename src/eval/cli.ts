// `npm run eval`: the command line around the harness. Reads the options, finds the data folder,
// runs the sets, prints the table (or JSON) and writes eval/results.json.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, type RowHalf, type SplitChoice } from './harness.js';
import { resultsOf } from './results.js';
import { setNames, type SetName } from './sets.js';
import { renderMisses, renderTable } from './table.js';

export const usage = `Usage: npm run eval -- [options]
Scores kutip on every labelled set: question answering (FacQA, IDK-MRC, SQuAD 2.0), person names
(NERGrit) and quotes (PFSA-ID). Prints one table and writes eval/results.json.

  --set LIST     sets to score, comma-separated: ${setNames.join(',')} (default: all)
  --split S      train, valid (the held-out split of each set: valid, or dev), dev (the same), or all (default)
  --data DIR     folder of the sets not bundled in eval/data (train splits, PFSA-ID); default
                 KUTIP_EVAL_DATA (npm run eval gives it a default when unset: see package.json)
  --limit N      score only the first N rows of each file
  --rows HALF    even or odd: only the rows at even (0, 2, 4 …) or odd positions of each file, to
                 tune on one half and check on the other (default: every row)
  --verbose      list every miss: question, answer given, gold
  --json         print the results as JSON instead of the table
  --out FILE     where to write the results (default eval/results.json)
  --help         this text`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The repository: eval/data is found from here. */
  readonly root: string;
}

class UsageError extends Error {}

function setsOf(value: string | undefined): SetName[] {
  if (value === undefined || value.trim() === '' || value === 'all') return [...setNames];
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  for (const n of names) {
    if (!setNames.includes(n as SetName)) throw new UsageError(`unknown set "${n}": choose from ${setNames.join(', ')}`);
  }
  return names as SetName[];
}

function splitOf(value: string | undefined): SplitChoice {
  switch (value ?? 'all') {
    case 'train':
      return 'train';
    case 'valid':
    case 'dev':
      return 'held-out';
    case 'all':
      return 'all';
    default:
      throw new UsageError(`--split must be train, valid, dev or all, not "${value}"`);
  }
}

function limitOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--limit must be a whole number of rows, 1 or more, not "${value}"`);
  return Number(value);
}

function rowsOf(value: string | undefined): RowHalf | undefined {
  if (value === undefined || value === 'all') return undefined;
  if (value === 'even' || value === 'odd') return value;
  throw new UsageError(`--rows must be even, odd or all, not "${value}"`);
}

const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** The folder of the non-bundled files: --data, else KUTIP_EVAL_DATA; the product's code names no folder outside the repository. */
function dataDirOf(flag: string | undefined, io: CliIo): { dir?: string; note: string } {
  const given = flag ?? io.env.KUTIP_EVAL_DATA;
  const how = flag !== undefined ? '--data' : 'KUTIP_EVAL_DATA';
  if (given !== undefined && given.trim() !== '') {
    if (isFolder(given)) return { dir: given, note: `other sets from ${given} (${how})` };
    io.stderr(`eval: ${how} names no folder: ${given}; the sets that are not bundled are not available.\n`);
    return { note: `other sets: not available (${how} names no folder)` };
  }
  return { note: 'other sets: not available (set KUTIP_EVAL_DATA or --data DIR)' };
}

export function runCli(argv: readonly string[], io: CliIo): number {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        set: { type: 'string' },
        split: { type: 'string' },
        data: { type: 'string' },
        limit: { type: 'string' },
        rows: { type: 'string' },
        out: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
    if (values.help) {
      io.stdout(`${usage}\n`);
      return 0;
    }
    const rows = rowsOf(values.rows);
    const options = { sets: setsOf(values.set), split: splitOf(values.split), limit: limitOf(values.limit), ...(rows !== undefined && { rows }) };
    const data = dataDirOf(values.data, io);
    const started = performance.now();
    const runs = evaluate({ ...options, bundledDir: join(io.root, 'eval', 'data'), ...(data.dir !== undefined && { dataDir: data.dir }) });
    const results = resultsOf(runs, {
      sets: options.sets,
      split: values.split ?? 'all',
      ...(options.limit !== undefined && { limit: options.limit }),
      ...(rows !== undefined && { rows }),
      ...(data.dir !== undefined && { dataDir: data.dir }),
    });
    const out = values.out !== undefined ? resolve(values.out) : join(io.root, 'eval', 'results.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
    if (values.json) {
      io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    } else {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const half = rows !== undefined ? `; the ${rows} rows of each file` : '';
      const limited = `${half}${options.limit !== undefined ? `; first ${options.limit} rows of each file` : ''}`;
      io.stdout(`kutip eval: bundled sets from eval/data; ${data.note}${limited}\n\n`);
      io.stdout(`${renderTable(runs)}\n`);
      if (values.verbose) io.stdout(`${renderMisses(runs)}\n`);
      io.stdout(`Results written to ${out} (${seconds} s).\n`);
    }
    return runs.some((r) => r.problem?.startsWith('cannot be read') === true) ? 1 : 0;
  } catch (e) {
    const parseError = e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS');
    if (e instanceof UsageError || parseError) {
      io.stderr(`eval: ${(e as Error).message}\n${usage}\n`);
      return 2;
    }
    throw e;
  }
}
