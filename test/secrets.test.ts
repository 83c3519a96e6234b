// Issue 6, item 5: secrets and surface. The token never reaches a log line, an error reply or crash
// output, even when an error carries the configuration; the code has no eval, no Function, no
// dynamic import of a computed path; an `article` option is looked up in the loaded list and never
// becomes a path. (`npm audit --omit=dev --audit-level=high` needs the registry, so it runs in CI, not here.)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { createLogger } from '../src/bot/log.js';
import { loadLibrary } from '../src/load/library.js';
import { DiscordStandIn } from './discord-standin.js';
import { APP, GUILD, command, fakeToken, startBot, type BotProcess } from './helpers/bot.js';
import { dataDir, fixtureText, TEMPO } from './helpers/articles.js';
import { SERVER_ERROR, failNext } from './helpers/faults.js';
import { root, runNode } from './helpers/run.js';
import { tempFolder } from './helpers/temp.js';

/** A logger as the bot makes it, writing into an array. */
function capture(secrets: readonly string[] = []): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level: 'trace', secrets, destination: { write: (line: string) => void lines.push(line) } }) };
}

describe('the logger never writes the token', () => {
  const token = fakeToken('logger');
  const config = { token, apiUrl: 'https://discord.com/api', logLevel: 'info' };

  it('not from an error that carries the config, nor from a config nested anywhere in a line', () => {
    const { lines, logger } = capture();
    logger.error({ err: Object.assign(new Error('boom'), { config }) }, 'an error with the config attached');
    logger.error({ err: Object.assign(new TypeError('deeper'), { context: { config } }) }, 'deeper');
    logger.error({ err: new Error('outer', { cause: Object.assign(new Error('inner'), { config }) }) }, 'a cause with the config');
    logger.warn({ config }, 'the config itself');
    logger.info({ request: { config } }, 'a config one level down');
    logger.info({ headers: { authorization: `Bot ${token}` } }, 'a header');
    expect(lines).toHaveLength(6);
    expect(lines.join('\n')).toContain('boom');
    expect(lines.join('\n')).not.toContain(token);
  });

  it('not from a message or a stack that holds it, when the token is named a secret', () => {
    const { lines, logger } = capture([token]);
    const err = new Error(`login with ${token} failed`);
    logger.error({ err }, `could not log in with ${token}`);
    expect(lines.join('\n')).toContain('[redacted]');
    expect(lines.join('\n')).not.toContain(token);
  });

  it('not the interaction token in a REST URL, nor a request body', () => {
    const { lines, logger } = capture();
    const interactionToken = 'aW50ZXJhY3Rpb246secret-interaction-token';
    const url = `https://discord.com/api/v10/interactions/123/${interactionToken}/callback`;
    const err = Object.assign(new Error(`Unknown interaction ${url}`), { url, method: 'POST', status: 404, code: 10062, requestBody: { json: { token } } });
    logger.error({ err }, 'interaction failed');
    const written = lines.join('\n');
    expect(written).toContain('/interactions/123/[token]');
    expect(written).toContain('10062');
    expect(written).not.toContain(interactionToken);
    expect(written).not.toContain(token);
  });
});

describe('crash output never shows the token', () => {
  /** Runs an ES module snippet with the built kutip, in a child process. */
  function runSnippet(code: string) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH } });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  }

  const token = fakeToken('crash');
  const faults = `
    const config = { token: '${token}', apiUrl: 'https://discord.com/api' };
    setTimeout(() => { throw Object.assign(new Error('thrown with the config'), { config }); }, 0);
    setTimeout(() => void Promise.reject(Object.assign(new Error('rejected with the config'), { config })), 10);
    setTimeout(() => { console.log('still serving'); process.exit(0); }, 100);`;

  it('without guards, Node prints an uncaught error whole, token included, and exits (why the guards exist)', () => {
    const { status, output } = runSnippet(faults);
    expect(status).not.toBe(0);
    expect(output).toContain(token);
  });

  it('with the process guards, both faults are logged without the token and the process keeps serving', () => {
    const { status, output } = runSnippet(`
      import { installProcessGuards } from './dist/src/process-guards.js';
      import { createLogger } from './dist/src/bot/log.js';
      installProcessGuards(createLogger({ level: 'info', pretty: false }));
      ${faults}`);
    expect(status, output).toBe(0);
    expect(output).toContain('uncaught exception');
    expect(output).toContain('unhandled rejection');
    expect(output).toContain('thrown with the config');
    expect(output).toContain('still serving');
    expect(output).not.toContain(token);
  });

  it('a malformed token stops start-up with one line naming the variable, never its value', () => {
    const r = runNode('dist/app/main.js', [], '', { DISCORD_TOKEN: 'has spaces SECRETPART1234567890', CACHE_DIR: 'off' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/DISCORD_TOKEN/);
    expect(r.stdout + r.stderr).not.toContain('SECRETPART1234567890');
  });
});

