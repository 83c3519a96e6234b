// The Discord process: one discord.js client with the Guilds intent only (no privileged intents),
// every interaction handed to the dispatcher, one log line when ready, and a clean stop on
// SIGINT/SIGTERM (replies in flight get a few seconds, then the client is destroyed and we exit 0).
//
// Shards: under `npm run start:sharded` discord.js's ShardingManager runs this process once per
// shard and tells the client which (SHARDS, SHARD_COUNT in its environment); every log line then
// carries the shard id, and the process stops when the manager goes away. Run alone with SHARD_IDS
// and SHARD_COUNT, the one client connects those shards itself.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { commandsByName, menuCommands } from '../../commands/index.js';
import type { Config } from '../config.js';
import type { Library } from '../index/library.js';
import { LiveLibrary } from '../load/live-library.js';
import { DEFAULT_CONNECT_RETRY, hostOf, withConnectRetries } from './connect.js';
import { createDispatcher } from './dispatch.js';
import { serveLive } from './live.js';
import { loginError } from './login-error.js';
import { logRestTrouble } from './rest-log.js';
import type { Logger } from './log.js';
import { NO_MENTIONS } from '../render/embed.js';

export interface BotOptions {
  readonly config: Config & { readonly token: string };
  /** A live library is followed (its folder watched unless WATCH_ARTICLES=0) and changed by /article. */
  readonly library: Library | LiveLibrary;
  readonly logger: Logger;
}

/** How long a stop waits for replies in flight. */
const DRAIN_MS = 5000;

export function createClient(config: Config): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // DISCORD_API_URL reaches every REST call, the gateway URL included (from GET /gateway/bot).
    rest: { api: config.apiUrl },
    allowedMentions: NO_MENTIONS,
    // Without these, discord.js takes SHARDS and SHARD_COUNT from a ShardingManager, or runs shard 0 of 1.
    ...(config.shardIds !== undefined && config.shardCount !== undefined && { shards: [...config.shardIds], shardCount: config.shardCount }),
  });
}

/** The shard ids this client runs, when it runs under a ShardingManager or is one of several shards. */
function shardsOf(client: Client): number[] | undefined {
  const { shards, shardCount } = client.options;
  const ids = Array.isArray(shards) ? shards : typeof shards === 'number' ? [shards] : undefined;
  return ids !== undefined && (client.shard !== null || (shardCount ?? 1) > 1) ? ids : undefined;
}

/** Logs in and serves until SIGINT or SIGTERM, which exit the process with 0. Rejects if login fails. */
export async function runBot({ config, library, logger: processLogger }: BotOptions): Promise<void> {
  let client = createClient(config);
  const shards = shardsOf(client);
  const logger = shards === undefined ? processLogger : processLogger.child(shards.length === 1 ? { shard: shards[0] } : { shards });
  const live = library instanceof LiveLibrary ? serveLive(library, config, logger) : undefined;
  const dispatcher = createDispatcher({
    library,
    commands: commandsByName,
    menus: menuCommands,
    logger,
    cooldownSeconds: config.cooldownSeconds,
    ...(live && { folder: live.folder }),
  });
  const articles = () => (library instanceof LiveLibrary ? library.current : library).entries.length;

  /** Every client this process makes (one per try to connect) is wired the same way. */
  const wire = (c: Client): Client => {
    c.once(Events.ClientReady, (ready) => {
      logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, articles: articles() }, 'ready');
    });
    c.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
    c.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
    c.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
    // These name their shard themselves (the process logger, so the line has one `shard`).
    // Before ready, a close is a failed login, which the login reports as one line.
    c.on(Events.ShardDisconnect, ({ code }, shard) => c.isReady() && processLogger.warn({ shard, code }, 'gateway disconnected'));
    c.on(Events.ShardReconnecting, (shard) => processLogger.info({ shard }, 'gateway reconnecting'));
    c.on(Events.ShardResume, (shard, replayed) => processLogger.info({ shard, replayed }, 'gateway resumed'));
    logRestTrouble(c.rest, logger);
    return c;
  };
  wire(client);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals | 'manager gone'): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    live?.close();
    await dispatcher.drain(DRAIN_MS);
    await client.destroy();
    logger.info('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, (s) => void stop(s));
  // A shard whose ShardingManager is gone (killed, crashed) must not stay connected on its own.
  if (client.shard !== null && process.channel !== undefined) process.once('disconnect', () => void stop('manager gone'));

  // Discord out of reach at start-up (DNS, a refused connection…): a few more tries, each with a
  // fresh client (a destroyed one does not reconnect later). A refused token is not retried.
  let fresh = true;
  const retry = {
    ...DEFAULT_CONNECT_RETRY,
    ...(config.connectRetries !== undefined && { retries: config.connectRetries }),
    ...(config.connectBackoffMs !== undefined && { firstDelayMs: config.connectBackoffMs }),
  };
  await withConnectRetries(
    async () => {
      if (!fresh) client = wire(createClient(config));
      fresh = false;
      try {
        await client.login(config.token);
      } catch (err) {
        // Nothing may keep the process alive after a failed login (an invalid token, say).
        await client.destroy();
        throw loginError(err);
      }
    },
    { retry, host: hostOf(config.apiUrl), logger },
  );
}
