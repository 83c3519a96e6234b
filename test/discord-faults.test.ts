// Issue 6, item 2: Discord's known failures, injected by the loopback Discord into a real bot
// process. discord.js retries what can be retried; the bot logs what it cannot deliver and keeps
// serving; a closed or dropped gateway is resumed; an invalid token stops start-up with one line.
import { REST, Routes } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config.js';
import { loginError } from '../src/bot/login-error.js';
import { logRestTrouble } from '../src/bot/rest-log.js';
import { DiscordStandIn } from './discord-standin.js';
import { APP, BotProcess, GUILD, botEnv, command, exchangeOf, fakeToken, startBot } from './helpers/bot.js';
import { SERVER_ERROR, UNKNOWN_INTERACTION, callbackStatuses, failNext, rateLimited, until } from './helpers/faults.js';

describe('Discord faults, injected into a running bot', () => {
  const token = fakeToken('faults');
  let standIn: DiscordStandIn;
  let bot: BotProcess;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 1000, lifetimeMs: 90_000 });
    bot = await startBot(standIn, token);
  });

  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });

  /** The bot still answers: a fresh /who Lavrov gets its embed citing ¶2. */
  async function stillServing(): Promise<void> {
    const { message, log } = await command(standIn, bot, 'who', { query: 'Lavrov' });
    expect(log).toMatchObject({ outcome: 'answered', found: true });
    expect(message.embeds?.[0]?.fields?.[0]?.name).toBe('¶2');
    expect(bot.running).toBe(true);
  }

  it('a 500 on the interaction callback is retried by discord.js and the answer arrives', async () => {
    const sent = standIn.chatInput({ command: 'who', options: { query: 'Lavrov' } });
    failNext(standIn, sent, [SERVER_ERROR]);
    const { message, log } = await exchangeOf(standIn, bot, sent);
    expect(callbackStatuses(standIn, sent)).toEqual([500, 204]);
    expect(log).toMatchObject({ outcome: 'answered', found: true });
    expect(message.embeds?.[0]?.fields?.[0]?.name).toBe('¶2');
  });

  it('a 500 that persists is logged with the interaction id, and the next command is answered', async () => {
    const sent = standIn.chatInput({ command: 'who', options: { query: 'Lavrov' } });
    failNext(standIn, sent, [SERVER_ERROR], { forever: true });
    const failed = await bot.waitForLog((l) => l.interaction === sent.id && l.msg === 'interaction failed');
    expect(failed.level).toBe(50);
    expect(JSON.stringify(failed.err)).toMatch(/500/);
    const line = await bot.waitForLog((l) => l.interaction === sent.id && l.msg === 'interaction');
    expect(line.outcome).toBe('error');
    // The friendly error reply goes to the same failing callback: that is logged too, and that is all.
    await bot.waitForLog((l) => l.interaction === sent.id && l.msg === 'could not send the error reply');
    expect(callbackStatuses(standIn, sent).every((s) => s === 500)).toBe(true);
    await stillServing();
  });

  it('a 429 with retry_after on the callback: discord.js waits, retries, and the answer arrives', async () => {
    const sent = standIn.chatInput({ command: 'quote', options: { query: 'Putin' } });
    failNext(standIn, sent, [rateLimited(0.25)]);
    const { message, log } = await exchangeOf(standIn, bot, sent);
    expect(callbackStatuses(standIn, sent)).toEqual([429, 204]);
    expect(log).toMatchObject({ outcome: 'answered' });
    expect(message.embeds?.[0]?.fields?.some((f) => f.name === '¶6')).toBe(true);
    await stillServing();
  });

  it('a 429 on the edit of a deferred reply: retried, and the edit arrives', async () => {
    const sent = standIn.chatInput({ command: 'ask', options: { question: 'Kursk' } });
    const path = `/webhooks/${APP}/${sent.token}/messages/@original`;
    let limited = false;
    const remove = standIn.intercept((r) => (r.method === 'PATCH' && r.path === path && !limited ? ((limited = true), rateLimited(0.25)) : undefined));
    const { type, message, log } = await exchangeOf(standIn, bot, sent);
    remove();
    expect(type).toBe(5);
    expect(standIn.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([429, 200]);
    expect(log).toMatchObject({ outcome: 'answered', found: true });
    expect(message.embeds?.[0]?.fields?.[0]?.name).toBe('¶3');
  });

  it('10062 Unknown interaction (expired): logged, no crash, and the next command is answered', async () => {
    const sent = standIn.chatInput({ command: 'who', options: { query: 'Lavrov' } });
    failNext(standIn, sent, [UNKNOWN_INTERACTION], { forever: true });
    const failed = await bot.waitForLog((l) => l.interaction === sent.id && l.msg === 'interaction failed');
    expect(JSON.stringify(failed.err)).toMatch(/10062|Unknown interaction/);
    await bot.waitForLog((l) => l.interaction === sent.id && l.msg === 'interaction');
    await stillServing();
  });

  it('10062 on the deferral of a slow command: logged, no crash, and the next command is answered', async () => {
    const sent = standIn.chatInput({ command: 'ask', options: { question: 'Siapa Menteri Luar Negeri Rusia?' } });
    failNext(standIn, sent, [UNKNOWN_INTERACTION], { forever: true });
    const line = await bot.waitForLog((l) => l.interaction === sent.id && l.msg === 'interaction');
    expect(line.outcome).toBe('error');
    expect(callbackStatuses(standIn, sent).every((s) => s === 404)).toBe(true);
    await stillServing();
  });

  it('a gateway close with a resumable code (4000): the client resumes and answers the next command', async () => {
    const resumes = standIn.resumes.length;
    const identifies = standIn.identifies.length;
    standIn.closeGateway(4000, 'Unknown error');
    await until(() => standIn.resumes.length > resumes && standIn.readySessions === 1, 15_000, 'a RESUME');
    await bot.waitForLog((l) => l.msg === 'gateway resumed', 15_000);
    expect(standIn.identifies).toHaveLength(identifies);
    await stillServing();
  });

  it('a dropped socket (no close frame): the client reconnects and answers the next command', async () => {
    const connections = standIn.gatewayConnections.length;
    const resumedBefore = bot.logs.filter((l) => l.msg === 'gateway resumed').length;
    standIn.dropGateway();
    await until(() => standIn.gatewayConnections.length > connections && standIn.readySessions === 1, 20_000, 'a new gateway connection');
    await until(() => bot.logs.filter((l) => l.msg === 'gateway resumed' || l.msg === 'ready').length > resumedBefore + 1, 20_000, 'a resumed or ready session');
    await stillServing();
  });

  // discord.js retries a 5xx or 429 by itself; the operator must still learn of it (src/bot/rest-log.ts).
  it('a retried 500 and 429 are each logged as a warning, with the route and never the token', async () => {
    const earlier = bot.logs.length;
    const sent = standIn.chatInput({ command: 'who', options: { query: 'Lavrov' } });
    failNext(standIn, sent, [SERVER_ERROR, rateLimited(0.1)]);
    await exchangeOf(standIn, bot, sent);
    const warned = bot.logs.slice(earlier).filter((l) => l.level === 40 && l.route === '/interactions/:id/:token/callback');
    expect(warned.map((l) => l.status)).toEqual([500, 429]);
    expect(JSON.stringify(warned)).not.toContain(sent.token);
  });

  it('served every fault without an unhandled rejection or a crash', () => {
    expect(bot.running).toBe(true);
    expect(bot.logs.filter((l) => l.msg === 'unhandled rejection')).toEqual([]);
    expect(bot.output).not.toMatch(/uncaught|unhandled/i);
    expect(bot.output).not.toContain(token);
  });
});

