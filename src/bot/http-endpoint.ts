// The HTTP interactions endpoint: Discord POSTs every interaction to POST /interactions instead of
// sending it down a gateway connection. Stateless, so any number of replicas can stand behind a load
// balancer. node's own http and crypto; the answers come from the same dispatcher and the same
// render() as the gateway bot, only the transport differs:
//
// - the signature (Ed25519 over timestamp + raw body) is checked before anything else is touched:
//   401 when missing or bad, or when the timestamp is over 5 minutes off (a replay); 413 past 64 KB;
//   404 for other paths, 405 for other methods;
// - PING → PONG; a paging button → the page in place of its message (type 7), or an ephemeral
//   refusal (type 4); "Post to channel" under a private check → the check as a new public message
//   (type 4, no flags), or an ephemeral refusal; a slash command (a subcommand's options read from
//   inside it, the member's permissions from `member.permissions`) → the reply in the HTTP response
//   itself (type 4), a message context-menu command likewise, ephemeral, with the message's text
//   from `resolved`; a command that defers on the gateway (`defer: true`) defers here too: type 5 at
//   once, then the answer PATCHed onto the original message through REST at DISCORD_API_URL,
//   authorised by the interaction token (no bot token needed); autocomplete → type 8 with choices;
// - GET /healthz → 200 {"ready":true,"articles":N}, or 503 once stopping.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, InteractionType, MessageFlags, REST, Routes } from 'discord.js';
import { commandsByName, menuCommands } from '../../commands/index.js';
import { DEFAULT_PORT, type Config } from '../config.js';
import type { Library } from '../index/library.js';
import { LiveLibrary, type LibrarySource } from '../load/live-library.js';
import type { ArticleFolder } from './action.js';
import { inputOf } from './command.js';
import { createDispatcher, type Replier } from './dispatch.js';
import { messageCommandCall, targetTextOf } from './message-command.js';
import { serveLive } from './live.js';
import type { Logger } from './log.js';
import { messageData, type Payload } from '../render/embed.js';
import { checkSignatureHeaders, publicKeyFromHex, verifySignature } from './signature.js';

/** Largest body accepted; Discord's interaction payloads are a few KB. */
export const MAX_BODY_BYTES = 64 * 1024;
/** How long a stop waits for answers in flight. */
const DRAIN_MS = 5000;

export interface EndpointOptions {
  readonly config: Config & { readonly publicKey: string };
  /** A library, or the holder of a live one (runEndpoint then follows its folder). */
  readonly library: Library | LibrarySource;
  /** The folder /article add and /article remove change. */
  readonly folder?: ArticleFolder;
  readonly logger: Logger;
  /** Milliseconds since 1970; injectable for tests. */
  readonly now?: () => number;
}

export interface Endpoint {
  readonly server: Server;
  /** Listens on the configured PORT and HOST; resolves with the address actually bound. */
  listen(): Promise<AddressInfo>;
  /** Refuses new work, lets answers in flight finish (up to `drainMs`), and closes. */
  close(drainMs?: number): Promise<void>;
}

