// npm run fuzz: the property tests (test/properties-*.test.ts) with many more cases than `npm test`
// and a fresh seed each run, printed first so a failure can be run again.
//   FUZZ_RUNS  cases per property (default 20000; properties that write files run a share of it)
//   FUZZ_SEED  the seed (default: a random one)
// Arguments go to vitest, e.g. `npm run fuzz -- -t 'never throws'`.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const runs = process.env.FUZZ_RUNS ?? '20000';
const seed = process.env.FUZZ_SEED ?? String(randomInt(0, 2 ** 31 - 1));
const files = ['test/properties-answer.test.ts', 'test/properties-load.test.ts'];

console.log(`fuzz: seed ${seed}, ${runs} cases per property. Run again with: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
const result = spawnSync('npx', ['vitest', 'run', ...files, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
console.log(`fuzz: seed ${seed}, ${runs} cases per property: ${result.status === 0 ? 'every property held' : 'a property failed (its report above names the case)'}`);
process.exit(result.status ?? 1);
