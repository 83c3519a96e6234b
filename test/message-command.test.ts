// The message context-menu command "Check against the article" (right-click a message → Apps), end
// to end through the loopback Discord: registration as a type-3 command (a second run changes
// nothing, though Discord reads its description back as ""), the message's text arriving in the
// interaction's `resolved.messages`, and the ephemeral reply — over the gateway (the real discord.js
// client and the one dispatcher) and over the HTTP interactions endpoint (node dist/src/serve-http.js),
// which must answer alike. Only 127.0.0.1 is used; the client, the endpoint and the stand-in stop by
// themselves.
import { join } from 'node:path';
import type { APIEmbed, Client } from 'discord.js';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName, menuCommands, registrations } from '../commands/index.js';
import { createClient } from '../src/bot/client.js';
import { createDispatcher } from '../src/bot/dispatch.js';
import { createLogger } from '../src/bot/log.js';
import { register } from '../src/bot/register.js';
import { parseConfig } from '../src/config.js';
import { loadLibrary } from '../src/load/library.js';
import { DiscordStandIn, snowflake, type MessageCommandRequest, type SentInteraction } from './discord-standin.js';
import { shown } from './helpers/markdown-checks.js';
import { root } from './helpers/run.js';
import { Spawned } from './helpers/spawned.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsTaNd.menu-not-a-real-token-7c1e';
const APP = '109876543210987654';
const GUILD = '209876543210987654';
const EPHEMERAL = 64;
const ARTICLES = 'data/articles';
const MENU = 'Check against the article';
const library = loadLibrary({ dir: join(root, ARTICLES) });
const tempo = library.entries.find((e) => e.article.id.startsWith('tempo-2024-11-02'))!;

/** The example: the article says Rabu, 19 Juni 2024 (¶5); the message says 20 Juni. */
const CLAIMS = 'Putin menyatakan telah menyiapkan dokumen fundamental baru pada 20 Juni. Lavrov bertemu Choe di Moskow.';

interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: unknown;
  flags?: number;
}
interface Callback {
  type: number;
  data?: MessageData;
}

