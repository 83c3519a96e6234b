// Issue 6, item 6: the process. An exception in a command handler is contained (the user gets the
// friendly error reply, the next command is answered); a rejection nobody handles is logged, not
// fatal; an exception nobody catches is logged and contained; SIGTERM during a burst finishes the
// replies in flight and exits 0. Faults outside any handler are injected into the real bot process
// by a preload (test/helpers/inject-faults.mjs, on SIGUSR2).
import { Events, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../commands/index.js';
import { createClient } from '../src/bot/client.js';
import type { ActionCommand } from '../src/bot/action.js';
import type { Command } from '../src/bot/command.js';
import { createDispatcher } from '../src/bot/dispatch.js';
import { createLogger } from '../src/bot/log.js';
import { parseConfig } from '../src/config.js';
import { loadLibrary } from '../src/load/library.js';
import type { Answer } from '../src/findings.js';
import { DiscordStandIn } from './discord-standin.js';
import { APP, EPHEMERAL, GUILD, command, exchangeOf, fakeToken, startBot, type BotProcess, type LogLine } from './helpers/bot.js';
import { dataDir } from './helpers/articles.js';
import { rateLimited, until } from './helpers/faults.js';
import { runFolderFor, unprivilegedUser } from './helpers/unprivileged.js';

const PRELOAD = ['--import', './test/helpers/inject-faults.mjs'];

/** A command whose handler fails the way a bug would. */
const failing = (name: string, run: Command['run'], defer = false): Command => ({
  data: { name, description: 'fails' } as RESTPostAPIChatInputApplicationCommandsJSONBody,
  ...(defer && { defer }),
  run,
});

describe('an exception in a command handler, with the real discord.js client in this process', () => {
  const token = fakeToken('handler');
  const config = parseConfig({ DISCORD_TOKEN: token, DISCORD_API_URL: 'http://127.0.0.1:1/api', CACHE_DIR: 'off' });
  const logs: LogLine[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) } });
  let standIn: DiscordStandIn;
  let client: ReturnType<typeof createClient>;

  const commands = new Map<string, Command | ActionCommand>([
    ...commandsByName,
    ['throws', failing('throws', () => { throw Object.assign(new TypeError('a bug in a handler'), { config }); })],
    ['throws-late', failing('throws-late', () => { throw new RangeError('a bug after deferring'); }, true)],
    ['throws-string', failing('throws-string', () => { throw 'not even an Error'; })],
    ['bad-answer', failing('bad-answer', () => ({ command: 'who', query: 'x', found: true }) as unknown as Answer)],
  ]);

  beforeAll(async () => {
    standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 60_000 });
    client = createClient({ ...config, apiUrl: standIn.apiUrl });
    const library = loadLibrary({ dir: dataDir });
    const dispatcher = createDispatcher({ library, commands, logger, cooldownSeconds: 0 });
    client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(token);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await standIn?.close();
  });

  /** The message a sent interaction produced, and the dispatcher's line for it. */
  async function send(name: string, options: Record<string, string> = {}) {
    const sent = standIn.chatInput({ command: name, options });
    const callback = await standIn.waitForRequest((r) => r.path === `/interactions/${sent.id}/${sent.token}/callback`);
    const body = callback.body as { type: number; data?: { content?: string; flags?: number; embeds?: unknown[] } };
    const message = body.type === 5 ? ((await standIn.editOf(sent)).body as typeof body.data) : body.data;
    await until(() => logs.some((l) => l.interaction === sent.id && l.msg === 'interaction'), 10_000, 'the interaction line');
    const line = logs.find((l) => l.interaction === sent.id && l.msg === 'interaction')!;
    return { sent, type: body.type, message, line };
  }

  for (const name of ['throws', 'throws-late', 'throws-string', 'bad-answer']) {
    it(`/${name}: the user gets the friendly error naming the interaction id, the error is logged, the next command is answered`, async () => {
      const { sent, type, message, line } = await send(name);
      expect(message?.content).toContain(sent.id);
      expect(message?.content).toMatch(/something went wrong/i);
      // An error after deferring edits the deferred reply (public, as deferred); before, it is ephemeral.
      if (type === 4) expect(message?.flags).toBe(EPHEMERAL);
      expect(line.outcome).toBe('error');
      const failed = logs.find((l) => l.interaction === sent.id && l.msg === 'interaction failed');
      expect(failed?.level).toBe(50);
      const next = await send('who', { query: 'Lavrov' });
      expect(next.line).toMatchObject({ outcome: 'answered', found: true });
      expect(next.message?.embeds).toHaveLength(1);
    });
  }

  it('never wrote the token, though an error carried the config', () => {
    expect(logs.some((l) => JSON.stringify(l.err ?? '').includes('a bug in a handler'))).toBe(true);
    expect(JSON.stringify(logs)).not.toContain(token);
  });
});

