// npm run compare-english: kutip's English reading rules against compromise (+ compromise-dates) and
// wink-nlp (+ wink-eng-lite-web-model), on the same paragraphs:
//   - SQuAD 2.0 who/when/where dev (answerable rows): is the gold answer among the people, places
//     or dates each reader finds in the passage (candidate recall), and how many it finds;
//   - the English fixture articles of test/fixtures/, hand-labelled (bench/english-labels.ts):
//     precision and recall of people and places per paragraph;
//   - time per paragraph, start-up (a fresh process importing the reader and reading one sentence)
//     and install size.
//   - SQuAD asked as /ask through the product, understood by the rules alone and with the people
//     compromise adds (bench/english-answers.ts): the end-to-end figure npm run eval would give;
// SQuAD comes from KUTIP_EVAL_DATA, else ../shared/eval beside the checkout, else the copy bundled in
// eval/data/ (the run says which). `--json` prints the figures as JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/load/article.js';
import { squadAnswers, type AnswerFigures } from './english-answers.js';
import { FIXTURE_LABELS } from './english-labels.js';
import { candidateHit, countParagraph, prf, type Counts } from './english-match.js';
import { READERS, type Found, type Reader } from './english-readers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface SquadRow {
  readonly id: string;
  readonly kind: 'who' | 'when' | 'where';
  readonly question: string;
  readonly passage: string;
  readonly answerable: boolean;
  readonly answers: readonly string[];
}

function squadFile(): { file?: string; note: string } {
  const name = 'squad2-en-dev.jsonl';
  const env = process.env.KUTIP_EVAL_DATA;
  if (env !== undefined && env.trim() !== '') {
    const file = join(env, name);
    if (existsSync(file)) return { file, note: `SQuAD from ${file} (KUTIP_EVAL_DATA)` };
    return { note: `KUTIP_EVAL_DATA holds no ${name}: SQuAD rows not measured` };
  }
  const shared = resolve(root, '..', 'shared', 'eval', name);
  if (existsSync(shared)) return { file: shared, note: `SQuAD from ${shared} (../shared/eval)` };
  const bundled = join(root, 'eval', 'data', name);
  if (existsSync(bundled)) return { file: bundled, note: `no ../shared/eval beside the checkout and no KUTIP_EVAL_DATA: SQuAD from the bundled copy ${bundled}` };
  return { note: 'SQuAD not available (set KUTIP_EVAL_DATA to a folder holding squad2-en-dev.jsonl)' };
}

const FOUND_OF = {
  who: (f: Found) => f.people,
  'who (people or organisations)': (f: Found) => [...f.people, ...f.organisations],
  when: (f: Found) => f.dates,
  where: (f: Found) => f.places,
  'where (places or organisations)': (f: Found) => [...f.places, ...f.organisations],
} as const;
type Row = keyof typeof FOUND_OF;
const KIND_OF: Record<Row, SquadRow['kind']> = {
  who: 'who',
  'who (people or organisations)': 'who',
  when: 'when',
  where: 'where',
  'where (places or organisations)': 'where',
};
const NEEDS: Record<Row, readonly (keyof Found)[]> = {
  who: ['people'],
  'who (people or organisations)': ['people', 'organisations'],
  when: ['dates'],
  where: ['places'],
  'where (places or organisations)': ['places', 'organisations'],
};

interface SquadFigures {
  row: Row;
  reader: string;
  n: number;
  strict: number;
  loose: number;
  /** Mean number of distinct candidates in a passage of these questions. */
  perPassage: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timeReader(reader: Reader, articles: readonly (readonly string[])[], rounds: number): number {
  const runs: number[] = [];
  let paragraphs = 0;
  for (const a of articles) paragraphs += a.length;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const a of articles) reader.read(a);
    runs.push((performance.now() - t0) / paragraphs);
  }
  return median(runs);
}

