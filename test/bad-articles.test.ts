import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../src/load/library.js';
import { fixtureText } from './helpers/articles.js';
import { kutip, runNode } from './helpers/run.js';
import { runFolderFor, unprivilegedUser } from './helpers/unprivileged.js';
import { tempFolder } from './helpers/temp.js';

/** A folder with one good article and every kind of bad one. */
function badFolder(): string {
  const dir = tempFolder('kutip-bad-');
  writeFileSync(join(dir, 'good.txt'), fixtureText('tempo-2024-11-02-korut-rusia.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait, kata dia.\n', 'latin1'));
  writeFileSync(join(dir, 'huge.txt'), 'Kalimat berita yang panjang sekali. '.repeat(150_000));
  writeFileSync(join(dir, 'endless.txt'), `${'kata '.repeat(10_000)}\n`);
  writeFileSync(join(dir, 'typed.txt'), 'Jakarta - Berita biasa.');
  writeFileSync(join(dir, 'typed.json'), JSON.stringify({ publishedAt: 20241102, language: 'id' }));
  writeFileSync(join(dir, 'adsonly.txt'), 'ADVERTISEMENT\nBaca juga: berita lain\n');
  return dir;
}

const expected: [string, RegExp][] = [
  ['empty.txt', /empty\.txt: is empty/],
  ['blank.txt', /blank\.txt: is empty/],
  ['binary.txt', /binary\.txt: is a binary file/],
  ['latin1.txt', /latin1\.txt: is not valid UTF-8/],
  ['huge.txt', /huge\.txt: too large \(5\.1 MB; the limit is 1 MB\)/],
  ['endless.txt', /endless\.txt: line 1 is longer than 20000 characters/],
  ['typed.json', /typed\.json: field "publishedAt"/],
  ['adsonly.txt', /adsonly\.txt: no paragraphs left after cleaning/],
];

describe('bad articles', () => {
  it('are each reported on one line naming the file and why, and the good one is served', () => {
    const library = loadLibrary({ dir: badFolder() });
    expect(library.entries.map((e) => e.article.id)).toEqual(['good']);
    expect(library.stats.problems).toHaveLength(expected.length);
    for (const [file, pattern] of expected) {
      const line = library.stats.problems.find((p) => p.includes(file));
      expect(line, file).toMatch(pattern);
      expect(line).not.toContain('\n');
    }
  });

  it('stop start-up only when no article is usable', () => {
    const dir = tempFolder('kutip-allbad-');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2]));
    expect(() => loadLibrary({ dir })).toThrow(/no usable article \(2 skipped: .*binary\.txt: is a binary file, not text; .*empty\.txt: is empty\)/);
  });

  it('are skipped at start-up with one line each on stderr, and the bot answers from the rest', () => {
    const dir = badFolder();
    const r = kutip(['ask', '--json', '--articles-dir', dir, '/search Kursk'], '', { CACHE_DIR: 'off' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ found: true, citations: [{ article: 'good', paragraph: 3 }] });
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(expected.length);
    for (const line of lines) expect(line).toMatch(/^kutip: skipped /);
  });

  it('make the console refuse to start with one line when none is usable', () => {
    const dir = tempFolder('kutip-allbad-');
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = runNode('dist/app/main.js', [], '', { ARTICLES_DIR: dir, CACHE_DIR: 'off' });
    // 2: what kutip was given is wrong (README, Exit codes).
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no usable article/);
  });

  // Root reads any folder, so under root the run is as nobody (from a copy nobody can read when the
  // checkout is private; test/helpers/unprivileged.ts): whoever runs the tests, EACCES is tested.
  it('refuse an unreadable folder with one line', (ctx) => {
    const user = unprivilegedUser;
    const folder = user === undefined ? undefined : runFolderFor(user);
    if (folder !== undefined && 'skip' in folder) {
      console.warn(`skipped: ${folder.skip}`);
      ctx.skip(folder.skip);
    }
    const parent = tempFolder('kutip-locked-');
    chmodSync(parent, 0o755);
    const locked = join(parent, 'articles');
    mkdirSync(locked);
    writeFileSync(join(locked, 'a.txt'), 'Berita.');
    chmodSync(locked, 0o000);
    try {
      const cwd = folder !== undefined && 'dir' in folder ? folder.dir : undefined;
      const r = runNode('dist/app/main.js', [], '', { ARTICLES_DIR: locked, CACHE_DIR: 'off' }, { ...(cwd !== undefined && { cwd }), ...(user && { user }) });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/cannot read the articles folder \(EACCES\)/);
    } finally {
      chmodSync(locked, 0o755);
      if (folder !== undefined && 'remove' in folder) folder.remove();
    }
  });
});