describe('the bot process', () => {
  const token = fakeToken('process');
  let standIn: DiscordStandIn;
  let bot: BotProcess;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 90_000 });
    bot = await startBot(standIn, token, { KUTIP_TEST_FAULTS: 'reject,throw' }, PRELOAD);
  });

  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });

  it('an unhandled rejection (carrying the config) is logged without the token, and the bot keeps answering', async () => {
    bot.signal('SIGUSR2');
    const line = await bot.waitForLog((l) => l.msg === 'unhandled rejection');
    expect(line.level).toBe(50);
    expect(JSON.stringify(line.err)).toContain('injected fault: reject');
    expect(bot.output).not.toContain(token);
    const { log } = await command(standIn, bot, 'who', { query: 'Lavrov' });
    expect(log).toMatchObject({ outcome: 'answered', found: true });
    expect(bot.running).toBe(true);
  });

  // Without the process guards (src/process-guards.ts) Node prints the raw error with every property,
  // the config and its token included, and exits 1.
  it('an uncaught exception (carrying the config) is logged without the token, and the bot keeps answering', async () => {
    bot.signal('SIGUSR2');
    const logged = bot.waitForLog((l) => /uncaught exception/.test(String(l.msg)), 10_000);
    logged.catch(() => undefined);
    const first = await Promise.race([logged, bot.ended.then(({ code }) => ({ exited: code }))]);
    expect(first).not.toHaveProperty('exited');
    expect(JSON.stringify((await logged).err)).toContain('injected fault: throw');
    expect(bot.output).not.toContain(token);
    const { log } = await command(standIn, bot, 'who', { query: 'Lavrov' });
    expect(log).toMatchObject({ outcome: 'answered' });
    expect(bot.running).toBe(true);
  });
});

describe('SIGTERM during a burst', () => {
  it('finishes the replies in flight, then exits 0', async () => {
    const token = fakeToken('sigterm');
    const standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 60_000 });
    const bot = await startBot(standIn, token);
    try {
      await command(standIn, bot, 'ask', { question: 'Kursk' });
      // 60 deferred questions: acknowledged at once, their edits then queue behind discord.js's own
      // limit of 50 requests a second. One edit is answered 429 ("retry after 0.5 s") until SIGTERM
      // is sent, so at SIGTERM at least that answer is in flight however fast or slow the machine
      // is. (Not more: what is in flight must be delivered within the bot's 5 s drain, at 50
      // requests a second.)
      const sent = Array.from({ length: 60 }, (_, i) => standIn.chatInput({ command: 'ask', options: { question: i % 2 ? 'Kursk' : 'bantuan militer' } }));
      const held = sent[0]!;
      let stopping = false;
      standIn.intercept((r) => (!stopping && r.method === 'PATCH' && r.path.includes(held.token) ? rateLimited(0.5) : undefined));
      await until(() => sent.every((s) => standIn.requests.some((r) => r.path === `/interactions/${s.id}/${s.token}/callback`)), 20_000, 'every deferral');
      await bot.whileRunning(standIn.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(held.token) && r.status === 429, 20_000), 'the held edit');
      const editsBefore = sent.filter((s) => standIn.requests.some((r) => r.method === 'PATCH' && r.path.includes(s.token) && r.status === 200)).length;
      // Released with the signal, not on the bot's 'stopping' line: a test process slow to read that
      // line must not eat into the bot's drain. The bot's next try comes 0.5 s after its last 429.
      bot.signal('SIGTERM');
      stopping = true;
      const { code, signal } = await bot.ended;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(bot.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
      // Every acknowledged interaction got its answer: no one is left with "kutip is thinking…".
      for (const s of sent) {
        const edits = standIn.requests.filter((r) => r.method === 'PATCH' && r.path.includes(s.token));
        expect(edits.at(-1)?.status, s.id).toBe(200);
      }
      expect(standIn.requests.filter((r) => r.method === 'PATCH' && r.path.includes(held.token)).map((r) => r.status)).toContain(429);
      console.log(`SIGTERM with ${sent.length - editsBefore} of ${sent.length} answers still in flight; all were delivered before exit`);
      expect(editsBefore).toBeLessThan(sent.length);
      expect(bot.output).not.toContain(token);
    } finally {
      await bot.stop();
      await standIn.close();
    }
  });
});

describe('without root', () => {
  // As root: as nobody, from the checkout if nobody can read it, else from a copy nobody can read
  // (test/helpers/unprivileged.ts): a checkout under a private folder must not fail this test.
  const user = unprivilegedUser;
  let folder: ReturnType<typeof runFolderFor> | undefined;
  beforeAll(() => {
    if (user !== undefined) folder = runFolderFor(user);
  });
  afterAll(() => {
    if (folder !== undefined && 'remove' in folder) folder.remove();
  });

  it('runs as an unprivileged user (nobody, when the tests run as root), connects and answers', async (ctx) => {
    if (folder !== undefined && 'skip' in folder) {
      console.warn(`skipped: ${folder.skip}`);
      ctx.skip(folder.skip);
    }
    const cwd = folder !== undefined && 'dir' in folder ? folder.dir : undefined;
    if (folder !== undefined && 'copied' in folder && folder.copied) console.log(`nobody cannot read the checkout: running a copy in ${cwd}`);
    const token = fakeToken('nonroot');
    const standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 60_000 });
    const bot = await startBot(standIn, token, { HOME: '/nonexistent' }, [], user, cwd);
    try {
      expect(bot.uid()).not.toBe(0);
      const { log } = await command(standIn, bot, 'who', { query: 'Lavrov' });
      expect(log).toMatchObject({ outcome: 'answered', found: true });
    } finally {
      await bot.stop();
      await standIn.close();
    }
  });
});
