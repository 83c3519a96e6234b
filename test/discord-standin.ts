// A loopback stand-in for Discord, for end-to-end tests with the real discord.js client.
//
// REST lives under `apiUrl` (http://127.0.0.1:PORT/api; discord.js and @discordjs/rest append /v10),
// the gateway at ws://127.0.0.1:PORT/gateway, which GET /gateway/bot hands out, so the REST base is
// the only thing a client needs to be told. Everything listens on 127.0.0.1 on a random port.
//
// It records every REST request (method, path under /api/v10, query, JSON body) so tests assert the
// exact payloads, and it referees like Discord does: interaction tokens must match, an interaction is
// acknowledged once (40060), unknown ones are 10062, edits need an acknowledged interaction, payloads
// over Discord's limits are 400 50035, and REST routes other than interaction callbacks and webhooks
// need `Authorization: Bot <token>`. The limits here are Discord's documented ones, written out
// independently of src/bot/limits.ts so a wrong table there is caught.
//
// Interactions may carry a subcommand (its options inside it, as Discord sends them), whole-number
// options, and the member's permissions (by default those of @everyone here, without Manage Server).
//
// Shards: GET /gateway/bot recommends `shards` (default 1); IDENTIFY may carry `shard: [id, count]`
// (an impossible pair is closed with 4010, as Discord does); READY echoes it, the guild is announced
// on the shard Discord's formula gives it ((guild_id >> 22) % count), and `chatInput({ shard })` sends
// an interaction down that shard's connection.
//
// HTTP interactions: the stand-in holds "Discord's" Ed25519 key pair (`publicKeyHex` is what an
// application configures as DISCORD_PUBLIC_KEY) and POSTs signed interactions to an endpoint as
// Discord does (`postInteraction`, `postPing`). The HTTP response is recorded as the interaction's
// callback (refereed like a REST callback), so webhook edits that follow are accepted only once it
// has arrived, and `callbackOf()` works for both transports.
//
// Message commands: `messageCommand()` (gateway) and `postInteraction()` with a `message` (HTTP) send
// a message context-menu command (data.type 3) on a message of the channel, the message itself in
// `data.resolved.messages` as Discord sends it (its text, or only an attachment). Registration of a
// context-menu command is stored as Discord does: with an empty description and no options.
//
// Message components: a reply's `components` (action rows of buttons) are refereed as Discord does
// (at most 5 rows of 5, every custom_id 1–100 characters and unique in the message, labels ≤ 80)
// and kept on the message; `component({ customId, message })` sends the MESSAGE_COMPONENT
// interaction a click on a button makes (gateway or, with `postInteraction`, HTTP), carrying the
// message it is on. Its callback may be 4 (a new message, e.g. ephemeral), 6 (deferred update) or
// 7 (update the message in place); `messageOf()` reads the message as it stands after that.
//
// The channel: every message of an interaction (a callback 4 or a follow-up) that is not ephemeral
// is posted where everyone sees it and kept in `channelMessages`, with whom it would notify: the
// user, role and @everyone/@here mentions of its content that its `allowed_mentions` lets through
// (embeds never notify anyone), as Discord decides it.
//
// Faults (for the reliability tests): `intercept()` answers chosen REST requests instead (a 500, a 429
// with retry_after, a 10062, a delay), `closeGateway(code)` closes the gateway sockets with a close
// code, `dropGateway()` cuts them without a close frame; clients then RESUME, which is supported.
//
// It stops by itself: close(), and an unref'd safety timer (`lifetimeMs`) that closes it anyway.
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

// ── Shapes ──────────────────────────────────────────────────────────────────────────────────────

export interface RecordedRequest {
  readonly method: string;
  /** Path under /api/v10 (`/interactions/1/abc/callback`), or the raw path when outside it. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Parsed JSON body, or undefined. */
  readonly body: unknown;
  /** Whether `Authorization: Bot <the right token>` came with it. */
  readonly authorized: boolean;
  /** Status the stand-in answered with. */
  status: number;
  /** Set when this is not a request to the stand-in but an endpoint's HTTP response to an interaction POST. */
  readonly via?: 'http-response';
}

export interface CannedResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Answer after this many milliseconds. */
  readonly delayMs?: number;
}

/** Answers a request instead of the stand-in (return undefined to let it through). */
export type Intercept = (request: RecordedRequest) => CannedResponse | undefined;

export interface StandInOptions {
  /** The bot token clients must present (REST `Bot <token>`, gateway IDENTIFY/RESUME). */
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  /** Gateway heartbeat interval sent in HELLO. Default 41250 (Discord's). */
  readonly heartbeatIntervalMs?: number;
  /** The stand-in closes itself after this long, whatever happens. Default 120 s. */
  readonly lifetimeMs?: number;
  /** Shards GET /gateway/bot recommends. Default 1. */
  readonly shards?: number;
}

export interface InteractionRequest {
  readonly command: string;
  /** Options by name: a string (type 3) or a whole number (type 4). */
  readonly options?: Readonly<Record<string, string | number>>;
  /** The subcommand chosen (type 1), which then holds the options. */
  readonly subcommand?: string;
  /** The member's permissions in the channel, as Discord sends them (a decimal bit set). Default: those of @everyone, without Manage Server. */
  readonly permissions?: string;
  /** Discord locale of the user (`en-US`, `id` …). Default `en-US`. */
  readonly locale?: string;
  readonly userId?: string;
  /** Over the gateway: the shard whose connection carries it. Default: the most recent connection. */
  readonly shard?: number;
}