/** The fields of an interaction this endpoint reads. Signed by Discord, still checked for shape. */
interface Incoming {
  readonly id: string;
  readonly applicationId: string;
  readonly type: number;
  readonly token: string;
  readonly name: string;
  readonly options: readonly { readonly name: string; readonly value?: unknown; readonly focused?: boolean }[];
  readonly locale: string | undefined;
  readonly userId: string;
  /** A message command: the text of the message it was run on. */
  readonly targetText?: string;
  /** The subcommand chosen, whose options are the ones above. */
  readonly subcommand?: string;
  /** The member's permissions in the channel (a decimal bit set); undefined outside a server. */
  readonly memberPermissions?: bigint;
  /** A button click: its custom_id, and the description of the first embed of the message it is on. */
  readonly customId?: string;
  readonly description?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^\d{1,20}$/.test(v);

/** The interaction's fields, or undefined when its shape is not Discord's. */
function readInteraction(json: unknown): Incoming | undefined {
  if (!isObject(json) || typeof json.type !== 'number') return undefined;
  if (json.type === InteractionType.Ping) {
    return { id: String(json.id ?? ''), applicationId: '', type: json.type, token: '', name: '', options: [], locale: undefined, userId: '' };
  }
  const { id, application_id: applicationId, token, data, locale } = json;
  if (!isId(id) || !isId(applicationId) || typeof token !== 'string' || !/^[^\s/?#%\\]{1,1000}$/.test(token) || !isObject(data)) return undefined;
  const user = isObject(json.member) && isObject(json.member.user) ? json.member.user : isObject(json.user) ? json.user : undefined;
  if (!isId(user?.id)) return undefined;
  if (json.type === InteractionType.MessageComponent) {
    if (typeof data.custom_id !== 'string') return undefined;
    const message = isObject(json.message) ? json.message : undefined;
    const embed = Array.isArray(message?.embeds) && isObject(message.embeds[0]) ? message.embeds[0] : undefined;
    const description = typeof embed?.description === 'string' ? embed.description : undefined;
    return { id, applicationId, type: json.type, token, name: '', options: [], locale: typeof locale === 'string' ? locale : undefined, userId: user.id, customId: data.custom_id, ...(description !== undefined && { description }) };
  }
  if (typeof data.name !== 'string') return undefined;
  const { options, subcommand } = optionsOf(data.options);
  const permissions = isObject(json.member) ? json.member.permissions : undefined;
  const targetText = targetTextOf(data);
  return {
    id,
    applicationId,
    type: json.type,
    token,
    name: data.name,
    options,
    locale: typeof locale === 'string' ? locale : undefined,
    userId: user.id,
    ...(subcommand !== undefined && { subcommand }),
    ...(typeof permissions === 'string' && /^\d{1,30}$/.test(permissions) && { memberPermissions: BigInt(permissions) }),
    ...(targetText !== undefined && { targetText }),
  };
}

type RawOption = Incoming['options'][number] & { readonly type?: unknown; readonly options?: unknown };

/** The options the user typed: a subcommand (type 1), in a group (type 2) or not, holds them. */
function optionsOf(raw: unknown): { options: RawOption[]; subcommand?: string } {
  const list = (value: unknown): RawOption[] =>
    (Array.isArray(value) ? value : []).filter((o): o is RawOption => isObject(o) && typeof o.name === 'string');
  let options = list(raw);
  let subcommand: string | undefined;
  while (options.length === 1 && (options[0]!.type === 1 || options[0]!.type === 2)) {
    if (options[0]!.type === 1) subcommand = options[0]!.name;
    options = list(options[0]!.options);
  }
  return { options, ...(subcommand !== undefined && { subcommand }) };
}

/** Ends the response with a JSON body; resolves once it is handed to the socket (or the socket is gone). */
function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): Promise<void> {
  if (res.headersSent) return Promise.resolve();
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  return new Promise((resolve) => {
    res.once('close', resolve);
    res.end(text, resolve);
  });
}

/** The raw body, or undefined once it passes `max` bytes (reading stops there). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

export function createEndpoint({ config, library: given, folder, logger, now = Date.now }: EndpointOptions): Endpoint {
  const key = publicKeyFromHex(config.publicKey);
  const source: LibrarySource = 'current' in given ? given : { current: given };
  const dispatcher = createDispatcher({ library: source, commands: commandsByName, menus: menuCommands, logger, cooldownSeconds: config.cooldownSeconds, ...(folder && { folder }) });
  // Interaction webhooks are authorised by the interaction token; the bot token is never needed here.
  const rest = new REST({ api: config.apiUrl });
  let stopping = false;

  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, reason: string, headers: Record<string, string> = {}) => {
    logger.info({ status, reason, method: req.method, path: req.url?.slice(0, 100) }, 'request refused');
    return sendJson(res, status, { error: reason }, headers);
  };

  /** Answers one interaction over HTTP: the response itself first, then REST edits and follow-ups. */
  function replierFor(res: ServerResponse, incoming: Incoming): Replier {
    let state: 'fresh' | 'deferred' | 'replied' = 'fresh';
    return {
      async defer(options) {
        if (state !== 'fresh') return;
        state = 'deferred';
        // Exactly what discord.js sends for deferReply(): public (flags 0), or ephemeral (64).
        await sendJson(res, 200, { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: options?.ephemeral === true ? MessageFlags.Ephemeral : 0 } });
      },
      async send(payload: Payload) {
        if (state === 'fresh') {
          state = 'replied';
          const type = payload.update ? InteractionResponseType.UpdateMessage : InteractionResponseType.ChannelMessageWithSource;
          await sendJson(res, 200, { type, data: messageData(payload) });
        } else if (state === 'deferred') {
          // As discord.js: only a successful edit counts as the reply, so an error reply edits again.
          const route = Routes.webhookMessage(incoming.applicationId, incoming.token, '@original');
          await rest.patch(route, { body: messageData(payload, { edit: true }), auth: false });
          state = 'replied';
        } else {
          await rest.post(Routes.webhook(incoming.applicationId, incoming.token), { body: messageData(payload), auth: false });
        }
      },
    };
  }

