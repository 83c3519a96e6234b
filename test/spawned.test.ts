// The process wrapper of the tests (test/helpers/spawned.ts): a wait on a process that has ended
// fails at once with its stderr, instead of waiting out its timeout; output is whole once it ends.
import { describe, expect, it } from 'vitest';
import { Spawned } from './helpers/spawned.js';

const env = { PATH: process.env.PATH };

/** `node -e <code>` as a Spawned. */
const nodeEval = (code: string) => new Spawned('-e', env, { args: [code], lifetimeMs: 60_000 });

describe('Spawned', () => {
  // The timeouts below are far beyond the test's own (30 s): the waits can only pass by failing at once.
  it('rejects a wait for a log line as soon as the process exits, with its stderr', async () => {
    const child = nodeEval(`console.log(JSON.stringify({ msg: 'starting' })); console.error('Cannot find module /nowhere/main.js'); process.exit(3);`);
    await expect(child.waitForLog((l) => l.msg === 'ready', 120_000)).rejects.toThrow(
      /^the process exited with code 3 before writing such a log line; its stderr:\nCannot find module \/nowhere\/main\.js\n/,
    );
    expect(child.logs.map((l) => l.msg)).toEqual(['starting']);
  });

  it('still finds a line the process wrote before it exited', async () => {
    const child = nodeEval(`console.log(JSON.stringify({ msg: 'ready' })); process.exit(0);`);
    await expect(child.waitForLog((l) => l.msg === 'ready', 120_000)).resolves.toMatchObject({ msg: 'ready' });
    expect(await child.exited).toBe(0);
  });

  it('whileRunning: a promise that would never settle fails once the process has ended', async () => {
    const child = nodeEval(`process.stderr.write('gone\\n'); process.kill(process.pid, 'SIGTERM');`);
    await expect(child.whileRunning(new Promise(() => undefined), 'answering')).rejects.toThrow(/^the process was killed by SIGTERM before answering; its stderr:\ngone\n/);
  });

  it('has all the output once it has ended', async () => {
    const lines = 2000;
    const child = nodeEval(`for (let i = 0; i < ${lines}; i++) console.log(JSON.stringify({ msg: 'line', i }));`);
    const { code } = await child.ended;
    expect(code).toBe(0);
    expect(child.logs).toHaveLength(lines);
  });

  it('a spawn that fails (no such folder) ends with the reason instead of hanging', async () => {
    const child = new Spawned('-e', env, { args: ['1'], cwd: '/nonexistent/kutip' });
    await expect(child.waitForLog(() => true, 120_000)).rejects.toThrow(/spawn failed: .*ENOENT/);
  });
});
