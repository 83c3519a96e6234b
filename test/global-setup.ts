// Tests that run kutip as a process (CLI, console, the Discord bot) run the built dist/.
// Build it once before any test, so they never run stale code.
// Every test file and every process it starts makes its temporary folders in one folder of the run's
// own (TMPDIR), so a folder a test forgets to remove is seen here, at the end, and fails the run.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  const own = mkdtempSync(join(tmpdir(), 'kutip-tests-'));
  // Like /tmp: a test that runs kutip as another user (nobody) makes its folders here too.
  chmodSync(own, 0o1777);
  process.env.TMPDIR = own;
  return () => {
    const left = readdirSync(own).filter((name) => name.startsWith('kutip-'));
    rmSync(own, { recursive: true, force: true });
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0: set the exit code so the run fails.
    console.error(`tests left temporary folders behind (make them with tempFolder() from test/helpers/temp.ts): ${left.join(', ')}`);
    process.exitCode = 1;
  };
}
