// Run the built kutip binaries as a user would, with a clean environment.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder: the nearest one up with a package.json (from test/helpers, or from dist/ for the benchmark). */
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const root = projectRoot(import.meta.dirname);

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Environment without Discord settings, so a developer's .env cannot change what a test sees. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', ...extra };
  return env;
}

export interface RunOptions {
  /** The folder to run from (holding dist/ and node_modules); default: the repository. */
  readonly cwd?: string;
  /** Run as this uid and gid. */
  readonly user?: { readonly uid: number; readonly gid: number };
}

export function runNode(script: string, args: string[], input = '', env: Record<string, string> = {}, { cwd = root, user }: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [join(cwd, script), ...args], { cwd, input, env: cleanEnv(env), encoding: 'utf8', timeout: 20_000, ...user });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const kutip = (args: string[], input = '', env: Record<string, string> = {}): Run => runNode('dist/app/cli.js', args, input, env);