/** A message context-menu command (right-click a message → Apps) on a message someone posted. */
export interface MessageCommandRequest {
  /** The command's registered name ("Check against the article"). */
  readonly command: string;
  /** The message it was run on: its text ('' for an image alone), and attachments by file name. */
  readonly message: { readonly content: string; readonly attachments?: readonly string[] };
  readonly locale?: string;
  readonly userId?: string;
  readonly shard?: number;
}

export interface AutocompleteRequest extends InteractionRequest {
  /** The option being typed in; its value is what has been typed so far. */
  readonly focused: string;
}

/** A click on a button of a message (a MESSAGE_COMPONENT interaction). */
export interface ComponentRequest {
  readonly customId: string;
  /** The message the button is on, as Discord holds it (see messageOf()). */
  readonly message: Record<string, unknown>;
  readonly locale?: string;
  readonly userId?: string;
  readonly shard?: number;
}

export interface SentInteraction {
  readonly id: string;
  readonly token: string;
}

interface InteractionState {
  readonly id: string;
  readonly type: number;
  /** Over HTTP: settles once the endpoint's response has been recorded as the callback. */
  responded?: Promise<void>;
  /** Callback type once acknowledged (4 reply, 5 deferred, 6 deferred update, 7 update, 8 autocomplete result). */
  callback?: number;
  original?: Record<string, unknown>;
  /** A component interaction: the message its button is on. */
  clicked?: Record<string, unknown>;
  readonly followUps: Map<string, Record<string, unknown>>;
}

/** A message everyone in the channel sees, made by an interaction's response or follow-up. */
export interface ChannelMessage {
  /** The interaction it answers. */
  readonly interaction: SentInteraction;
  readonly message: Record<string, unknown>;
  /** As sent; undefined when left out (Discord then parses every mention). */
  readonly allowedMentions: unknown;
  /** Whom it notifies: `user:<id>`, `role:<id>`, `everyone`. */
  readonly pinged: readonly string[];
}

/** Whom a message's content notifies under its allowed_mentions, as Discord decides it. */
export function pingsOf(content: string, allowed: unknown): string[] {
  const a = (typeof allowed === 'object' && allowed !== null ? allowed : undefined) as { parse?: unknown; users?: unknown; roles?: unknown } | undefined;
  const parse = a === undefined ? ['users', 'roles', 'everyone'] : Array.isArray(a.parse) ? (a.parse as string[]) : [];
  const listed = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
  const out: string[] = [];
  for (const m of content.matchAll(/<@!?(\d+)>/g)) if (parse.includes('users') || listed(a?.users).includes(m[1]!)) out.push(`user:${m[1]}`);
  for (const m of content.matchAll(/<@&(\d+)>/g)) if (parse.includes('roles') || listed(a?.roles).includes(m[1]!)) out.push(`role:${m[1]}`);
  if (/(?<!\\)@(everyone|here)/.test(content) && parse.includes('everyone')) out.push('everyone');
  return out;
}

interface Session {
  readonly id: string;
  /** [shard id, shard count] from IDENTIFY. */
  readonly shard: readonly [number, number];
  seq: number;
  socket?: WebSocket;
  /** Dispatches sent, for RESUME to replay what a dropped socket missed. */
  readonly sent: { s: number; t: string; d: unknown }[];
}

export interface HttpDelivery {
  readonly sent: SentInteraction;
  readonly status: number;
  /** The parsed JSON response, or its text when not JSON. */
  readonly response: unknown;
  readonly latencyMs: number;
}

interface Waiter {
  readonly predicate: (request: RecordedRequest) => boolean;
  readonly resolve: (request: RecordedRequest) => void;
}

// ── Discord's rules, as the stand-in enforces them ──────────────────────────────────────────────

const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
};

const COMPONENT_LIMITS = { rows: 5, perRow: 5, customId: 100, label: 80 };

/** Problems with a message's components (action rows of buttons), as Discord's 50035 would report them. */
export function componentProblems(data: Record<string, unknown> | undefined): string[] {
  const rows = data?.components;
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) return ['components: not an array'];
  const problems: string[] = [];
  if (rows.length > COMPONENT_LIMITS.rows) problems.push(`components: more than ${COMPONENT_LIMITS.rows} rows`);
  const ids = new Set<string>();
  for (const [i, row] of (rows as Record<string, unknown>[]).entries()) {
    if (row?.type !== 1 || !Array.isArray(row.components)) {
      problems.push(`components[${i}]: not an action row`);
      continue;
    }
    if (row.components.length < 1 || row.components.length > COMPONENT_LIMITS.perRow) problems.push(`components[${i}]: 1–${COMPONENT_LIMITS.perRow} components`);
    for (const [j, c] of (row.components as Record<string, unknown>[]).entries()) {
      const at = `components[${i}].components[${j}]`;
      if (c?.type !== 2) problems.push(`${at}: not a button`);
      const id = c?.custom_id;
      if (typeof id !== 'string' || id.length < 1 || id.length > COMPONENT_LIMITS.customId) problems.push(`${at}.custom_id: not 1–${COMPONENT_LIMITS.customId} characters`);
      else if (ids.has(id)) problems.push(`${at}.custom_id: not unique`);
      else ids.add(id);
      if (typeof c?.label === 'string' && c.label.length > COMPONENT_LIMITS.label) problems.push(`${at}.label: longer than ${COMPONENT_LIMITS.label}`);
      if (typeof c?.style !== 'number' || c.style < 1 || c.style > 4) problems.push(`${at}.style: not a button style with a custom_id`);
    }
  }
  return problems;
}

