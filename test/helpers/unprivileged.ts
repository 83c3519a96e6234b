// Running kutip as an unprivileged user, from any checkout. When the tests run as root, "no
// privileges needed" is shown by running kutip as `nobody`; but nobody cannot enter a checkout
// under a private folder (a `mktemp -d` folder is 0700, so is many a home directory). Then kutip
// runs from a copy nobody can read: dist/, package.json, the production packages and the articles,
// in a fresh folder under the system's temporary folder. If even that is out of reach (node itself
// under a private folder, a temporary folder nobody may enter), the caller skips with the reason.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './run.js';

export interface User {
  readonly uid: number;
  readonly gid: number;
}

export const NOBODY: User = { uid: 65534, gid: 65534 };

/** Who the tests run kutip as to show it needs no privileges: nobody under root, else ourselves (undefined). */
export const unprivilegedUser: User | undefined = process.getuid?.() === 0 ? NOBODY : undefined;

/** Undefined when `user` can run node and read kutip's entry point and packages in `dir`; else why not. */
export function whyCannotRun(dir: string, user: User): string | undefined {
  const files = [join(dir, 'dist', 'app', 'main.js'), join(dir, 'node_modules', 'discord.js', 'package.json'), join(dir, 'package.json')];
  const check = `const fs = require('node:fs'); for (const f of ${JSON.stringify(files)}) fs.accessSync(f, fs.constants.R_OK);`;
  // The timeout only stops a hung child; how long this takes is never asserted.
  const r = spawnSync(process.execPath, ['-e', check], { ...user, cwd: '/', env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 30_000 });
  if (r.error) return `uid ${user.uid} cannot run ${process.execPath} (${r.error.message})`;
  if (r.status !== 0) return `uid ${user.uid} cannot read ${dir}: ${/Error: (.*)/.exec(r.stderr)?.[1] ?? r.stderr.trim().split('\n')[0]}`;
  return undefined;
}

/** Packages the product needs at run time, from package-lock.json (top-most folders only). */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; link?: boolean }> };
  const folders = Object.entries(lock.packages)
    .filter(([path, info]) => path.startsWith('node_modules/') && info.dev !== true)
    .map(([path]) => path)
    .sort();
  return folders.filter((path, i) => !folders.slice(0, i).some((outer) => path.startsWith(`${outer}/`)));
}

/** Everyone may read every file and enter every folder under `path` (the copy's owner is root). */
function openToAll(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(path, 0o755);
    for (const name of readdirSync(path)) openToAll(join(path, name));
  } else {
    chmodSync(path, stat.mode & 0o100 ? 0o755 : 0o644);
  }
}

export interface RunFolder {
  /** The folder to run kutip from (its cwd): holds dist/, node_modules/, package.json and data/articles/. */
  readonly dir: string;
  /** Whether `dir` is a copy (else the checkout itself). */
  readonly copied: boolean;
  /** Removes a copy; does nothing for the checkout. */
  remove(): void;
}

/** A folder `user` can run kutip from: the checkout when it can, else a fresh copy; or why neither works. */
export function runFolderFor(user: User): RunFolder | { readonly skip: string } {
  const direct = whyCannotRun(root, user);
  if (direct === undefined) return { dir: root, copied: false, remove: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'kutip-unprivileged-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    for (const path of ['dist', 'package.json', join('data', 'articles'), ...productionPackages()]) {
      cpSync(join(root, path), join(dir, path), { recursive: true, dereference: true });
    }
    openToAll(dir);
  } catch (err) {
    remove();
    return { skip: `${direct}, and a copy in ${tmpdir()} failed: ${(err as Error).message}` };
  }
  const copied = whyCannotRun(dir, user);
  if (copied !== undefined) {
    remove();
    return { skip: `${direct}, and of a copy in ${tmpdir()}: ${copied}` };
  }
  return { dir, copied: true, remove };
}