describe('an invalid token at login', () => {
  /** Starts the bot with a token Discord refuses: it must exit non-zero with one line naming the token, never its value. */
  async function expectOneLineRefusal(standIn: DiscordStandIn, wrong: string): Promise<string> {
    const bot = new BotProcess(botEnv(standIn.apiUrl, wrong), 30_000);
    const { code } = await bot.ended;
    const output = bot.output;
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    const lines = output.trim().split('\n');
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(/^kutip: .*token/i);
    expect(output).not.toContain(wrong);
    return output;
  }

  it('refused by REST (401): one clear line, a non-zero exit, the token never printed', async () => {
    const standIn = await DiscordStandIn.start({ token: fakeToken('right'), applicationId: APP, guildId: GUILD, lifetimeMs: 30_000 });
    try {
      const wrong = fakeToken('wrong');
      const output = await expectOneLineRefusal(standIn, wrong);
      expect(output).not.toContain(wrong.split('.')[2]!);
    } finally {
      await standIn.close();
    }
  });

  // A token the gateway refuses is one line that names DISCORD_TOKEN (src/bot/login-error.ts), not a
  // "gateway disconnected" warning followed by "Authentication failed".
  it('refused by the gateway (close 4004): one clear line, a non-zero exit, the token never printed', async () => {
    const standIn = await DiscordStandIn.start({ token: fakeToken('right'), applicationId: APP, guildId: GUILD, lifetimeMs: 30_000 });
    // REST lets the token through (as Discord may for a token revoked a moment ago); IDENTIFY does not.
    standIn.intercept((r) =>
      r.path === '/gateway/bot'
        ? { status: 200, body: { url: standIn.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } }
        : undefined,
    );
    try {
      const wrong = fakeToken('wrong');
      const output = await expectOneLineRefusal(standIn, wrong);
      expect(standIn.identifies.length).toBeGreaterThan(0);
    } finally {
      await standIn.close();
    }
  });
});

