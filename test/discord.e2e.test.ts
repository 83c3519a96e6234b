// End to end: `npm run register` and the bot process, built from this tree, talk to a loopback
// Discord (test/discord-standin.ts) with the real, unmodified discord.js client. The tests assert
// the exact REST payloads the bot sends. Answers come from the real core, so assertions are about
// what must hold for any correct answer (which paragraph is cited, that excerpts are verbatim, that
// nothing pings), never about the core's wording.
//
// Build: the processes run dist/, which test/global-setup.ts builds once before any test
// (`npm run build`), so they never run stale code. The bot is started with the command `npm start`
// runs (`node dist/app/main.js`), read from package.json, but without npm in between: npm does not
// pass SIGTERM on to its child, so under npm the SIGTERM test would test npm. Only 127.0.0.1 is used; the stand-in and the processes stop
// themselves (afterAll, SIGKILL as a last resort, the stand-in's own safety timer).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrations } from '../commands/index.js';
import { loadLibrary } from '../src/load/library.js';
import { DiscordStandIn, snowflake, type RecordedRequest } from './discord-standin.js';
import { BotProcess } from './helpers/bot.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES = 'data/articles';
const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsTaNd.e2e-not-a-real-token-4f9b2c';
const APP = '109876543210987654';
const GUILD = '209876543210987654';
const COOLDOWN = 30;
const EPHEMERAL = 64;

const library = loadLibrary({ dir: join(ROOT, ARTICLES) });
const tempo = library.entries.find((e) => e.article.id.startsWith('tempo-2024-11-02'))!;

// ── Build and processes ─────────────────────────────────────────────────────────────────────────

/** The environment of a spawned process: ours only, nothing from the developer's shell or .env. */
function environment(apiUrl: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APP,
    DISCORD_GUILD_ID: GUILD,
    DISCORD_API_URL: apiUrl,
    ARTICLES_DIR: ARTICLES,
    LOG_LEVEL: 'info',
    COOLDOWN_SECONDS: String(COOLDOWN),
    CACHE_DIR: 'off',
  };
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
    child.on('error', reject);
    // 'close', not 'exit': only then has everything the process wrote been read.
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

// ── Reading payloads ────────────────────────────────────────────────────────────────────────────

interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: unknown;
  flags?: number;
}

/** What Discord shows of our Markdown: bold markers gone, escaped punctuation as itself. */
const shown = (markdown: string) => markdown.replace(/(?<!\\)\*\*/g, '').replace(/\\([^\p{L}\p{N}\s])/gu, '$1');

const paragraph = (n: number) => tempo.article.paragraphs.find((p) => p.n === n)?.text ?? '';

/** Every ¶N field's excerpt, as shown, is the article's own words in paragraph N. Returns the N, in order. */
function citedParagraphs(embed: APIEmbed): number[] {
  const cited = (embed.fields ?? []).filter((f) => /^¶\d+/.test(f.name));
  for (const field of cited) {
    const n = Number(/^¶(\d+)/.exec(field.name)![1]);
    const excerpt = shown(field.value).replace(/…$/, '');
    expect(paragraph(n), `¶${n} excerpt must be verbatim`).toContain(excerpt);
    for (const [, bold] of field.value.matchAll(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/g)) expect(paragraph(n)).toContain(shown(bold!));
  }
  return cited.map((f) => Number(/^¶(\d+)/.exec(f.name)![1]));
}

/** All the text of an embed, as Discord shows it. */
const embedText = (embed: APIEmbed) =>
  shown([embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text].join('\n'));

const rawStrings = (embed: APIEmbed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])];

// ── The tests ───────────────────────────────────────────────────────────────────────────────────