const EPOCH = 1_420_070_400_000n;
let increment = 0n;
/** A Discord-shaped id: milliseconds since 2015 shifted left 22 bits, plus a counter. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - EPOCH) << 22n) | increment).toString();
}

const fail = (status: number, code: number, message: string, errors?: unknown): CannedResponse => ({
  status,
  body: { message, code, ...(errors !== undefined && { errors }) },
});

/** Problems with a message payload, as Discord's 50035 Invalid Form Body would report them. */
export function messageProblems(data: Record<string, unknown> | undefined): string[] {
  const problems: string[] = [];
  if (!data) return problems;
  const content = data.content;
  if (typeof content === 'string' && content.length > DISCORD_LIMITS.content) problems.push('content: too long');
  const embeds = (data.embeds ?? []) as Record<string, unknown>[];
  if (embeds.length > DISCORD_LIMITS.embeds) problems.push('embeds: too many');
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const check = (name: string, value: string, max: number, required = false) => {
      if (value.length > max) problems.push(`embeds[${i}].${name}: longer than ${max}`);
      if (required && value.trim() === '') problems.push(`embeds[${i}].${name}: blank`);
      total += value.length;
    };
    check('title', text(embed.title), DISCORD_LIMITS.title);
    check('description', text(embed.description), DISCORD_LIMITS.description);
    check('footer.text', text((embed.footer as { text?: string } | undefined)?.text), DISCORD_LIMITS.footer);
    check('author.name', text((embed.author as { name?: string } | undefined)?.name), DISCORD_LIMITS.author);
    const fields = (embed.fields ?? []) as { name?: unknown; value?: unknown }[];
    if (fields.length > DISCORD_LIMITS.fields) problems.push(`embeds[${i}].fields: more than ${DISCORD_LIMITS.fields}`);
    for (const [j, field] of fields.entries()) {
      check(`fields[${j}].name`, text(field.name), DISCORD_LIMITS.fieldName, true);
      check(`fields[${j}].value`, text(field.value), DISCORD_LIMITS.fieldValue, true);
    }
  }
  if (total > DISCORD_LIMITS.embedTotal) problems.push(`embeds: ${total} characters, more than ${DISCORD_LIMITS.embedTotal}`);
  problems.push(...componentProblems(data));
  return problems;
}

function choiceProblems(data: Record<string, unknown> | undefined): string[] {
  const choices = (data?.choices ?? undefined) as { name?: unknown; value?: unknown }[] | undefined;
  if (!Array.isArray(choices)) return ['choices: missing'];
  const problems = choices.length > DISCORD_LIMITS.choices ? [`choices: more than ${DISCORD_LIMITS.choices}`] : [];
  for (const [i, c] of choices.entries()) {
    const name = typeof c.name === 'string' ? c.name : '';
    if (name.length < 1 || name.length > DISCORD_LIMITS.choiceName) problems.push(`choices[${i}].name: not 1–100 characters`);
    if (typeof c.value === 'string' && c.value.length > DISCORD_LIMITS.choiceValue) problems.push(`choices[${i}].value: too long`);
  }
  return problems;
}

/** Discord only returns full localization dictionaries with `?with_localizations=true`. */
function withoutLocalizations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLocalizations);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'name_localizations' && k !== 'description_localizations')
      .map(([k, v]) => [k, withoutLocalizations(v)]),
  );
}

// ── The stand-in ────────────────────────────────────────────────────────────────────────────────

export class DiscordStandIn {
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Every gateway connection URL (path and query), in order. */
  readonly gatewayConnections: string[] = [];
  /** Every IDENTIFY payload's `d`, token replaced by `[token]`. */
  readonly identifies: Record<string, unknown>[] = [];
  /** Every RESUME payload's `d`, token replaced by `[token]`. */
  readonly resumes: Record<string, unknown>[] = [];
  /** Registered commands by scope: `global` or a guild id. */
  readonly commands = new Map<string, Record<string, unknown>[]>();
  /** Messages posted in the channel for everyone (not ephemeral), in order. */
  readonly channelMessages: ChannelMessage[] = [];

  readonly botUser = { id: snowflake(), username: 'kutip', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 };
  readonly channelId = snowflake();
  /** The application's public key (64 hex digits) that verifies the stand-in's interaction POSTs. */
  readonly publicKeyHex: string;

  readonly #options: Required<StandInOptions>;
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #interactions = new Map<string, InteractionState>();
  readonly #sessions = new Map<string, Session>();
  readonly #waiters = new Set<Waiter>();
  readonly #intercepts = new Set<Intercept>();
  readonly #safety: NodeJS.Timeout;
  readonly #signingKey: KeyObject;
  #port = 0;
  #closed = false;

