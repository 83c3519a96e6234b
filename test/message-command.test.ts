// The message context-menu command "Check against the article" (right-click a message → Apps), end
// to end through the loopback Discord: registration as a type-3 command (a second run changes
// nothing, though Discord reads its description back as ""), the message's text arriving in the
// interaction's `resolved.messages`, and the ephemeral reply — over the gateway (the real discord.js
// client and the one dispatcher) and over the HTTP interactions endpoint (node dist/app/serve-http.js),
// which must answer alike; and its "Post to channel" button, whose click posts the same check as a
// new public message in the channel, pinging nobody, or refuses a button it cannot trust. Only
// 127.0.0.1 is used; the client, the endpoint and the stand-in stop by themselves.
import { join } from 'node:path';
import type { APIEmbed, Client } from 'discord.js';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName, menuCommands, registrations } from '../commands/index.js';
import { createClient } from '../src/bot/client.js';
import { createDispatcher, type Dispatcher } from '../src/bot/dispatch.js';
import { createLogger } from '../src/bot/log.js';
import { register } from '../src/bot/register.js';
import { parseConfig } from '../src/config.js';
import { libraryOf, type Library } from '../src/index/library.js';
import { loadLibrary } from '../src/load/library.js';
import { decodePostId, encodePostId } from '../src/render/post-id.js';
import { DiscordStandIn, snowflake, type ChannelMessage, type MessageCommandRequest, type SentInteraction } from './discord-standin.js';
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

interface Button {
  type: number;
  style?: number;
  custom_id: string;
  label?: string;
  disabled?: boolean;
}
interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  components?: { type: number; components: Button[] }[];
  allowed_mentions?: unknown;
  flags?: number;
}
interface Callback {
  type: number;
  data?: MessageData;
}

