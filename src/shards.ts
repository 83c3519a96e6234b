// npm run start:sharded: discord.js's ShardingManager runs the gateway bot once per shard (bot/shards.ts).
import { pathToFileURL } from 'node:url';
import { runShards } from './bot/shards.js';
import { ConfigError, loadConfig, requireDiscord } from './config.js';
import { processLogger } from './process-guards.js';

export { runShards } from './bot/shards.js';

async function main(): Promise<void> {
  const config = requireDiscord(loadConfig(), 'token');
  await runShards(config, processLogger(config).child({ role: 'shards' }));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    const message = err instanceof ConfigError ? err.message : `could not start the shards: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`kutip: ${message}\n`);
    process.exit(1);
  });
}
