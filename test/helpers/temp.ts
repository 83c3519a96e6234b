// Temporary folders a test file makes, removed when the file's tests are done: a test leaves nothing
// behind in the system's temporary folder. Importing this module registers the removal with the
// importing file's root suite (vitest runs each test file in a module context of its own).
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A fresh folder under the system's temporary folder, named `prefix` + random letters, removed after the file's tests. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Gives the owner back the right to empty every folder under `dir` (tests lock folders to show refusals). */
function unlock(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) unlock(join(dir, entry.name));
  }
}

function remove(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // A folder a test locked (0o000, 0o500) cannot be emptied by a user other than root until unlocked.
    if (statSync(dir, { throwIfNoEntry: false }) === undefined) return;
    unlock(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

afterAll(() => {
  for (const dir of made.splice(0)) remove(dir);
});