  private constructor(options: StandInOptions) {
    this.#options = { heartbeatIntervalMs: 41_250, lifetimeMs: 120_000, shards: 1, ...options };
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    this.#signingKey = privateKey;
    // The raw 32 bytes are the last 32 of the SPKI DER.
    this.publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    // Idle keep-alive sockets are closed by the client (undici, after 4 s), never by the stand-in for
    // its lifetime: a server closing one just as the client reuses it fails that request with "other
    // side closed", a race a busy machine makes likely. close() ends every connection.
    this.#server = createServer({ keepAliveTimeout: this.#options.lifetimeMs }, (req, res) => void this.#onHttp(req, res));
    this.#wss = new WebSocketServer({ server: this.#server, path: '/gateway' });
    this.#wss.on('connection', (socket, req) => this.#onGateway(socket, req));
    this.#safety = setTimeout(() => void this.close(), this.#options.lifetimeMs).unref();
  }

  static async start(options: StandInOptions): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn(options);
    await new Promise<void>((resolve, reject) => {
      standIn.#server.once('error', reject);
      standIn.#server.listen(0, '127.0.0.1', resolve);
    });
    standIn.#port = (standIn.#server.address() as AddressInfo).port;
    return standIn;
  }

  /** REST base for clients (`DISCORD_API_URL`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  /** Sessions that completed IDENTIFY and have an open socket. */
  get readySessions(): number {
    return [...this.#sessions.values()].filter((s) => s.socket?.readyState === WebSocket.OPEN).length;
  }

  // ── Waiting ───────────────────────────────────────────────────────────────────────────────────

  /** The first request (already recorded or still to come) that matches. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (request) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve(request);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const recent = this.requests.slice(-5).map((r) => `${r.method} ${r.path} → ${r.status}`).join('; ');
        reject(new Error(`no matching request within ${timeoutMs} ms (last: ${recent || 'none'})`));
      }, timeoutMs).unref();
      this.#waiters.add(waiter);
    });
  }

  /** The interaction callback (POST …/callback) for an interaction. */
  callbackOf(interaction: SentInteraction, timeoutMs?: number): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, timeoutMs);
  }

  /** The edit of the original response (PATCH …/messages/@original) for an interaction. */
  editOf(interaction: SentInteraction, timeoutMs?: number): Promise<RecordedRequest> {
    const path = `/webhooks/${this.#options.applicationId}/${interaction.token}/messages/@original`;
    return this.waitForRequest((r) => r.method === 'PATCH' && r.path === path, timeoutMs);
  }

  /** The first follow-up message (POST …/webhooks/app/token) of an interaction. */
  followUpOf(interaction: SentInteraction, timeoutMs?: number): Promise<RecordedRequest> {
    const path = `/webhooks/${this.#options.applicationId}/${interaction.token}`;
    return this.waitForRequest((r) => r.method === 'POST' && r.path === path, timeoutMs);
  }

  /** Every request about one interaction (its callback and its webhook), in order. */
  requestsFor(interaction: SentInteraction): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${interaction.token}`));
  }

  // ── Sending interactions ──────────────────────────────────────────────────────────────────────

  /** Sends INTERACTION_CREATE for a chat-input command. */
  chatInput(request: InteractionRequest): SentInteraction {
    return this.#interact(2, request, this.#chatOptions(request));
  }

  /** Sends INTERACTION_CREATE for autocomplete, with `focused` marked. */
  autocomplete(request: AutocompleteRequest): SentInteraction {
    return this.#interact(4, request, this.#autocompleteOptions(request));
  }

  /** Sends INTERACTION_CREATE for a message context-menu command, with the message in `resolved`. */
  messageCommand(request: MessageCommandRequest): SentInteraction {
    const { sent, payload } = this.#messageInteraction(request);
    this.dispatch('INTERACTION_CREATE', payload, request.shard);
    return sent;
  }

  /** Sends INTERACTION_CREATE for a click on a button of `message`. */
  component(request: ComponentRequest): SentInteraction {
    const { sent, payload } = this.#componentInteraction(request);
    this.dispatch('INTERACTION_CREATE', payload, request.shard);
    return sent;
  }

  /** A message as Discord resolves it for a message command: posted in the channel by another user. */
  #postedMessage(message: MessageCommandRequest['message']): Record<string, unknown> {
    const authorId = snowflake();
    return {
      id: snowflake(),
      type: 0,
      channel_id: this.channelId,
      author: { id: authorId, username: `poster${authorId.slice(-4)}`, discriminator: '0', global_name: null, avatar: null },
      content: message.content,
      embeds: [],
      attachments: (message.attachments ?? []).map((filename) => ({
        id: snowflake(), filename, size: 1024, url: `https://cdn.invalid/${filename}`, proxy_url: `https://media.invalid/${filename}`, content_type: 'image/png',
      })),
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
    };
  }

  /** A message command interaction (type 2, data.type 3), registered so its token works. */
  #messageInteraction(request: MessageCommandRequest): { sent: SentInteraction; payload: Record<string, unknown> } {
    const { sent, payload } = this.#interaction(2, { command: request.command, ...(request.locale !== undefined && { locale: request.locale }), ...(request.userId !== undefined && { userId: request.userId }) }, []);
    const message = this.#postedMessage(request.message);
    const data = payload.data as Record<string, unknown>;
    const target = message.id as string;
    payload.data = { id: data.id, name: data.name, type: 3, guild_id: data.guild_id, target_id: target, resolved: { messages: { [target]: message } } };
    return { sent, payload };
  }

  /** The message an interaction's response made or updated, as it stands now (a copy). */
  messageOf(interaction: SentInteraction): Record<string, unknown> | undefined {
    const state = this.#interactions.get(interaction.token);
    const message = state?.original ?? state?.clicked;
    return message === undefined ? undefined : structuredClone(message);
  }

  #interact(type: 2 | 4, request: InteractionRequest, options: unknown[]): SentInteraction {
    const { sent, payload } = this.#interaction(type, request, options);
    this.dispatch('INTERACTION_CREATE', payload, request.shard);
    return sent;
  }

  /** A MESSAGE_COMPONENT interaction as Discord sends it: the button's custom_id and the message it is on. */
  #componentInteraction(request: ComponentRequest): { sent: SentInteraction; payload: Record<string, unknown> } {
    const { sent, payload } = this.#interaction(3, { command: '', ...(request.locale !== undefined && { locale: request.locale }), ...(request.userId !== undefined && { userId: request.userId }) }, []);
    this.#interactions.get(sent.token)!.clicked = structuredClone(request.message);
    return { sent, payload: { ...payload, data: { custom_id: request.customId, component_type: 2 }, message: request.message } };
  }

  /** An interaction as Discord sends it (gateway `d` or HTTP body), registered so its token works. */
  #interaction(type: 2 | 3 | 4, request: InteractionRequest, options: unknown[]): { sent: SentInteraction; payload: Record<string, unknown> } {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`;
    const { guildId, applicationId } = this.#options;
    const registered = [...(this.commands.get(guildId) ?? []), ...(this.commands.get('global') ?? [])];
    const commandId = (registered.find((c) => c.name === request.command)?.id as string | undefined) ?? snowflake();
    const userId = request.userId ?? snowflake();
    const user = { id: userId, username: `user${userId.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
    this.#interactions.set(token, { id, type, followUps: new Map() });
    const payload = {
      id,
      application_id: applicationId,
      type,
      token,
      version: 1,
      data: { id: commandId, name: request.command, type: 1, options, guild_id: guildId },
      guild_id: guildId,
      guild: { id: guildId, locale: 'en-US', features: [] },
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: guildId, name: 'general', nsfw: false, permissions: '2248473465835073' },
      member: {
        user,
        roles: [],
        joined_at: new Date(0).toISOString(),
        premium_since: null,
        nick: null,
        avatar: null,
        deaf: false,
        mute: false,
        pending: false,
        flags: 0,
        permissions: request.permissions ?? '2248473465835073',
        communication_disabled_until: null,
      },
      locale: request.locale ?? 'en-US',
      guild_locale: 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
    };
    return { sent: { id, token }, payload };
  }

  /** Sends a gateway dispatch to the most recent open session, or to the most recent one of `shard`. */
  dispatch(t: string, d: unknown, shard?: number): void {
    const session = [...this.#sessions.values()]
      .reverse()
      .find((s) => s.socket?.readyState === WebSocket.OPEN && (shard === undefined || s.shard[0] === shard));
    if (!session) throw new Error(`no gateway session${shard === undefined ? '' : ` of shard ${shard}`} to send ${t} to`);
    this.#send(session, t, d);
  }

  /** The shard ids of the open gateway sessions, in order of identification. */
  get openShards(): (readonly [number, number])[] {
    return [...this.#sessions.values()].filter((s) => s.socket?.readyState === WebSocket.OPEN).map((s) => s.shard);
  }

  // ── HTTP interactions (Discord POSTing to an endpoint) ────────────────────────────────────────

  /** Discord's signature: Ed25519 over timestamp + body, in hex. */
  sign(timestamp: string, body: string | Buffer): string {
    return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), this.#signingKey).toString('hex');
  }

  /** The headers Discord sends with an interaction POST (timestamp: seconds, default now). */
  signedHeaders(body: string | Buffer, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
    return { 'content-type': 'application/json', 'x-signature-ed25519': this.sign(timestamp, body), 'x-signature-timestamp': timestamp };
  }

  /** A chat-input, autocomplete, message-command or button interaction as Discord POSTs it: its JSON text, registered so its token works. */
  httpInteraction(request: InteractionRequest | AutocompleteRequest | MessageCommandRequest | ComponentRequest): { sent: SentInteraction; body: string } {
    const { sent, payload } =
      'message' in request && !('customId' in request)
        ? this.#messageInteraction(request)
        : 'customId' in request
          ? this.#componentInteraction(request)
        : 'focused' in request
          ? this.#interaction(4, request, this.#autocompleteOptions(request))
          : this.#interaction(2, request, this.#chatOptions(request));
    return { sent, body: JSON.stringify(payload) };
  }

  /** POSTs a signed interaction to an endpoint, as Discord does; its response is recorded as the callback. */
  async postInteraction(url: string, request: InteractionRequest | AutocompleteRequest | MessageCommandRequest | ComponentRequest): Promise<HttpDelivery> {
    const { sent, body } = this.httpInteraction(request);
    const state = this.#interactions.get(sent.token)!;
    let settle = () => {};
    state.responded = new Promise<void>((resolve) => (settle = resolve));
    const started = performance.now();
    try {
      const res = await fetch(url, { method: 'POST', headers: this.signedHeaders(body), body });
      const text = await res.text();
      const latencyMs = performance.now() - started;
      let response: unknown = text;
      try {
        response = JSON.parse(text);
      } catch {
        // kept as text
      }
      if (res.ok) this.#recordResponse(sent, response);
      return { sent, status: res.status, response, latencyMs };
    } finally {
      settle();
    }
  }

  /** POSTs a signed PING, as Discord does when an endpoint URL is saved. */
  async postPing(url: string): Promise<{ status: number; response: unknown }> {
    const body = JSON.stringify({ id: snowflake(), application_id: this.#options.applicationId, type: 1, token: randomBytes(16).toString('base64url'), version: 1 });
    const res = await fetch(url, { method: 'POST', headers: this.signedHeaders(body), body });
    const text = await res.text();
    return { status: res.status, response: text === '' ? undefined : (JSON.parse(text) as unknown) };
  }

  /** An endpoint's response, refereed and recorded as the interaction's callback. */
  #recordResponse(sent: SentInteraction, response: unknown): void {
    const request: RecordedRequest = {
      method: 'POST',
      path: `/interactions/${sent.id}/${sent.token}/callback`,
      query: {},
      body: response,
      authorized: false,
      status: 0,
      via: 'http-response',
    };
    this.requests.push(request);
    request.status = this.#callback(sent.id, sent.token, request).status;
    for (const waiter of this.#waiters) if (waiter.predicate(request)) waiter.resolve(request);
  }

  #chatOptions(request: InteractionRequest): unknown[] {
    const options = Object.entries(request.options ?? {}).map(([name, value]) => ({ name, type: typeof value === 'number' ? 4 : 3, value }));
    return this.#inSubcommand(request, options);
  }

  #autocompleteOptions(request: AutocompleteRequest): unknown[] {
    const given = { [request.focused]: '', ...request.options };
    const options = Object.entries(given).map(([name, value]) => ({
      name,
      type: typeof value === 'number' ? 4 : 3,
      value,
      ...(name === request.focused && { focused: true }),
    }));
    return this.#inSubcommand(request, options);
  }

  /** A subcommand's options are sent inside it, as Discord does. */
  #inSubcommand(request: InteractionRequest, options: unknown[]): unknown[] {
    return request.subcommand === undefined ? options : [{ name: request.subcommand, type: 1, options }];
  }

  #send(session: Session, t: string, d: unknown): void {
    const s = ++session.seq;
    session.sent.push({ s, t, d });
    if (session.sent.length > 1000) session.sent.shift();
    session.socket?.send(JSON.stringify({ op: 0, t, s, d }));
  }

  // ── Faults ────────────────────────────────────────────────────────────────────────────────────

  /** Answers matching REST requests with a canned response until the returned function is called. */
  intercept(handler: Intercept): () => void {
    this.#intercepts.add(handler);
    return () => this.#intercepts.delete(handler);
  }

  /** Closes every gateway socket with a close code (4000 and most 4xxx let a client resume). */
  closeGateway(code: number, reason = ''): void {
    for (const session of this.#sessions.values()) session.socket?.close(code, reason);
  }

  /** Cuts every gateway socket without a close frame, as a network failure would. */
  dropGateway(): void {
    for (const session of this.#sessions.values()) session.socket?.terminate();
  }

  // ── REST ──────────────────────────────────────────────────────────────────────────────────────

  async #onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const pathname = url.pathname.split('/').map(decodeURIComponent).join('/');
    const versioned = pathname.startsWith('/api/v10/');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: versioned ? pathname.slice('/api/v10'.length) : pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorized: req.headers.authorization === `Bot ${this.#options.token}`,
      status: 0,
    };
    this.requests.push(request);

    // A webhook edit may race the endpoint's HTTP response; Discord orders them, so does the stand-in.
    const webhookToken = versioned && request.path.startsWith('/webhooks/') ? request.path.split('/')[3] : undefined;
    const responded = webhookToken === undefined ? undefined : this.#interactions.get(webhookToken)?.responded;
    if (responded) await responded;

    let response: CannedResponse | undefined;
    for (const intercept of this.#intercepts) response ??= intercept(request);
    response ??= versioned ? this.#route(request) : fail(404, 0, '404: Not Found');
    request.status = response.status;
    if (response.delayMs) await new Promise((r) => setTimeout(r, response.delayMs).unref());
    const headers = { ...(response.body !== undefined && { 'content-type': 'application/json' }), ...response.headers };
    res.writeHead(response.status, headers);
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
    for (const waiter of this.#waiters) if (waiter.predicate(request)) waiter.resolve(request);
  }

  #route(request: RecordedRequest): CannedResponse {
    const { method, path } = request;
    const parts = path.split('/').slice(1);
    const { applicationId } = this.#options;
    const ok = (body?: unknown): CannedResponse => ({ status: body === undefined ? 204 : 200, body });

    // Interactions and their webhooks: the interaction token is the credential.
    if (parts[0] === 'interactions' && parts[3] === 'callback' && method === 'POST' && parts.length === 4) {
      return this.#callback(parts[1]!, parts[2]!, request);
    }
    if (parts[0] === 'webhooks' && parts[1] === applicationId && parts[2]) {
      return this.#webhook(parts[2], parts.slice(3), request);
    }

    if (!request.authorized) return fail(401, 0, '401: Unauthorized');
    if (method === 'GET' && path === '/gateway/bot') {
      return ok({
        url: this.gatewayUrl,
        shards: this.#options.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/gateway') return ok({ url: this.gatewayUrl });
    if (method === 'GET' && path === '/users/@me') return ok(this.botUser);
    if (method === 'GET' && path === '/applications/@me') return ok({ id: applicationId, name: 'kutip', flags: 0, bot: this.botUser });

    if (parts[0] === 'applications' && parts.at(-1) === 'commands') {
      if (parts[1] !== applicationId) return fail(403, 50001, 'Missing Access');
      const scope = parts.length === 3 ? 'global' : parts[2] === 'guilds' && parts.length === 5 ? parts[3]! : undefined;
      if (scope === undefined) return fail(404, 0, '404: Not Found');
      if (scope !== 'global' && scope !== this.#options.guildId) return fail(403, 50001, 'Missing Access');
      if (method === 'GET') {
        const list = this.commands.get(scope) ?? [];
        return ok(request.query.with_localizations === 'true' ? list : withoutLocalizations(list));
      }
      if (method === 'PUT') return ok(this.#putCommands(scope, request.body));
    }
    return fail(404, 0, '404: Not Found');
  }

  #putCommands(scope: string, body: unknown): Record<string, unknown>[] {
    const previous = new Map((this.commands.get(scope) ?? []).map((c) => [c.name, c]));
    const list = (Array.isArray(body) ? body : []) as Record<string, unknown>[];
    const stored = list.map((command) => ({
      type: 1,
      default_member_permissions: null,
      nsfw: false,
      ...(scope === 'global' ? { contexts: null, integration_types: [0], dm_permission: true } : { guild_id: scope }),
      ...command,
      // Discord stores a context-menu command (type 2 user, 3 message) with an empty description.
      ...(command.type !== undefined && command.type !== 1 && { description: '', description_localizations: null }),
      id: (previous.get(command.name)?.id as string | undefined) ?? snowflake(),
      application_id: this.#options.applicationId,
      version: snowflake(),
    }));
    this.commands.set(scope, stored);
    return stored;
  }

  #callback(id: string, token: string, request: RecordedRequest): CannedResponse {
    const state = this.#interactions.get(token);
    if (!state || state.id !== id) return fail(404, 10062, 'Unknown interaction');
    if (state.callback !== undefined) return fail(400, 40060, 'Interaction has already been acknowledged.');
    const body = (request.body ?? {}) as { type?: number; data?: Record<string, unknown> };
    const allowed = state.type === 4 ? [8] : state.type === 3 ? [4, 5, 6, 7] : [4, 5];
    if (body.type === undefined || !allowed.includes(body.type)) return fail(400, 50035, 'Invalid Form Body', { type: 'not allowed here' });
    const problems = body.type === 8 ? choiceProblems(body.data) : body.type === 6 ? [] : messageProblems(body.data);
    if (body.type === 4 && !body.data?.content && !(body.data?.embeds as unknown[] | undefined)?.length) problems.push('empty message');
    if (body.type === 7 && body.data?.flags !== undefined && (Number(body.data.flags) & 64) !== 0) problems.push('flags: an update cannot make a message ephemeral');
    if (problems.length > 0) return fail(400, 50035, 'Invalid Form Body', problems);
    state.callback = body.type;
    if (body.type === 4 || body.type === 5) state.original = this.#message(body.type === 5 ? { flags: body.data?.flags } : body.data);
    if (body.type === 4) this.#posted({ id, token }, state.original!, body.data);
    // An update (7) replaces what it gives of the message the button is on; a deferred update (6) lets @original edit it.
    if (body.type === 6 || body.type === 7) {
      const clicked = state.clicked ?? this.#message(undefined);
      state.original = body.type === 7 ? { ...clicked, ...body.data, flags: clicked.flags, edited_timestamp: new Date().toISOString() } : clicked;
    }
    if (request.query.with_response !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: { id, type: state.type, response_message_id: state.original?.id, response_message_loading: body.type === 5, response_message_ephemeral: false },
        resource: { type: body.type, ...(state.original && { message: state.original }) },
      },
    };
  }

  #webhook(token: string, rest: string[], request: RecordedRequest): CannedResponse {
    const state = this.#interactions.get(token);
    if (!state) return fail(404, 10015, 'Unknown Webhook');
    if (state.callback === undefined || state.callback === 8) return fail(404, 10008, 'Unknown Message');
    const data = (request.body ?? {}) as Record<string, unknown>;
    const problems = request.method === 'DELETE' || request.method === 'GET' ? [] : messageProblems(data);
    if (problems.length > 0) return fail(400, 50035, 'Invalid Form Body', problems);
    if (rest.length === 0 && request.method === 'POST') {
      const message = this.#message(data);
      state.followUps.set(message.id as string, message);
      this.#posted({ id: state.id, token }, message, data);
      return request.query.wait === 'true' ? { status: 200, body: message } : { status: 204 };
    }
    if (rest[0] !== 'messages' || rest.length !== 2) return fail(404, 0, '404: Not Found');
    const key = rest[1]!;
    const message = key === '@original' ? state.original : state.followUps.get(key);
    if (!message) return fail(404, 10008, 'Unknown Message');
    if (request.method === 'GET') return { status: 200, body: message };
    if (request.method === 'DELETE') {
      if (key === '@original') delete state.original;
      else state.followUps.delete(key);
      return { status: 204 };
    }
    if (request.method === 'PATCH') {
      const edited = { ...message, ...data, flags: message.flags, edited_timestamp: new Date().toISOString() };
      if (key === '@original') state.original = edited;
      else state.followUps.set(key, edited);
      return { status: 200, body: edited };
    }
    return fail(405, 0, '405: Method Not Allowed');
  }

  /** Keeps a message of an interaction in the channel when it is not ephemeral. */
  #posted(interaction: SentInteraction, message: Record<string, unknown>, data: Record<string, unknown> | undefined): void {
    if ((Number(message.flags ?? 0) & 64) !== 0) return;
    const allowedMentions = data?.allowed_mentions;
    this.channelMessages.push({ interaction, message, allowedMentions, pinged: pingsOf(String(message.content ?? ''), allowedMentions) });
  }

  /** A message object as Discord returns it for interaction responses. */
  #message(data: Record<string, unknown> | undefined): Record<string, unknown> {
    return {
      id: snowflake(),
      type: 20,
      channel_id: this.channelId,
      author: this.botUser,
      content: (data?.content as string | undefined) ?? '',
      embeds: (data?.embeds as unknown[] | undefined) ?? [],
      attachments: [],
      components: (data?.components as unknown[] | undefined) ?? [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: Number(data?.flags ?? 0),
      webhook_id: this.#options.applicationId,
      application_id: this.#options.applicationId,
    };
  }

  // ── Gateway ───────────────────────────────────────────────────────────────────────────────────

  #onGateway(socket: WebSocket, req: IncomingMessage): void {
    this.gatewayConnections.push(req.url ?? '');
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    if (query.get('v') !== '10') return void socket.close(4012, 'Invalid API version');
    if (query.get('encoding') !== 'json') return void socket.close(4002, 'Decode error');
    if (query.has('compress')) return void socket.close(4000, 'The stand-in speaks uncompressed JSON only');

    let session: Session | undefined;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.#options.heartbeatIntervalMs }, s: null, t: null }));
    socket.on('message', (raw) => {
      let payload: { op?: number; d?: Record<string, unknown> };
      try {
        payload = JSON.parse(String(raw)) as typeof payload;
      } catch {
        return void socket.close(4002, 'Decode error');
      }
      const d = payload.d ?? {};
      switch (payload.op) {
        case 1: // heartbeat
          return void socket.send(JSON.stringify({ op: 11 }));
        case 2: {
          // identify
          if (session) return void socket.close(4005, 'Already authenticated');
          this.identifies.push({ ...d, token: '[token]' });
          if (d.token !== this.#options.token) return void socket.close(4004, 'Authentication failed');
          const [shardId, shardCount] = Array.isArray(d.shard) ? (d.shard as unknown[]) : [0, 1];
          const validShard =
            Number.isInteger(shardId) && Number.isInteger(shardCount) && (shardCount as number) >= 1 &&
            (shardId as number) >= 0 && (shardId as number) < (shardCount as number);
          if (!validShard) return void socket.close(4010, 'Invalid shard');
          const shard = [shardId as number, shardCount as number] as const;
          session = { id: randomBytes(16).toString('hex'), shard, seq: 0, socket, sent: [] };
          this.#sessions.set(session.id, session);
          this.#ready(session);
          return;
        }
        case 6: {
          // resume
          this.resumes.push({ ...d, token: '[token]' });
          const known = this.#sessions.get(String(d.session_id));
          if (d.token !== this.#options.token || !known) return void socket.send(JSON.stringify({ op: 9, d: false }));
          session = known;
          known.socket = socket;
          const since = Number(d.seq ?? 0);
          for (const event of known.sent.filter((e) => e.s > since)) socket.send(JSON.stringify({ op: 0, ...event }));
          this.#send(known, 'RESUMED', {});
          return;
        }
        case 3:
        case 4:
        case 8:
          if (!session) socket.close(4003, 'Not authenticated');
          return;
        default:
          return void socket.close(4001, 'Unknown opcode');
      }
    });
    socket.on('error', () => {});
  }

  /** The shard Discord puts a guild on: (guild_id >> 22) % shard count. */
  static shardOf(guildId: string, count: number): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(count));
  }

  #ready(session: Session): void {
    const { guildId, applicationId } = this.#options;
    const ownsGuild = DiscordStandIn.shardOf(guildId, session.shard[1]) === session.shard[0];
    this.#send(session, 'READY', {
      v: 10,
      user: this.botUser,
      guilds: ownsGuild ? [{ id: guildId, unavailable: true }] : [],
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: [...session.shard],
      application: { id: applicationId, flags: 0 },
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ['["kutip-standin",{}]'],
    });
    if (!ownsGuild) return;
    this.#send(session, 'GUILD_CREATE', {
      id: guildId,
      name: 'Stand-in server',
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      application_id: null,
      max_members: 500_000,
      max_video_channel_users: 25,
      features: [],
      unavailable: false,
      large: false,
      lazy: true,
      member_count: 2,
      joined_at: new Date().toISOString(),
      roles: [
        {
          id: guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: '2248473465835073',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      channels: [
        { id: this.channelId, type: 0, guild_id: guildId, name: 'general', position: 0, permission_overwrites: [], nsfw: false, topic: null, parent_id: null, last_message_id: null, rate_limit_per_user: 0 },
      ],
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    });
  }

  // ── Stopping ──────────────────────────────────────────────────────────────────────────────────

  /** Closes every socket and the server. Safe to call more than once. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#safety);
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
