// npm run start:sharded: the gateway bot as one process per shard, with discord.js's own
// ShardingManager. Each shard is `dist/app/main.js` (what `npm start` runs), loads the articles
// itself, and logs with its shard id; this process only spawns, watches and stops them.
//
// How many: SHARD_COUNT, else what Discord recommends (GET /gateway/bot). discord.js's own
// fetchRecommendedShardCount always asks https://discord.com/api, so the count is fetched here with
// a REST client on DISCORD_API_URL and handed to the manager as a number. Which: SHARD_IDS (with
// SHARD_COUNT), so several machines can split one bot; else all of them.
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { DEFAULT_CONNECT_RETRY, hostOf, withConnectRetries } from './connect.js';
import type { Logger } from './log.js';
import type { Config } from '../config.js';

/** Discord allows one IDENTIFY per 5 s (per max_concurrency bucket); discord.js's default spacing. */
const SPAWN_DELAY_MS = 5500;
/** How long a shard may take to load the articles and connect before start-up fails. */
const READY_TIMEOUT_MS = 60_000;
/** How long a stop waits for the shards to drain and exit before killing them. */
const STOP_TIMEOUT_MS = 10_000;

/** Discord's recommended shard count for this bot, asked at the configured REST base. */
export async function recommendedShardCount(config: Config & { readonly token: string }): Promise<number> {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  try {
    const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return Math.max(1, shards);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

function watch(shard: Shard, total: number, logger: Logger): void {
  const line = { shard: shard.id, total };
  logger.info(line, 'shard spawned');
  shard.on('ready', () => logger.info(line, 'shard ready'));
  shard.on('disconnect', () => logger.warn(line, 'shard disconnected'));
  shard.on('reconnecting', () => logger.info(line, 'shard reconnecting'));
  shard.on('death', (child) => {
    const code = 'exitCode' in child ? child.exitCode : undefined;
    logger.warn({ ...line, code }, 'shard exited; respawning');
  });
}

/** Stops every shard with SIGTERM (they drain, then exit), and kills those still running after `timeoutMs`. */
async function stopShards(manager: ShardingManager, timeoutMs: number): Promise<void> {
  const exits: Promise<void>[] = [];
  for (const shard of manager.shards.values()) {
    const child = shard.process;
    if (child === null || child.exitCode !== null || child.signalCode !== null) continue;
    exits.push(new Promise((resolve) => child.once('exit', () => resolve())));
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => clearTimeout(killer));
    // Shard.kill(): SIGTERM, and no respawn.
    shard.kill();
  }
  await Promise.all(exits);
}

/** `shardScript`: the file each shard runs, main.js (the entry point beside the caller's). */
export async function runShards(config: Config & { readonly token: string }, logger: Logger, shardScript: string): Promise<void> {
  // Asking Discord for the count is this process's first contact with it: retried like a login.
  const retry = {
    ...DEFAULT_CONNECT_RETRY,
    ...(config.connectRetries !== undefined && { retries: config.connectRetries }),
    ...(config.connectBackoffMs !== undefined && { firstDelayMs: config.connectBackoffMs }),
  };
  const total =
    config.shardCount ?? (await withConnectRetries(() => recommendedShardCount(config), { retry, host: hostOf(config.apiUrl), logger }));
  const shardList = config.shardIds !== undefined ? [...config.shardIds] : [...Array(total).keys()];
  // Each shard learns its id from the manager (SHARDS); SHARD_IDS is this process's list, not theirs.
  // Blank, not deleted: a shard's dotenv would fill a deleted one back in from .env.
  process.env.SHARD_IDS = '';
  const manager = new ShardingManager(shardScript, {
    totalShards: total,
    shardList,
    token: config.token,
    mode: 'process',
    respawn: true,
    // One V8 worker thread, as for every kutip process (README, Performance): on a small machine
    // V8's background threads otherwise pre-empt the one that answers.
    execArgv: ['--v8-pool-size=1'],
  });
  manager.on('shardCreate', (shard) => watch(shard, total, logger));

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping shards');
    await stopShards(manager, STOP_TIMEOUT_MS);
    logger.info('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, (s) => void stop(s));

  logger.info({ total, shards: shardList, source: config.shardCount === undefined ? 'discord' : 'SHARD_COUNT' }, 'spawning shards');
  try {
    await manager.spawn({ amount: total, delay: SPAWN_DELAY_MS, timeout: READY_TIMEOUT_MS });
  } catch (err) {
    if (stopping) return;
    await stopShards(manager, STOP_TIMEOUT_MS);
    throw err;
  }
  logger.info({ total, shards: shardList }, 'all shards ready');
}
