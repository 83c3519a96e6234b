// An experiment: a learned answerability gate for /ask. It fits an L2 logistic regression over the
// features of scripts/answer-gate-features.mjs on the answers /ask gives to IDK-MRC train (CC BY-SA
// 4.0, Putri & Oh 2022) and FacQA train (Apache-2.0, IndoNLU), read from KUTIP_EVAL_DATA, and
// reports 5-fold cross-validation grouped by passage (no passage in two folds): per held-out fold,
// IDK-MRC F1 / HasAns F1 / NoAns accuracy and FacQA F1 without and with the gate refusing the
// answers it finds unlikely, the threshold chosen on the training folds only. Then the gate fitted
// on every train row is tried on SQuAD 2.0 dev (English, unseen). Nothing in the product reads it:
// the held-out gain did not reach what adopting it asked for (README, Evaluation).
//
// Labels, --weighting cost (default): answering is worth the answer's F1 on an answerable question
// and costs 1 on an unanswerable one, so each answer is labelled answerable or not and weighed by
// what it is worth; --weighting plain: right (answerable, F1 ≥ 0.5) or not, all weighed alike.
//
//   npm run build && KUTIP_EVAL_DATA=../shared/eval node scripts/train-answer-gate.mjs [--reach question,who,when,where] [--lambda 10] [--weighting cost|plain] [--facqa-loss 0.2]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readRows } from '../dist/src/eval/sets.js';
import { scoreAnswer } from '../dist/src/eval/score.js';
import { parseArticle } from '../dist/src/load/article.js';
import { understand } from '../dist/src/extract/understand.js';
import { entriesOf, libraryOf } from '../dist/src/index/library.js';
import { wholeLibrary } from '../dist/src/index/scope.js';
import { readQuery } from '../dist/src/query/query.js';
import { find } from '../dist/src/answer/index.js';
import { toAnswer } from '../dist/src/render/json.js';
import { GATE_FEATURES, gateFeatures } from './answer-gate-features.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const reach = option('--reach', 'question').split(',');
const lambda = Number(option('--lambda', '10'));
const weighting = option('--weighting', 'cost');
/** Most FacQA F1 (points) a threshold may cost on the rows it is chosen on. */
const facqaLoss = Number(option('--facqa-loss', '0.2'));
const FOLDS = 5;

const data = process.env.KUTIP_EVAL_DATA;
const files = { idkmrc: 'idkmrc-train.jsonl', facqa: 'facqa-train-who-when.jsonl', squad: 'squad2-en-dev.jsonl' };
if (data === undefined || !Object.values(files).every((f) => existsSync(join(data, f)))) {
  console.log(`train-answer-gate: ${Object.values(files).join(', ')} are not all in KUTIP_EVAL_DATA (${data ?? 'unset'}); nothing to do.`);
  process.exit(0);
}

// Each question asked as the eval asks it: /ask against its passage read as an article of its own.
const libraries = new Map();
const libraryOfText = (text) => {
  let library = libraries.get(text);
  if (library === undefined) {
    library = libraryOf(entriesOf([parseArticle(`passage-${libraries.size + 1}`, `${text}\n`)], understand));
    libraries.set(text, library);
  }
  return library;
};

const started = Date.now();
const rows = [];
for (const [set, file] of Object.entries(files)) {
  for (const row of readRows(join(data, file), 'qa')) {
    const library = libraryOfText(row.passage);
    const query = readQuery({ command: 'ask', query: row.question });
    const found = find(library, query);
    const reply = toAnswer(found, set === 'squad' ? 'en' : 'id');
    const given = reply.found ? (reply.value ?? reply.answer ?? '') : undefined;
    const { f1 } = scoreAnswer(given, row.answers, row.answerable);
    const gated = found.found && found.answerer !== undefined && reach.includes(found.answerer);
    const features = gated ? gateFeatures(wholeLibrary(library), query, found) : undefined;
    const fold = createHash('sha1').update(row.passage).digest()[0] % FOLDS;
    rows.push({ set, fold, answerable: row.answerable, f1, features });
  }
}
const train = rows.filter((r) => r.set !== 'squad');
const squad = rows.filter((r) => r.set === 'squad');
const read = train.filter((r) => r.features !== undefined);
console.log(`${rows.length} questions asked in ${((Date.now() - started) / 1000).toFixed(0)} s; the gate reads ${read.length} train answers (reach ${reach.join(', ')}; lambda ${lambda}; weighting ${weighting})`);

// ---- L2 logistic regression on standardised features, fitted by Newton's method ----
const labelOf = (r) => (weighting === 'cost' ? (r.answerable ? 1 : 0) : r.answerable && r.f1 >= 0.5 ? 1 : 0);
const weightOf = (r) => (weighting === 'cost' ? (r.answerable ? r.f1 : 1) : 1);

function solve(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c][c] === 0) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