let clock = 1_000_000;
/** The dispatcher the gateway client hands interactions to; tests swap it. */
let current: Dispatcher;
const dispatcherFor = (lib: Library, cooldownSeconds = 0): Dispatcher =>
  createDispatcher({ library: lib, commands: commandsByName, menus: menuCommands, logger: createLogger({ level: 'silent' }), cooldownSeconds, now: () => clock });

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
    current = dispatcherFor(library);
    gateway.on(Events.InteractionCreate, (interaction) => void current.handle(interaction));
    const ready = new Promise((resolve) => gateway!.once(Events.ClientReady, resolve));
    await gateway.login(TOKEN);
    await ready;
    endpoint = new Spawned(join('dist', 'app', 'serve-http.js'), {
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
    expect(buttonsOf(callback.data)).toEqual([]);
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

  const buttonsOf = (data: MessageData | undefined): Button[] => (data?.components ?? []).flatMap((row) => row.components);
  /** The messages an interaction posted in the channel for everyone. */
  const postedBy = (sent: SentInteraction): ChannelMessage[] => standIn.channelMessages.filter((m) => m.interaction.token === sent.token);

  /** A click on a button of `message` over the gateway. */
  async function click(message: Record<string, unknown>, customId: string, { locale = 'en-US', userId = snowflake() } = {}) {
    const sent = standIn.component({ customId, message, locale, userId });
    return { sent, callback: (await standIn.callbackOf(sent)).body as Callback };
  }

  /** A click that posts: its response (the private message's buttons, updated) and the follow-up that posts the check. */
  async function clickToPost(message: Record<string, unknown>, customId: string, options: { locale?: string; userId?: string } = {}) {
    const { sent, callback } = await click(message, customId, options);
    const followUp = (await standIn.followUpOf(sent)).body as MessageData;
    return { sent, callback, followUp };
  }

  /** A message command over the gateway, and its private reply as Discord holds it (what a click carries). */
  async function privateCheck(content: string, { locale = 'en-US', userId = snowflake() } = {}) {
    const { sent, callback } = await viaGateway({ command: MENU, message: { content }, locale, userId });
    const message = standIn.messageOf(sent)!;
    return { sent, callback, message, button: buttonsOf(callback.data)[0] };
  }

  it('the private reply carries "Post to channel"; a click spends the button (no second post) and posts the same verdicts in the channel for everyone, pinging nobody', async () => {
    const user = snowflake();
    const { sent, callback, message, button } = await privateCheck(CLAIMS, { userId: user });
    expect(buttonsOf(callback.data)).toHaveLength(1);
    expect(button).toMatchObject({ type: 2, label: 'Post to channel' });
    expect(button!.custom_id.length).toBeLessThanOrEqual(100);
    expect(decodePostId(button!.custom_id)).toMatchObject({ locale: 'en' });
    expect(message.flags).toBe(EPHEMERAL);
    expect(postedBy(sent)).toEqual([]);

    const post = await clickToPost(message, button!.custom_id, { userId: user });
    // The click's response updates the private message in place: the same embed, the button spent.
    expect(post.callback.type).toBe(7);
    expect(post.callback.data?.embeds).toBeUndefined();
    expect(buttonsOf(post.callback.data)).toEqual([{ ...button!, label: 'Posted to channel', disabled: true }]);
    const held = standIn.messageOf(post.sent)!;
    expect(held.flags).toBe(EPHEMERAL);
    expect(held.embeds).toEqual(callback.data?.embeds);
    // The check itself follows up, for everyone.
    expect(post.followUp.flags ?? 0).toBe(0);
    expect(post.followUp.allowed_mentions).toEqual({ parse: [] });
    expect(post.followUp.components ?? []).toEqual([]);
    expect(post.followUp.embeds).toEqual(callback.data?.embeds);
    expect(shown(post.followUp.embeds?.[0]?.description ?? '')).toContain('contradicted: the article says Rabu, 19 Juni 2024 (¶5); the message says 20 Juni.');
    const posted = postedBy(post.sent);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.pinged).toEqual([]);
    expect(posted[0]!.message.channel_id).toBe(standIn.channelId);
  });

  it('a message of several lines, mentions and all: the reply quotes it line by line, and the post checks exactly that and pings nobody', async () => {
    const content = '@everyone lihat <@123456789012345678>:\n   Putin  menyatakan telah menyiapkan dokumen fundamental baru pada 20 Juni\n\n\tLavrov bertemu Choe di Moskow <@&223456789012345678>';
    const { callback, message, button } = await privateCheck(content);
    const quoted = callback.data!.embeds![0]!.description!.split('\n').slice(0, 3);
    expect(quoted.map(shown)).toEqual([
      '> @everyone lihat <@123456789012345678>:',
      '> Putin menyatakan telah menyiapkan dokumen fundamental baru pada 20 Juni',
      '> Lavrov bertemu Choe di Moskow <@&223456789012345678>',
    ]);
    expect(callback.data!.embeds![0]!.description).not.toMatch(/(?<!\\)@everyone|(?<!\\)<@/);
    expect(description(callback)).toContain('2 claims checked against the article');
    expect(description(callback)).toContain('the message says 20 Juni');
    const post = await clickToPost(message, button!.custom_id);
    expect(post.callback.type).toBe(7);
    expect(post.followUp.embeds).toEqual(callback.data?.embeds);
    expect(post.followUp.allowed_mentions).toEqual({ parse: [] });
    expect(postedBy(post.sent).map((m) => m.pinged)).toEqual([[]]);
  });

  it('in Indonesian the button says "Kirim ke kanal", and the post keeps the language of the check', async () => {
    const { callback, message, button } = await privateCheck(CLAIMS, { locale: 'id' });
    expect(button?.label).toBe('Kirim ke kanal');
    const post = await clickToPost(message, button!.custom_id, { locale: 'en-US' });
    expect(buttonsOf(post.callback.data).map((b) => [b.label, b.disabled])).toEqual([['Sudah dikirim ke kanal', true]]);
    expect(post.followUp.embeds?.[0]?.title).toBe('Cek');
    expect(post.followUp.embeds).toEqual(callback.data?.embeds);
  });

  it('a public /check has no post button; nor has a private reply with nothing checked', async () => {
    const sent = standIn.chatInput({ command: 'check', options: { text: CLAIMS } });
    const callback = (await standIn.callbackOf(sent)).body as Callback;
    const data = callback.type === 5 ? ((await standIn.editOf(sent)).body as MessageData) : callback.data;
    expect(data?.flags ?? 0).toBe(0);
    expect(buttonsOf(data)).toEqual([]);
    const nothing = await privateCheck('lol 😂');
    expect(description(nothing.callback)).toContain('Nothing in the message can be checked');
    expect(nothing.button).toBeUndefined();
  });

  it('a tampered, foreign or cut button, or an edited quote, is refused privately and posts nothing', async () => {
    const { message, button } = await privateCheck(CLAIMS);
    const good = button!.custom_id;
    const state = decodePostId(good)!;
    const embed = (message.embeds as APIEmbed[])[0]!;
    const edited = { ...message, embeds: [{ ...embed, description: embed.description!.replace('20 Juni', '19 Juni') }] };
    const otherHash = encodePostId({ ...state, hash: `${state.hash[0] === 'A' ? 'B' : 'A'}${state.hash.slice(1)}` });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [message, otherHash, /no longer matches the check/],
      [message, good.replace(/^kc1/, 'kc9'), /no longer matches the check/],
      [message, good.slice(0, 12), /no longer matches the check/],
      [message, encodePostId({ ...state, article: 40 }), /no longer matches the check/],
      [edited, good, /no longer matches the check/],
      [message, encodePostId({ ...state, library: 'ZZZZZZZZ' }), /articles have changed/],
    ];
    for (const [on, customId, says] of cases) {
      const refused = await click(on, customId, { locale: 'en-US' });
      expect(refused.callback.type, customId).toBe(4);
      expect(refused.callback.data?.flags, customId).toBe(EPHEMERAL);
      expect(refused.callback.data?.content, customId).toMatch(says);
      expect(postedBy(refused.sent), customId).toEqual([]);
    }
    const indonesian = await click(edited, good, { locale: 'id' });
    expect(indonesian.callback.data?.content).toMatch(/tidak lagi cocok dengan hasil cek/);
  });

  it('a button made before the articles changed says so, privately', async () => {
    const { message, button } = await privateCheck(CLAIMS);
    current = dispatcherFor(libraryOf([...library.entries].reverse().slice(0, 1).map((e) => ({ ...e, article: { ...e.article, id: `${e.article.id}-again` } }))));
    try {
      const refused = await click(message, button!.custom_id);
      expect(refused.callback.data?.flags).toBe(EPHEMERAL);
      expect(refused.callback.data?.content).toMatch(/articles have changed/);
      expect(postedBy(refused.sent)).toEqual([]);
    } finally {
      current = dispatcherFor(library);
    }
  });

  it('the post button honours the per-user cooldown', async () => {
    current = dispatcherFor(library, 30);
    try {
      const user = snowflake();
      const { message, button } = await privateCheck(CLAIMS, { userId: user });
      const early = await click(message, button!.custom_id, { userId: user });
      expect(early.callback.data?.flags).toBe(EPHEMERAL);
      expect(early.callback.data?.content).toMatch(/Please wait \d+ s/);
      expect(postedBy(early.sent)).toEqual([]);
      clock += 31_000;
      const later = await clickToPost(message, button!.custom_id, { userId: user });
      expect(later.callback.type).toBe(7);
      expect(later.followUp.flags ?? 0).toBe(0);
      expect(postedBy(later.sent)).toHaveLength(1);
    } finally {
      current = dispatcherFor(library);
    }
  });

  it('over the HTTP endpoint: the same reply and button, and a click spends the button and posts the same public message', async () => {
    const gateway = await privateCheck(CLAIMS);
    const delivery = await standIn.postInteraction(url, { command: MENU, message: { content: CLAIMS }, userId: snowflake() });
    const reply = delivery.response as Callback;
    expect(reply.data?.flags).toBe(EPHEMERAL);
    expect(reply.data?.components).toEqual(gateway.callback.data?.components);
    const message = standIn.messageOf(delivery.sent)!;
    const clicked = await standIn.postInteraction(url, { customId: buttonsOf(reply.data)[0]!.custom_id, message, userId: snowflake() });
    expect(clicked.status).toBe(200);
    const spent = clicked.response as Callback;
    expect(spent.type).toBe(7);
    expect(spent.data?.components).toEqual([{ ...gateway.callback.data!.components![0]!, components: [{ ...buttonsOf(reply.data)[0]!, label: 'Posted to channel', disabled: true }] }]);
    const post = (await standIn.followUpOf(clicked.sent)).body as MessageData;
    expect(post.flags).toBeUndefined();
    expect(post.allowed_mentions).toEqual({ parse: [] });
    expect(post.embeds).toEqual(reply.data?.embeds);
    expect(postedBy(clicked.sent).map((m) => m.pinged)).toEqual([[]]);
    const refused = await standIn.postInteraction(url, { customId: 'kc1.e..AAAAAAAAAA.AAAAAAAA', message, userId: snowflake() });
    expect((refused.response as Callback).data?.flags).toBe(EPHEMERAL);
    expect((refused.response as Callback).data?.content).toMatch(/articles have changed|no longer matches/);
    expect(postedBy(refused.sent)).toEqual([]);
  });

  it('every reply kept Discord’s limits (the stand-in refuses any other)', () => {
    expect(standIn.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} → ${r.status}`)).toEqual([]);
  });
});
