// Tests that run kutip as a process (CLI, console, the Discord bot) run the built dist/.
// Build it once before any test, so they never run stale code.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
