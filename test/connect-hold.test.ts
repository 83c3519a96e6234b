// While the bot connects, nothing else holds the process open (no gateway socket yet). A login that
// waits on a timer that does not hold Node's event loop must not let the process end, silently, with
// code 0 (seen once in CI with Discord out of reach): withConnectRetries holds it until it is done.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const connect = pathToFileURL(join(__dirname, '..', 'dist', 'src', 'bot', 'connect.js')).href;

const run = (code: string) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH } });

describe('withConnectRetries holds the process until it has connected or given up', () => {
  it('a login that waits on an unref’d timer still finishes, and the process then ends by itself', () => {
    const r = run(`
      import { withConnectRetries } from ${JSON.stringify(connect)};
      const logger = { warn: () => undefined };
      const login = () => new Promise((resolve) => setTimeout(() => resolve('connected'), 300).unref());
      withConnectRetries(login, { retry: { retries: 1, firstDelayMs: 1, maxDelayMs: 1 }, host: 'discord.test', logger }).then((v) => console.log(v));
    `);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('connected');
  });

  it('without it, the same wait lets the process end first (what the hold is for)', () => {
    const r = run(`
      const login = () => new Promise((resolve) => setTimeout(() => resolve('connected'), 300).unref());
      login().then((v) => console.log(v));
    `);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('');
  });

  it('lets go once it gives up: the process ends, with the failure', () => {
    const r = run(`
      import { withConnectRetries } from ${JSON.stringify(connect)};
      const logger = { warn: () => undefined };
      const fail = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND discord.test'), { code: 'ENOTFOUND' }));
      withConnectRetries(fail, { retry: { retries: 1, firstDelayMs: 1, maxDelayMs: 1 }, host: 'discord.test', logger }).catch((e) => console.log(e.name));
    `);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('DiscordUnreachableError');
  });
});