describe('a bot run with errors in it', () => {
  const token = fakeToken('secrets');
  let standIn: DiscordStandIn;
  let bot: BotProcess;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 60_000 });
    bot = await startBot(standIn, token);
  });

  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });

  it('never shows the bot token or an interaction token, in logs, replies or output', async () => {
    const gone = await command(standIn, bot, 'gone');
    expect(gone.log.outcome).toBe('error');
    const failing = standIn.chatInput({ command: 'who', options: { query: 'Lavrov' } });
    failNext(standIn, failing, [SERVER_ERROR], { forever: true });
    await bot.waitForLog((l) => l.interaction === failing.id && l.msg === 'could not send the error reply');
    bot.signal('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output).not.toContain(token);
    expect(bot.output).not.toContain(failing.token);
    expect(bot.output).not.toContain(gone.sent.token);
    const sent = JSON.stringify(standIn.requests.map((r) => r.body));
    expect(sent).not.toContain(token);
  });
});

describe('an article option is looked up, never used as a path', () => {
  it('an id that is a file on disk but not loaded is "no such article", in the core', () => {
    const dir = tempFolder('kutip-ids-');
    writeFileSync(join(dir, 'a.txt'), fixtureText(`${TEMPO}.txt`));
    const library = loadLibrary({ dir });
    writeFileSync(join(dir, 'b.txt'), fixtureText(`${TEMPO}.txt`));
    for (const article of ['b', 'b.txt', join(dir, 'b'), join(dir, 'a'), './a', '../a', 'a/../a', join(dataDir, TEMPO), TEMPO]) {
      const result = answer(library, { command: 'who', query: 'Lavrov', article });
      expect(result.found, article).toBe(false);
      expect(result.citations, article).toEqual([]);
    }
    expect(answer(library, { command: 'who', query: 'Lavrov', article: 'a' }).found).toBe(true);
  });

  it('through the bot, a path to a real article file gets the "no such article" reply', async () => {
    const token = fakeToken('paths');
    const standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 60_000 });
    const bot = await startBot(standIn, token);
    try {
      for (const article of [`data/articles/${TEMPO}`, `${TEMPO}.txt`, resolve(dataDir, TEMPO), `./${TEMPO}`]) {
        const { log, message } = await command(standIn, bot, 'who', { query: 'Lavrov', article });
        expect(log.outcome, article).toBe('unknown-article');
        expect(message.flags, article).toBe(64);
      }
      expect((await command(standIn, bot, 'who', { query: 'Lavrov', article: TEMPO })).log).toMatchObject({ outcome: 'answered', found: true });
    } finally {
      await bot.stop();
      await standIn.close();
    }
  });
});

describe('the code has no way to run text as code', () => {
  /** Every .ts file under src/ and commands/, comments removed. */
  const sources = ['src', 'commands'].flatMap((top) => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
      });
    return walk(join(root, top)).map((path) => ({
      file: relative(root, path),
      code: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1'),
    }));
  });

  it('reads the sources (so the checks below check something)', () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(['src/main.ts', 'src/bot/dispatch.ts', 'commands/ask.ts']));
  });

  const forbidden: [RegExp, string][] = [
    [/\beval\s*\(/, 'eval('],
    [/\bnew\s+Function\b|\bFunction\s*\(/, 'the Function constructor'],
    [/from\s+['"](node:)?vm['"]/, 'node:vm'],
    [/\bimport\s*\(\s*(?!['"][^'"]+['"]\s*\))/, 'import() of a computed path'],
    [/\brequire\s*\(\s*(?!['"][^'"]+['"]\s*\))/, 'require() of a computed path'],
  ];

  it('the checks catch what they must and pass literal imports', () => {
    const caught = ['eval(text)', 'const f = new Function("a", body)', 'Function(body)()', "import vm from 'node:vm'", 'await import(path)', 'await import(`./${name}.js`)', 'require(name)'];
    for (const code of caught) expect(forbidden.some(([pattern]) => pattern.test(code)), code).toBe(true);
    const passed = ["await import('./inspect.js')", "createRequire(import.meta.url).resolve('pino-pretty')", "type T = import('x').Y", 'evaluate(x)', 'a.eval_(x)'];
    for (const code of passed) expect(forbidden.some(([pattern]) => pattern.test(code)), code).toBe(false);
  });

  it('no eval, no Function constructor, no vm, no import() or require() of anything but a literal path', () => {
    const found = sources.flatMap(({ file, code }) => forbidden.filter(([pattern]) => pattern.test(code)).map(([, what]) => `${file}: ${what}`));
    expect(found).toEqual([]);
  });

  it('the modules that see what users type (bot, answers, commands) never touch the filesystem or spawn processes', () => {
    const userFacing = sources.filter(({ file }) => /^(src\/bot\/|src\/answer\/|commands\/|src\/library\.ts|src\/search\.ts)/.test(file));
    expect(userFacing.length).toBeGreaterThan(10);
    const io = /from\s+['"](node:)?(fs|fs\/promises|child_process)['"]|\bprocess\.chdir\b/;
    expect(userFacing.filter(({ code }) => io.test(code)).map(({ file }) => file)).toEqual([]);
  });
});
