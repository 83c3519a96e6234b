// The Discord process: one discord.js client with the Guilds intent only (no privileged intents),
// every interaction handed to the dispatcher, one log line when ready, and a clean stop on
// SIGINT/SIGTERM (replies in flight get a few seconds, then the client is destroyed and we exit 0).
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { commandsByName } from '../../commands/index.js';
import type { Config } from '../config.js';
import type { Library } from '../library.js';
import { createDispatcher } from './dispatch.js';
import type { Logger } from './log.js';
import { NO_MENTIONS } from './respond.js';

export interface BotOptions {
  readonly config: Config & { readonly token: string };
  readonly library: Library;
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
  });
}

/** Logs in and serves until SIGINT or SIGTERM, which exit the process with 0. Rejects if login fails. */
export async function runBot({ config, library, logger }: BotOptions): Promise<void> {
  const client = createClient(config);
  const dispatcher = createDispatcher({ library, commands: commandsByName, logger, cooldownSeconds: config.cooldownSeconds });

  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, articles: library.entries.length }, 'ready');
  });
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, ({ code }, shard) => logger.warn({ shard, code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await dispatcher.drain(DRAIN_MS);
    await client.destroy();
    logger.info('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, (s) => void stop(s));

  try {
    await client.login(config.token);
  } catch (err) {
    // Nothing may keep the process alive after a failed login (an invalid token, say).
    await client.destroy();
    throw err;
  }
}