function fit(list) {
  const d = GATE_FEATURES.length + 1;
  const mean = GATE_FEATURES.map((_, j) => list.reduce((s, r) => s + r.features[j], 0) / list.length);
  const scale = mean.map((m, j) => Math.sqrt(list.reduce((s, r) => s + (r.features[j] - m) ** 2, 0) / list.length) || 1);
  const x = list.map((r) => [1, ...r.features.map((v, j) => (v - mean[j]) / scale[j])]);
  let w = new Array(d).fill(0);
  for (let iter = 0; iter < 60; iter++) {
    const grad = new Array(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array(d).fill(0));
    x.forEach((xi, i) => {
      const p = 1 / (1 + Math.exp(-xi.reduce((s, v, j) => s + v * w[j], 0)));
      const c = weightOf(list[i]);
      for (let j = 0; j < d; j++) {
        grad[j] += c * (p - labelOf(list[i])) * xi[j];
        for (let k = 0; k < d; k++) hess[j][k] += c * p * (1 - p) * xi[j] * xi[k];
      }
    });
    for (let j = 1; j < d; j++) {
      // The bias is not shrunk.
      grad[j] += lambda * w[j];
      hess[j][j] += lambda;
    }
    const step = solve(hess, grad);
    w = w.map((v, j) => v - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { mean, scale, weights: w.slice(1), bias: w[0] };
}

const chance = (model, f) => 1 / (1 + Math.exp(-(model.bias + f.reduce((s, v, j) => s + model.weights[j] * ((v - model.mean[j]) / model.scale[j]), 0))));

// ---- figures, in points ----
const scoreOf = (r, model, threshold) => (model !== undefined && r.features !== undefined && chance(model, r.features) < threshold ? (r.answerable ? 0 : 1) : r.f1);
const mean = (list, f) => (list.length === 0 ? NaN : (100 * list.reduce((s, r) => s + f(r), 0)) / list.length);
function figures(list, model, threshold) {
  const s = (r) => scoreOf(r, model, threshold);
  const qa = list.filter((r) => r.set !== 'facqa');
  return {
    f1: mean(qa, s),
    hasAns: mean(qa.filter((r) => r.answerable), s),
    noAns: mean(qa.filter((r) => !r.answerable), s),
    facqa: mean(list.filter((r) => r.set === 'facqa'), s),
  };
}

/** The threshold that gains most (IDK-MRC F1 + FacQA F1) on these rows, FacQA losing at most facqaLoss. */
function chooseThreshold(list, model) {
  const base = figures(list);
  let best = { threshold: 0, gain: 0 };
  for (let t = 0.02; t <= 0.9; t += 0.01) {
    const f = figures(list, model, t);
    const gain = f.f1 - base.f1 + (f.facqa - base.facqa);
    if (base.facqa - f.facqa <= facqaLoss && gain > best.gain) best = { threshold: Number(t.toFixed(2)), gain };
  }
  return best.threshold;
}

const fmt = (v) => v.toFixed(2).padStart(6);
const pair = (off, on) => `${fmt(off)} → ${fmt(on)}`;
const gains = { f1: 0, hasAns: 0, noAns: 0, facqa: 0 };
console.log('fold  threshold  IDK-MRC F1         HasAns F1          NoAns acc.         FacQA F1');
for (let k = 0; k < FOLDS; k++) {
  const within = train.filter((r) => r.fold !== k);
  const held = train.filter((r) => r.fold === k);
  const model = fit(within.filter((r) => r.features !== undefined));
  const threshold = chooseThreshold(within, model);
  const off = figures(held);
  const on = figures(held, model, threshold);
  for (const key of Object.keys(gains)) gains[key] += (on[key] - off[key]) / FOLDS;
  console.log(`${k}     ${threshold.toFixed(2)}       ${pair(off.f1, on.f1)}   ${pair(off.hasAns, on.hasAns)}   ${pair(off.noAns, on.noAns)}   ${pair(off.facqa, on.facqa)}`);
}
const signed = (v) => `${v >= 0 ? '+' : ''}${v.toFixed(2)}`;
console.log(`mean gain on the held-out folds: IDK-MRC F1 ${signed(gains.f1)} (HasAns ${signed(gains.hasAns)}, NoAns ${signed(gains.noAns)}), FacQA F1 ${signed(gains.facqa)}`);

const model = fit(read);
const threshold = chooseThreshold(train, model);
const off = figures(squad);
const on = figures(squad, model, threshold);
console.log(`fitted on every train row: threshold ${threshold}; SQuAD 2.0 dev F1 ${pair(off.f1, on.f1)}, HasAns ${pair(off.hasAns, on.hasAns)}, NoAns ${pair(off.noAns, on.noAns)}`);
for (const [j, f] of GATE_FEATURES.entries()) console.log(`  ${f.padEnd(18)} ${signed(model.weights[j])}`);
console.log(`  ${'(bias)'.padEnd(18)} ${signed(model.bias)}`);
