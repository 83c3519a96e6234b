#!/usr/bin/env node
// npm run eval: kutip scored on every labelled set (see src/eval/cli.ts and README, Development).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './eval/cli.js';

/** The repository: the nearest folder above this file that holds package.json (src/ or dist/src/). */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  root: repositoryRoot(),
});