  async function interactions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    const sig = typeof signature === 'string' ? signature : undefined;
    const ts = typeof timestamp === 'string' ? timestamp : undefined;
    const problem = checkSignatureHeaders(sig, ts, now());
    if (problem !== undefined) return refuse(req, res, 401, `invalid request signature (${problem})`);
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      return refuse(req, res, 413, 'body too large', { connection: 'close' });
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === undefined) return refuse(req, res, 413, 'body too large', { connection: 'close' });
    if (!verifySignature(key, sig!, ts!, body)) return refuse(req, res, 401, 'invalid request signature (bad)');

    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(req, res, 400, 'body is not JSON');
    }
    const incoming = readInteraction(json);
    if (incoming === undefined) return refuse(req, res, 400, 'not an interaction');
    if (incoming.type === InteractionType.Ping) return sendJson(res, 200, { type: InteractionResponseType.Pong });
    if (stopping) return refuse(req, res, 503, 'stopping');

    const option = (name: string) => incoming.options.find((o) => o.name === name)?.value;
    if (incoming.type === InteractionType.ApplicationCommand && incoming.targetText !== undefined) {
      const arrival = { id: incoming.id, name: incoming.name, locale: incoming.locale, userId: incoming.userId, text: incoming.targetText };
      await dispatcher.command(messageCommandCall(menuCommands, arrival), replierFor(res, incoming));
    } else if (incoming.type === InteractionType.ApplicationCommand) {
      await dispatcher.command(
        {
          id: incoming.id,
          command: incoming.name,
          locale: incoming.locale,
          userId: incoming.userId,
          input: inputOf(option, incoming.subcommand),
          ...(incoming.memberPermissions !== undefined && { memberPermissions: incoming.memberPermissions }),
        },
        replierFor(res, incoming),
      );
    } else if (incoming.type === InteractionType.MessageComponent) {
      await dispatcher.component(
        { id: incoming.id, customId: incoming.customId ?? '', locale: incoming.locale, userId: incoming.userId, description: incoming.description },
        replierFor(res, incoming),
      );
    } else if (incoming.type === InteractionType.ApplicationCommandAutocomplete) {
      const focused = incoming.options.find((o) => o.focused === true);
      await dispatcher.autocomplete(
        {
          id: incoming.id,
          command: incoming.name,
          locale: incoming.locale,
          input: inputOf(option, incoming.subcommand),
          focused: { name: focused?.name ?? '', value: String(focused?.value ?? '') },
        },
        (choices) => sendJson(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } }),
      );
    } else {
      return refuse(req, res, 400, `interaction type ${incoming.type} is not handled`);
    }
    // The dispatcher always answers; should it not, Discord must not wait for nothing.
    if (!res.headersSent) await sendJson(res, 500, { error: 'no answer' });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/interactions') {
      if (req.method !== 'POST') return refuse(req, res, 405, 'method not allowed', { allow: 'POST' });
      return interactions(req, res);
    }
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 405, 'method not allowed', { allow: 'GET, HEAD' });
      return sendJson(res, stopping ? 503 : 200, { ready: !stopping, articles: source.current.entries.length });
    }
    return refuse(req, res, 404, 'not found');
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      logger.error({ err, path: req.url?.slice(0, 100) }, 'request failed');
      void sendJson(res, 500, { error: 'internal error' });
    });
  });
  // A slow or silent client may not hold a connection open for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;

  return {
    server,
    listen() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        const done = () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        };
        if (config.host === undefined) server.listen(config.port ?? DEFAULT_PORT, done);
        else server.listen(config.port ?? DEFAULT_PORT, config.host, done);
      });
    },
    async close(drainMs = DRAIN_MS) {
      if (stopping) return;
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await dispatcher.drain(drainMs);
      server.closeAllConnections();
      await closed;
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}

/** Serves until SIGINT or SIGTERM, which exit the process with 0. Rejects if the port cannot be bound. */
export async function runEndpoint(options: EndpointOptions): Promise<void> {
  const { logger, library } = options;
  // A live library: follow its folder (unless WATCH_ARTICLES=0), and let /article change it.
  const live = library instanceof LiveLibrary ? serveLive(library, options.config, logger) : undefined;
  const endpoint = createEndpoint({ ...options, ...(live && { folder: live.folder }) });
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  const address = await endpoint.listen();
  const articles = ('current' in library ? library.current : library).entries.length;
  logger.info({ address: address.address, port: address.port, articles }, 'listening');

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    live?.close();
    await endpoint.close(DRAIN_MS);
    logger.info('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, (s) => void stop(s));
}