describe('the message command "Check against the article"', () => {
  let standIn: DiscordStandIn;
  let gateway: Client | undefined;
  let endpoint: Spawned | undefined;
  let url = '';
  const lines: string[] = [];

  beforeAll(async () => {
    standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 1000 });
    const config = parseConfig({ DISCORD_API_URL: standIn.apiUrl, COOLDOWN_SECONDS: '0' });
    gateway = createClient(config);
    const dispatcher = createDispatcher({ library, commands: commandsByName, menus: menuCommands, logger: createLogger({ level: 'silent' }), cooldownSeconds: 0 });
    gateway.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
    const ready = new Promise((resolve) => gateway!.once(Events.ClientReady, resolve));
    await gateway.login(TOKEN);
    await ready;
    endpoint = new Spawned(join('dist', 'src', 'serve-http.js'), {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_PUBLIC_KEY: standIn.publicKeyHex,
      DISCORD_API_URL: standIn.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      ARTICLES_DIR: ARTICLES,
      CACHE_DIR: 'off',
      LOG_LEVEL: 'info',
      COOLDOWN_SECONDS: '0',
    });
    const listening = await endpoint.waitForLog((l) => l.msg === 'listening', 20_000);
    url = `http://127.0.0.1:${String(listening.port)}/interactions`;
  });

  afterAll(async () => {
    await gateway?.destroy();
    endpoint?.signal('SIGKILL');
    await standIn?.close();
  });

  const registerOnce = () =>
    register({ config: { ...parseConfig({ DISCORD_API_URL: standIn.apiUrl }), token: TOKEN, clientId: APP, guildId: GUILD }, commands: registrations, print: (l) => lines.push(l) });

  it('registers as a message command (type 3) with its Indonesian name, beside the slash commands; a second run changes nothing', async () => {
    await registerOnce();
    const stored = standIn.commands.get(GUILD) ?? [];
    const menu = stored.find((c) => c.name === MENU);
    expect(menu).toMatchObject({ type: 3, name_localizations: { id: 'Cek dengan artikel' }, description: '' });
    expect(menu?.options).toBeUndefined();
    for (const name of ['timeline', 'people', 'check']) expect(stored.find((c) => c.name === name)?.type ?? 1).toBe(1);
    expect(lines).toContain(`  + /${MENU} (new)`);
    lines.length = 0;
    const changes = await registerOnce();
    expect(changes.every((c) => c.change === 'unchanged'), lines.join('\n')).toBe(true);
    expect(lines.at(-1)).toMatch(/^Up to date/);
  });

  /** A message command over the gateway: the message the user sees. */
  async function viaGateway(request: MessageCommandRequest): Promise<{ sent: SentInteraction; callback: Callback }> {
    const sent = standIn.messageCommand(request);
    return { sent, callback: (await standIn.callbackOf(sent)).body as Callback };
  }

  /** The same over the HTTP endpoint. */
  async function viaHttp(request: MessageCommandRequest): Promise<{ status: number; callback: Callback }> {
    const delivery = await standIn.postInteraction(url, request);
    return { status: delivery.status, callback: delivery.response as Callback };
  }

  /** What the user sees of a reply (discord.js adds `tts` and `enforce_nonce`, which the endpoint leaves out). */
  const seen = (callback: Callback) => ({ type: callback.type, embeds: callback.data?.embeds, allowed_mentions: callback.data?.allowed_mentions, flags: callback.data?.flags });
  const description = (callback: Callback) => shown(callback.data?.embeds?.[0]?.description ?? '');

  it('the message text arrives in resolved.messages; the reply is ephemeral, checks each claim and cites ¶5 verbatim', async () => {
    const request = { command: MENU, message: { content: CLAIMS }, userId: snowflake() };
    const { callback } = await viaGateway(request);
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const text = description(callback);
    expect(text).toContain('2 claims checked against the article');
    expect(text).toContain('contradicted: the article says Rabu, 19 Juni 2024 (¶5); the message says 20 Juni.');
    expect(text).toContain('“Lavrov bertemu Choe di Moskow.” — supported by ¶2.');
    const fields = callback.data?.embeds?.[0]?.fields ?? [];
    const five = fields.find((f) => f.name === '¶5');
    expect(five).toBeDefined();
    expect(tempo.article.paragraphs[4]!.text).toContain(shown(five!.value).replace(/…$/, ''));
    expect(five!.value).toContain('**Rabu, 19 Juni 2024**');

    const http = await viaHttp({ ...request, userId: snowflake() });
    expect(http.status).toBe(200);
    expect(seen(http.callback)).toEqual(seen(callback));
  });

  it('in Indonesian, for an Indonesian client', async () => {
    const { callback } = await viaGateway({ command: MENU, message: { content: CLAIMS }, locale: 'id' });
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(description(callback)).toContain('bertentangan: artikel menyebut Rabu, 19 Juni 2024 (¶5); pesan menyebut 20 Juni.');
    expect(callback.data?.embeds?.[0]?.title).toBe('Cek');
  });

  it('a message of only an image gets a plain ephemeral answer, over both transports', async () => {
    const request = { command: MENU, message: { content: '', attachments: ['photo.png'] } };
    const { callback } = await viaGateway(request);
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(description(callback)).toContain('There is no text to check');
    expect(callback.data?.embeds?.[0]?.fields ?? []).toEqual([]);
    expect(seen((await viaHttp(request)).callback)).toEqual(seen(callback));
  });

  it('a message with nothing checkable, mentions and all, pings nobody', async () => {
    const { callback } = await viaGateway({ command: MENU, message: { content: '@everyone lol <@123> 😂 **nice**' } });
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(description(callback)).toContain('Nothing in the message can be checked');
    expect(callback.data?.embeds?.[0]?.description).not.toMatch(/(?<!\\)@everyone/);
  });

  it('an unknown message command gets the friendly ephemeral error naming the interaction id', async () => {
    const { sent, callback } = await viaGateway({ command: 'Translate this', message: { content: CLAIMS } });
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.content).toContain(sent.id);
  });

  it('every reply kept Discord’s limits (the stand-in refuses any other)', () => {
    expect(standIn.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} → ${r.status}`)).toEqual([]);
  });
});