/** Milliseconds for a fresh Node process to import a reader and read one sentence (median of 3), timed inside it: Node's own boot is not counted. */
function startUp(code: string): number {
  const once = (body: string): number => {
    const script = `const t0 = performance.now(); ${body}; process.stdout.write(String(performance.now() - t0));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`start-up probe failed: ${r.stderr}`);
    return Number(r.stdout);
  };
  return median([0, 1, 2].map(() => once(code)));
}

const SENTENCE = 'Mayor Jane Doe met the council in Springfield on Monday, June 3, 2024.';
const START_UP: Record<string, string> = {
  'kutip rules': `const { parseArticle } = await import('./dist/src/load/article.js'); const { understand } = await import('./dist/src/extract/understand.js'); understand(parseArticle('a', ${JSON.stringify(SENTENCE + '\n')}))`,
  compromise: `const nlp = (await import('compromise')).default; nlp.plugin((await import('compromise-dates')).default); const d = nlp(${JSON.stringify(SENTENCE)}); d.people(); d.places(); d.dates()`,
  'wink-nlp': `const w = (await import('wink-nlp')).default((await import('wink-eng-lite-web-model')).default); w.readDoc(${JSON.stringify(SENTENCE)}).entities().out()`,
};
const PACKAGES: Record<string, readonly string[]> = {
  'kutip rules': [],
  compromise: ['compromise', 'compromise-dates'],
  'wink-nlp': ['wink-nlp', 'wink-eng-lite-web-model'],
  'kutip + compromise people': ['compromise'],
  'kutip + compromise places': ['compromise'],
};

function folderBytes(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, e) => sum + folderBytes(join(path, e)), 0);
}

/** Bytes on disk of the packages and everything they depend on (each package once). */
function installBytes(names: readonly string[]): { bytes: number; packages: string[] } {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    const dir = join(root, 'node_modules', name);
    if (!existsSync(dir)) return;
    seen.add(name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
  };
  names.forEach(visit);
  let bytes = 0;
  for (const name of seen) bytes += folderBytes(join(root, 'node_modules', name));
  return { bytes, packages: [...seen] };
}

function squadFigures(rows: readonly SquadRow[]): SquadFigures[] {
  const passages = [...new Set(rows.map((r) => r.passage))];
  const figures: SquadFigures[] = [];
  for (const reader of READERS) {
    const found = new Map(passages.map((p) => [p, reader.read([p])[0]!]));
    for (const row of Object.keys(FOUND_OF) as Row[]) {
      if (!NEEDS[row].every((k) => reader.kinds.has(k))) continue;
      const asked = rows.filter((r) => r.answerable && r.kind === KIND_OF[row]);
      let strict = 0;
      let loose = 0;
      for (const q of asked) {
        const hit = candidateHit(FOUND_OF[row](found.get(q.passage)!), q.answers);
        if (hit.strict) strict++;
        if (hit.loose) loose++;
      }
      const asPassages = [...new Set(asked.map((q) => q.passage))];
      const perPassage = asPassages.reduce((s, p) => s + new Set(FOUND_OF[row](found.get(p)!)).size, 0) / Math.max(1, asPassages.length);
      figures.push({ row, reader: reader.name, n: asked.length, strict, loose, perPassage });
    }
  }
  return figures;
}

function fixtureArticles(): { file: string; paragraphs: string[] }[] {
  return FIXTURE_LABELS.map(({ file }) => {
    const article = parseArticle(file.replace(/\.txt$/u, ''), readFileSync(join(root, 'test', 'fixtures', file), 'utf8'));
    return { file, paragraphs: article.paragraphs.map((p) => p.text) };
  });
}

function fixtureFigures(articles: ReturnType<typeof fixtureArticles>) {
  const out: { reader: string; kind: 'people' | 'places'; counts: Counts }[] = [];
  for (const reader of READERS) {
    for (const kind of ['people', 'places'] as const) {
      if (!reader.kinds.has(kind)) continue;
      const counts: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const { file, paragraphs } of articles) {
        const labels = FIXTURE_LABELS.find((l) => l.file === file)!.paragraphs;
        const found = reader.read(paragraphs);
        found.forEach((f, i) => countParagraph(f[kind], labels[i + 1]?.[kind] ?? [], counts));
      }
      out.push({ reader: reader.name, kind, counts });
    }
  }
  return out;
}

const pct = (x: number, n: number): string => (n === 0 ? '—' : `${((100 * x) / n).toFixed(1)}%`);

function squadLines(lines: string[], squad: readonly SquadFigures[], answers: readonly AnswerFigures[]): void {
  lines.push('SQuAD 2.0 dev, answerable questions: the gold answer among the candidates found in the passage', '');
  lines.push('| question | reader | n | exact | overlapping | candidates per passage |', '|---|---|---|---|---|---|');
  for (const f of squad) lines.push(`| ${f.row} | ${f.reader} | ${f.n} | ${pct(f.strict, f.n)} | ${pct(f.loose, f.n)} | ${f.perPassage.toFixed(2)} |`);
  lines.push('', 'SQuAD 2.0 dev asked as /ask (as npm run eval asks), every row: what the product would answer', '');
  lines.push('| understanding | kind | n | EM | F1 | HasAns F1 | NoAns acc. |', '|---|---|---|---|---|---|---|');
  const fig = (x: number | null): string => (x === null ? '—' : x.toFixed(1));
  for (const a of answers) {
    for (const [kind, f] of [['all', a.figures.all], ...Object.entries(a.figures.byKind)] as const) {
      if (f === undefined) continue;
      lines.push(`| ${a.understanding} | ${kind} | ${f.n} | ${fig(f.em)} | ${fig(f.f1)} | ${fig(f.hasAnsF1)} | ${fig(f.noAnsAccuracy)} |`);
    }
  }
}

function main(): void {
  const json = process.argv.includes('--json');
  const source = squadFile();
  const rows: SquadRow[] = source.file === undefined ? [] : readFileSync(source.file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as SquadRow);
  const squad = squadFigures(rows);
  const articles = fixtureArticles();
  const fixtures = fixtureFigures(articles);
  const passages = [...new Set(rows.map((r) => r.passage))].map((p) => [p]);
  const timed = passages.length > 0 ? passages : articles.map((a) => a.paragraphs);
  const costs = READERS.map((reader) => {
    const install = installBytes(PACKAGES[reader.name] ?? []);
    return {
      reader: reader.name,
      msPerParagraph: timeReader(reader, timed, 3),
      startUpMs: START_UP[reader.name] === undefined ? undefined : startUp(START_UP[reader.name]!),
      installBytes: install.bytes,
      packages: install.packages,
    };
  });
  const answers = squadAnswers(rows);
  const result = { source: source.note, squad, answers, fixtures: fixtures.map((f) => ({ ...f, ...prf(f.counts) })), costs };
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lines: string[] = [source.note, ''];
  if (rows.length === 0) lines.push('SQuAD 2.0: not measured (no rows); the fixtures and the costs below are.');
  else squadLines(lines, squad, answers);
  lines.push('', 'English fixtures (test/fixtures/en-*.txt), hand-labelled paragraphs (bench/english-labels.ts)', '');
  lines.push('| kind | reader | labels | found | precision | recall | F1 |', '|---|---|---|---|---|---|---|');
  for (const f of fixtures) {
    const s = prf(f.counts);
    lines.push(`| ${f.kind} | ${f.reader} | ${f.counts.tp + f.counts.fn} | ${f.counts.tp + f.counts.fp} | ${(100 * s.p).toFixed(1)} | ${(100 * s.r).toFixed(1)} | ${(100 * s.f1).toFixed(1)} |`);
  }
  lines.push('', `Cost (${timed.length} ${passages.length > 0 ? 'SQuAD passages' : 'fixture articles'}, median of 3 rounds; start-up: a fresh process importing it and reading one sentence, median of 3)`, '');
  lines.push('| reader | ms per paragraph | start-up ms | install |', '|---|---|---|---|');
  for (const c of costs) lines.push(`| ${c.reader} | ${c.msPerParagraph.toFixed(2)} | ${c.startUpMs === undefined ? 'as both' : c.startUpMs.toFixed(0)} | ${c.packages.length === 0 ? 'in kutip' : `${(c.installBytes / 1024 / 1024).toFixed(1)} MB (${c.packages.join(', ')})`} |`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
