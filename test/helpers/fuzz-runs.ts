// How the property tests run: a fixed seed and a few cases in `npm test`, many cases and a fresh
// seed under `npm run fuzz` (test/fuzz.mjs sets FUZZ_RUNS and FUZZ_SEED). A failure names the seed
// and the path of the shrunk case, and the command that replays exactly that case.
import { relative } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';

/** The seed of `npm test`: fixed, so a failure in CI fails the same way on any machine. */
const DEFAULT_SEED = 20_241_102;

const env = process.env;
const fuzzRuns = env.FUZZ_RUNS === undefined ? undefined : Number(env.FUZZ_RUNS);
if (fuzzRuns !== undefined && !(Number.isInteger(fuzzRuns) && fuzzRuns > 0)) throw new Error(`FUZZ_RUNS must be a positive whole number, not "${env.FUZZ_RUNS}"`);
const seed = env.FUZZ_SEED === undefined ? DEFAULT_SEED : Number(env.FUZZ_SEED);
if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, not "${env.FUZZ_SEED}"`);

/** Are we under `npm run fuzz` (many cases) rather than `npm test`? */
const fuzzing = fuzzRuns !== undefined;

/** A test's time limit: vitest's default in `npm test`; none while fuzzing (the run is as long as asked). */
const testTimeout = fuzzing ? 0 : undefined;

export interface RunSize {
  /** Cases in `npm test`. */
  readonly runs: number;
  /** Share of FUZZ_RUNS this property runs while fuzzing (properties that write files run fewer). */
  readonly fuzzShare?: number;
}

/**
 * Checks a property with the run's seed; on failure throws fast-check's report (seed, path,
 * shrunk counterexample, the error) followed by the command that replays the failing case.
 */
function holds<Ts>(title: string, property: fc.IProperty<Ts>, { runs, fuzzShare = 1 }: RunSize): void {
  const numRuns = fuzzRuns === undefined ? runs : Math.max(1, Math.round(fuzzRuns * fuzzShare));
  const path = env.FUZZ_PATH;
  const details = fc.check(property, { seed, numRuns, ...(path !== undefined && { path }) });
  if (!details.failed) return;
  const file = relative(process.cwd(), expect.getState().testPath ?? '');
  const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''}${fuzzing ? ` FUZZ_RUNS=${fuzzRuns}` : ''} npx vitest run ${file} -t '${title}'`;
  const error = details.errorInstance;
  const why = error instanceof Error ? error.message : String(error);
  throw new Error(`${fc.defaultReportMessage(details) ?? 'property failed'}\n\nWhy: ${why}\n\nReplay only this case: ${replay}`, { cause: error });
}

/** A vitest test that the property holds (its title names the invariant). */
export function property<Ts>(title: string, prop: fc.IProperty<Ts>, size: RunSize): void {
  it(title, () => holds(title, prop, size), testTimeout);
}