describe('the helpers that make these faults visible', () => {
  it('logRestTrouble: a 500 and a 429 that discord.js retries are logged with the route, never the path or a token', async () => {
    const token = fakeToken('rest');
    const standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, lifetimeMs: 30_000 });
    try {
      const lines: Record<string, unknown>[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
      const rest = new REST({ api: standIn.apiUrl }).setToken(token);
      logRestTrouble(rest, logger);
      // An interaction callback, answered here without a gateway: a 500, a 429, then 204.
      const sent = { id: '1234567890123456789', token: 'aW50ZXJhY3Rpb246secret-interaction-token' };
      const answers = [SERVER_ERROR, rateLimited(0.1), { status: 204 }];
      standIn.intercept((r) => (r.path.includes(sent.token) ? answers.shift() : undefined));
      await rest.post(Routes.interactionCallback(sent.id, sent.token), { body: { type: 4, data: { content: 'ok' } }, auth: false });
      expect(callbackStatuses(standIn, sent)).toEqual([500, 429, 204]);
      expect(lines.map((l) => [l.level, l.status, l.route])).toEqual([
        [40, 500, '/interactions/:id/:token/callback'],
        [40, 429, '/interactions/:id/:token/callback'],
      ]);
      expect(lines[1]).toMatchObject({ retryAfterS: 0.1, method: 'POST' });
      expect(JSON.stringify(lines)).not.toContain(sent.token);
      expect(JSON.stringify(lines)).not.toContain(token);
    } finally {
      await standIn.close();
    }
  });

  it('loginError: each way Discord refuses a token becomes one ConfigError naming DISCORD_TOKEN, never its value', () => {
    const refusals = [
      Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }),
      Object.assign(new Error('401: Unauthorized'), { status: 401 }),
      new Error('Authentication failed'),
    ];
    for (const refusal of refusals) {
      const reported = loginError(refusal);
      expect(reported, refusal.message).toBeInstanceOf(ConfigError);
      expect((reported as Error).message).toMatch(/^Invalid DISCORD_TOKEN: /);
      expect((reported as Error).message).not.toContain('\n');
    }
    const other = new Error('connect ECONNREFUSED 127.0.0.1:1');
    expect(loginError(other)).toBe(other);
  });
});