describe('kutip on a loopback Discord, with the real discord.js client', () => {
  let standIn: DiscordStandIn;
  let bot: BotProcess | undefined;
  let registerOutput = '';

  beforeAll(async () => {
    standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 1000, lifetimeMs: 120_000 });
  });

  afterAll(async () => {
    if (bot?.running) bot.signal('SIGKILL');
    await standIn?.close();
  });

  /** Sends a chat-input command and returns the message it produced (from the callback or the edit). */
  async function command(name: string, options: Record<string, string>, locale = 'en-US', userId = snowflake()) {
    const sent = standIn.chatInput({ command: name, options, locale, userId });
    // A bot that has died fails these waits at once, with its stderr.
    const callback = await bot!.whileRunning(standIn.callbackOf(sent), `answering /${name}`);
    const body = callback.body as { type: number; data?: MessageBody };
    const edit = body.type === 5 ? await bot!.whileRunning(standIn.editOf(sent), `editing in /${name}`) : undefined;
    const message = (edit ? edit.body : body.data) as MessageBody;
    const log = await bot!.waitForLog((l) => l.interaction === sent.id && l.msg === 'interaction');
    return { sent, callback: body, edit, message, embed: message.embeds?.[0], log };
  }

  it('npm run register puts every command on the guild, and a second run changes nothing', async () => {
    const env = environment(standIn.apiUrl);
    const route = `/applications/${APP}/guilds/${GUILD}/commands`;

    const first = await runToEnd('npm', ['run', '--silent', 'register'], env);
    registerOutput += first.out;
    expect(first.code, first.out).toBe(0);
    const calls = standIn.requests.filter((r) => r.path === route);
    expect(calls.map((r) => [r.method, r.query, r.authorized])).toEqual([
      ['GET', { with_localizations: 'true' }, true],
      ['PUT', {}, true],
    ]);
    expect(calls[1]!.body).toEqual(registrations);
    for (const name of ['who', 'when', 'where', 'quote', 'ask', 'search', 'timeline', 'people', 'check', 'source', 'help', 'article', 'articles', 'Check against the article']) {
      expect(first.out).toContain(`+ /${name} (new)`);
    }

    const second = await runToEnd('npm', ['run', '--silent', 'register'], env);
    registerOutput += second.out;
    expect(second.code, second.out).toBe(0);
    expect(standIn.requests.filter((r) => r.path === route).map((r) => r.method)).toEqual(['GET', 'PUT', 'GET']);
    expect(second.out).toContain('Up to date');
  });

  it('registers Indonesian names and a max length on every string option (inside subcommands too)', () => {
    type Option = Record<string, unknown> & { type: number; options?: Option[] };
    const check = (option: Option) => {
      expect(option.name_localizations).toHaveProperty('id');
      expect(option.description_localizations).toHaveProperty('id');
      if (option.type === 3) expect(option.max_length).toBeGreaterThan(0);
      for (const inner of option.options ?? []) check(inner);
    };
    for (const definition of standIn.commands.get(GUILD) ?? []) {
      expect(definition.name_localizations, String(definition.name)).toHaveProperty('id');
      // A message command (type 3) has no description, in any language.
      if (definition.type === 3) continue;
      expect(definition.description_localizations, String(definition.name)).toHaveProperty('id');
      for (const option of (definition.options ?? []) as Option[]) check(option);
    }
    const names = (standIn.commands.get(GUILD) ?? []).map((c) => [c.name, ((c.options ?? []) as { name: string }[]).map((o) => o.name)]);
    expect(Object.fromEntries(names)).toEqual({
      who: ['query', 'article'], when: ['query', 'article'], where: ['query', 'article'], quote: ['query', 'article'],
      ask: ['question', 'article'], search: ['query', 'article'], timeline: ['about', 'article'], people: ['about', 'article'],
      check: ['text', 'article'], source: ['article'], help: [], article: ['add', 'remove'], articles: ['page'], 'Check against the article': [],
    });
    expect((standIn.commands.get(GUILD) ?? []).find((c) => c.name === 'Check against the article')?.type).toBe(3);
    // Adding and removing are for Manage Server (0x20) in servers; the list is for everyone.
    const article = (standIn.commands.get(GUILD) ?? []).find((c) => c.name === 'article');
    expect(article).toMatchObject({ default_member_permissions: '32', contexts: [0], name_localizations: { id: 'artikel' } });
    expect((standIn.commands.get(GUILD) ?? []).find((c) => c.name === 'articles')).toMatchObject({ default_member_permissions: null });
  });

  it('connects with the Guilds intent only and logs one ready line', async () => {
    bot = new BotProcess(environment(standIn.apiUrl));
    const ready = await bot.waitForLog((l) => l.msg === 'ready', 20_000);
    expect(ready).toMatchObject({ user: 'kutip', guilds: 1, articles: library.entries.length });
    expect(standIn.requests.find((r) => r.path === '/gateway/bot')?.authorized).toBe(true);
    expect(standIn.gatewayConnections).toEqual(['/gateway?v=10&encoding=json']);
    expect(standIn.identifies).toHaveLength(1);
    expect(standIn.identifies[0]).toMatchObject({ token: '[token]', intents: 1, shard: [0, 1], compress: false });
    expect(bot.logs.filter((l) => l.msg === 'ready')).toHaveLength(1);
  });

  it('/who Lavrov: a public embed citing ¶2 verbatim, Lavrov in bold, the source, no mentions', async () => {
    const { callback, message, embed, log } = await command('who', { query: 'Lavrov' });
    expect(callback.type).toBe(4);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.flags ?? 0).toBe(0);
    expect(message.content).toBeUndefined();
    expect(message.embeds).toHaveLength(1);
    expect(citedParagraphs(embed!)[0]).toBe(2);
    expect(embed!.fields?.find((f) => f.name === '¶2')?.value).toMatch(/\*\*[^*]*Lavrov[^*]*\*\*/);
    expect(embedText(embed!)).toContain('Lavrov');
    const source = embed!.fields?.at(-1);
    expect(source?.name).toBe('Source');
    expect(source?.value).toContain(tempo.article.meta.outlet ?? tempo.article.id);
    expect(source?.value).toContain('2 November 2024');
    expect(log).toMatchObject({ command: 'who', locale: 'en-US', outcome: 'answered', found: true, latencyMs: expect.any(Number) });
  });

  it('/when the meeting: cites ¶2 and gives its date, 2 November 2024', async () => {
    const { callback, embed, log } = await command('when', { query: 'Choe Son Hui dan Lavrov bertemu' });
    expect(callback.type).toBe(4);
    expect(citedParagraphs(embed!)).toContain(2);
    expect(embedText(embed!)).toMatch(/2 November 2024|2024-11-02/);
    expect(log).toMatchObject({ command: 'when', found: true });
  });

  it('/quote Putin: cites ¶6 and quotes it word for word', async () => {
    const { callback, embed } = await command('quote', { query: 'Putin' });
    expect(callback.type).toBe(4);
    expect(citedParagraphs(embed!)).toContain(6);
    expect(embedText(embed!)).toContain('dokumen fundamental baru');
  });

  it('/ask defers first, then edits in a cited answer naming Lavrov', async () => {
    const { callback, edit, message, embed, log } = await command('ask', { question: 'Siapa Menteri Luar Negeri Rusia?' });
    expect(callback).toEqual({ type: 5, data: { flags: 0 } });
    expect(edit?.query).toEqual({});
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(citedParagraphs(embed!)).toContain(2);
    expect(embedText(embed!)).toContain('Lavrov');
    expect(log).toMatchObject({ command: 'ask', outcome: 'answered', found: true });
  });

  it('/who of an office two people hold, written in one clause: both, each in bold in the ¶ cited', async () => {
    const { callback, embed, log } = await command('who', { query: 'foreign minister' });
    expect(callback.type).toBe(4);
    expect(citedParagraphs(embed!)).toEqual([2]);
    const field = embed!.fields?.find((f) => f.name === '¶2')?.value ?? '';
    for (const name of ['Choe Son Hui', 'Lavrov']) {
      expect(embed!.title).toContain(name);
      expect(embed!.description).toContain(name);
      expect(field).toMatch(new RegExp(`\\*\\*[^*]*${name}[^*]*\\*\\*`));
    }
    expect(log).toMatchObject({ command: 'who', outcome: 'answered', found: true });
  });

  it('autocomplete: people for /who, places for /where, articles for the article option', async () => {
    const ask = async (command: string, focused: string, typed: string) => {
      const sent = standIn.autocomplete({ command, focused, options: { [focused]: typed } });
      const body = (await standIn.callbackOf(sent)).body as { type: number; data: { choices: { name: string; value: string }[] } };
      expect(body.type).toBe(8);
      expect(body.data.choices.length).toBeLessThanOrEqual(25);
      for (const choice of body.data.choices) {
        expect(choice.name.trim().length).toBeGreaterThan(0);
        expect(choice.name.length).toBeLessThanOrEqual(100);
      }
      return body.data.choices;
    };
    expect((await ask('who', 'query', 'lavr'))[0]?.name).toContain('Lavrov');
    expect((await ask('quote', 'query', 'puti'))[0]?.name).toContain('Putin');
    expect((await ask('where', 'query', 'mosk'))[0]?.name).toMatch(/Mos[ck]ow/);
    expect((await ask('who', 'article', 'tempo'))[0]?.value).toBe(tempo.article.id);
    expect((await ask('who', 'query', '')).length).toBeGreaterThan(0);
  });

  it('hostile input: mentions and Markdown are escaped, nobody is pinged', async () => {
    const hostile = '@everyone <@&1> **x**';
    const { callback, message, embed } = await command('who', { query: hostile });
    expect(callback.type).toBe(4);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(embed!.description).toContain('\\@everyone \\<@&1\\> \\*\\*x\\*\\*');
    for (const text of rawStrings(embed!)) {
      expect(text).not.toMatch(/(?<!\\)@everyone/);
      expect(text).not.toMatch(/(?<!\\)<@&1>/);
      expect(text).not.toMatch(/(?<!\\)\*\*x(?<!\\)\*\*/);
    }
    expect(embedText(embed!)).toContain(hostile);
  });

  it('an unknown command gets a friendly ephemeral reply naming the interaction id, and a log line', async () => {
    const { callback, message, sent, log } = await command('gone', {});
    expect(callback.type).toBe(4);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.content).toContain(sent.id);
    expect(log).toMatchObject({ outcome: 'error', command: 'gone' });
    const error = await bot!.waitForLog((l) => l.interaction === sent.id && l.msg === 'interaction failed');
    expect(error.level).toBe(50);
  });

  it('an article that is not loaded gets an ephemeral reply naming the interaction id; the id is never a path', async () => {
    const { message, sent, log } = await command('who', { query: 'Lavrov', article: '../../etc/passwd' });
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toContain(sent.id);
    expect(message.content).toContain('../../etc/passwd');
    expect(log).toMatchObject({ outcome: 'unknown-article' });
  });

  it('a second command within the cooldown is told how many seconds to wait', async () => {
    const user = snowflake();
    const first = await command('help', {}, 'en-US', user);
    expect(first.message.flags ?? 0).toBe(0);
    expect(first.embed).toBeDefined();
    const second = await command('help', {}, 'en-US', user);
    expect(second.callback.type).toBe(4);
    expect(second.message.flags).toBe(EPHEMERAL);
    const seconds = Number(/wait (\d+) s/.exec(second.message.content ?? '')?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(COOLDOWN);
    expect(second.log).toMatchObject({ outcome: 'cooldown' });
  });

  it('locale id: labels in Indonesian', async () => {
    const { embed, log } = await command('who', { query: 'Lavrov' }, 'id');
    expect(citedParagraphs(embed!)[0]).toBe(2);
    expect(embed!.fields?.at(-1)?.name).toBe('Sumber');
    expect(embed!.fields?.at(-1)?.value).toContain('2 November 2024');
    expect(log).toMatchObject({ locale: 'id' });
    const user = snowflake();
    await command('help', {}, 'id', user);
    expect((await command('help', {}, 'id', user)).message.content).toMatch(/^Tunggu \d+ detik/);
  });

  it('every payload the bot sent kept Discord’s limits and set allowed_mentions', () => {
    const replies = standIn.requests.filter(
      (r: RecordedRequest) =>
        (r.path.endsWith('/callback') && (r.body as { type: number }).type === 4) ||
        (r.path.startsWith('/webhooks/') && r.method !== 'GET' && r.method !== 'DELETE'),
    );
    expect(replies.length).toBeGreaterThan(5);
    for (const reply of replies) {
      expect(reply.status).toBeLessThan(300);
      const data = (reply.path.endsWith('/callback') ? (reply.body as { data: MessageBody }).data : reply.body) as MessageBody;
      expect(data.allowed_mentions).toEqual({ parse: [] });
    }
    expect(standIn.requests.filter((r) => r.status >= 400)).toEqual([]);
  });

  it('SIGTERM destroys the client and exits 0; the token was never printed', async () => {
    bot!.signal('SIGTERM');
    expect(await bot!.exited).toBe(0);
    expect(bot!.logs.map((l) => l.msg)).toContain('stopped');
    expect(bot!.output).not.toContain(TOKEN);
    expect(registerOutput).not.toContain(TOKEN);
  });
});
