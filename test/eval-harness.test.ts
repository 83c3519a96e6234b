// `npm run eval` end to end on hand-written fixtures (test/fixtures/eval): the command line finds
// the bundled and the external files, runs each through the engine, prints one table, writes the
// results, and says which sets are not available instead of failing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/eval/cli.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'eval');
const dataDir = join(fixtures, 'data');
const repo = join(fixtures, 'repo');
const tmp = mkdtempSync(join(tmpdir(), 'kutip-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let outs = 0;
function run(argv: string[], env: Record<string, string> = {}) {
  const out = join(tmp, `results-${++outs}.json`);
  let stdout = '';
  let stderr = '';
  const code = runCli([...argv, '--out', out], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, root: repo });
  const read = (): Results => JSON.parse(readFileSync(out, 'utf8')) as Results;
  return { code, stdout, stderr, read };
}

interface Row {
  id: string;
  answerable?: boolean;
  answered?: boolean;
  em: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  found: string[];
  gold: string[];
}
interface RunJson {
  set: string;
  split: string;
  source: string | null;
  problem?: string;
  figures?: { all?: Record<string, number | null>; byKind?: Record<string, { n: number }> } & Record<string, unknown>;
  rows?: Row[];
}
interface Results {
  split: string;
  runs: RunJson[];
}
const runOf = (r: Results, set: string, split: string): RunJson => r.runs.find((x) => x.set === set && x.split === split)!;
const mean = (xs: number[]): number => (100 * xs.reduce((a, b) => a + b, 0)) / xs.length;

describe('npm run eval, end to end', () => {
  it('scores every set it finds, reports the others as not available, and writes results that add up', () => {
    const { code, stdout, stderr, read } = run(['--data', dataDir]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const results = read();
    expect(results.runs.map((r) => `${r.set} ${r.split}`)).toEqual([
      'facqa train', 'facqa valid', 'idkmrc train', 'idkmrc valid', 'squad dev', 'nergrit train', 'nergrit valid', 'pfsa dev',
    ]);

    // FacQA train: three answerable rows from the data folder; the figures are the rows' means.
    const facqa = runOf(results, 'facqa', 'train');
    expect(facqa.source).toBe('data');
    expect(facqa.rows!.map((r) => r.id)).toEqual(['facqa-train-9001', 'facqa-train-9002', 'facqa-train-9003']);
    expect(facqa.figures!.all).toMatchObject({ n: 3, hasAns: 3, noAns: 0, noAnsAccuracy: null });
    expect(facqa.figures!.all!.em).toBeCloseTo(mean(facqa.rows!.map((r) => r.em)));
    expect(facqa.figures!.all!.f1).toBeCloseTo(mean(facqa.rows!.map((r) => r.f1)));
    expect(facqa.figures!.byKind).toMatchObject({ who: { n: 2 }, when: { n: 1 } });

    // IDK-MRC train: the unanswerable row scores 1 exactly when it was refused.
    const idk = runOf(results, 'idkmrc', 'train');
    const unans = idk.rows!.find((r) => r.answerable === false)!;
    expect(unans.em).toBe(unans.answered ? 0 : 1);
    expect(idk.figures!.all!.noAnsAccuracy).toBe(unans.answered ? 0 : 100);

    // SQuAD dev comes from the repository's eval/data.
    const squad = runOf(results, 'squad', 'dev');
    expect(squad.source).toBe('bundled');
    expect(squad.figures!.all).toMatchObject({ n: 3, hasAns: 2, noAns: 1 });

    // NERGrit train: a name repeated in the gold counts once; every name found in the sentence
    // without a person is a false positive.
    const ner = runOf(results, 'nergrit', 'train');
    const [named, empty] = ner.rows!;
    expect(named!.tp + named!.fn).toBe(2);
    expect(empty!.tp + empty!.fn).toBe(0);
    expect(empty!.fp).toBe(new Set(empty!.found.map((n) => n.toLowerCase())).size);
    expect(ner.figures).toMatchObject({ sentences: 2, gold: 2, tp: named!.tp + empty!.tp, fp: named!.fp + empty!.fp });

    // Not bundled here and not in the data folder: a row that says so, no figures.
    for (const [set, split] of [['facqa', 'valid'], ['idkmrc', 'valid'], ['nergrit', 'valid'], ['pfsa', 'dev']] as const) {
      const r = runOf(results, set, split);
      expect(r.source).toBeNull();
      expect(r.figures).toBeUndefined();
      expect(r.problem).toMatch(/^not available \(set KUTIP_EVAL_DATA/);
    }

    // One table: a section per task, a row per set and split, per-kind rows, the missing ones named.
    expect(stdout).toMatch(/^FacQA\s+train\s+all\s+3\s/m);
    expect(stdout).toMatch(/^\s+who\s+2\s/m);
    expect(stdout).toMatch(/^SQuAD 2\.0\s+dev\s+all\s+3\s/m);
    expect(stdout).toMatch(/^NERGrit\s+train\s+2\s+2\s/m);
    expect(stdout).toMatch(/^PFSA-ID\s+dev\s+not available \(set KUTIP_EVAL_DATA or --data DIR to a folder holding pfsa-dev-quotes\.jsonl\)$/m);
    expect(stdout).toContain('HasAns F1');
    expect(stdout).toContain('NoAns acc.');
    expect(stdout).not.toContain('Misses:');
  });

  it('reads the data folder from KUTIP_EVAL_DATA, keeps to the chosen sets and splits, and stops at --limit', () => {
    const { code, stdout, read } = run(['--set', 'facqa,nergrit', '--split', 'train', '--limit', '1'], { KUTIP_EVAL_DATA: dataDir });
    expect(code).toBe(0);
    expect(stdout).toContain(`other sets from ${dataDir} (KUTIP_EVAL_DATA)`);
    const results = read();
    expect(results.runs.map((r) => `${r.set} ${r.split} ${r.rows?.length}`)).toEqual(['facqa train 1', 'nergrit train 1']);
  });

  it('scores the even or the odd rows of each file with --rows, and says so', () => {
    const ids = (argv: string[]) => {
      const r = run(['--data', dataDir, '--set', 'facqa', '--split', 'train', ...argv]);
      expect(r.code).toBe(0);
      return { stdout: r.stdout, results: r.read() as Results & { rows?: string }, ids: runOf(r.read(), 'facqa', 'train').rows!.map((x) => x.id) };
    };
    const even = ids(['--rows', 'even']);
    const odd = ids(['--rows', 'odd']);
    expect(even.ids).toEqual(['facqa-train-9001', 'facqa-train-9003']);
    expect(odd.ids).toEqual(['facqa-train-9002']);
    expect(even.stdout).toContain('the even rows of each file');
    expect(even.results.rows).toBe('even');
    expect(ids(['--rows', 'even', '--limit', '1']).ids).toEqual(['facqa-train-9001']);
    expect(ids(['--rows', 'all']).ids).toHaveLength(3);
    const bad = run(['--rows', 'third']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rows must be even, odd or all');
  });

  it('lists the misses with --verbose and prints the written results with --json', () => {
    const verbose = run(['--data', dataDir, '--set', 'squad,idkmrc', '--verbose']);
    expect(verbose.stdout).toMatch(/^Misses: SQuAD 2\.0 dev, \d+ of 3 rows$/m);
    expect(verbose.stdout).toMatch(/^Misses: IDK-MRC train, \d+ of 2 rows$/m);
    const json = run(['--data', dataDir, '--set', 'squad', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(json.read());
  });

  it('says which file and line cannot be read, and scores the other sets', () => {
    const broken = mkdtempSync(join(tmp, 'data-'));
    const good = readFileSync(join(dataDir, 'facqa-train-who-when.jsonl'), 'utf8').split('\n')[0];
    writeFileSync(join(broken, 'facqa-train-who-when.jsonl'), `${good}\n{"id": "x", "question": \n`);
    writeFileSync(join(broken, 'idkmrc-train.jsonl'), '{"id": "y", "kind": "how", "question": "q", "passage": "p", "answers": ["a"]}\n');
    copyFileSync(join(dataDir, 'nergrit-train-person.jsonl'), join(broken, 'nergrit-train-person.jsonl'));
    const { code, stdout, read } = run(['--data', broken, '--split', 'train']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FacQA\s+train\s+cannot be read: .*facqa-train-who-when\.jsonl, line 2: not valid JSON$/m);
    expect(stdout).toMatch(/^IDK-MRC\s+train\s+cannot be read: .*line 1: kind must be who, when or where$/m);
    expect(runOf(read(), 'nergrit', 'train').figures).toMatchObject({ sentences: 2 });
  });

  it('answers bad options with the usage and exit code 2, and a missing data folder with a warning', () => {
    for (const argv of [['--split', 'weekly'], ['--set', 'facqa,trivia'], ['--limit', '0'], ['--limit', 'ten'], ['--frobnicate']]) {
      const r = run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^eval: .+\nUsage: npm run eval/);
    }
    expect(run(['--split', 'weekly']).stderr).toContain('--split must be train, valid, dev or all');
    expect(run(['--set', 'trivia']).stderr).toContain('unknown set "trivia"');
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--set LIST[\s\S]*--split[\s\S]*--data DIR[\s\S]*--limit N[\s\S]*--verbose[\s\S]*--json/);
    const nowhere = run(['--data', join(tmp, 'no-such-folder'), '--set', 'pfsa']);
    expect(nowhere.code).toBe(0);
    expect(nowhere.stderr).toContain('--data names no folder');
    expect(runOf(nowhere.read(), 'pfsa', 'dev').problem).toMatch(/^not available/);
  });
});
