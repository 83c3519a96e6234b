// npm run start:sharded: discord.js's ShardingManager runs the gateway bot once per shard (bot/shards.ts).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runShards } from './bot/shards.js';
import { loadConfig, requireDiscord } from './config.js';
import { reportFailure } from './cli/exit-codes.js';
import { processLogger } from './process-guards.js';
import { parseStartArgs, usageOf } from './cli/start-args.js';

export { runShards } from './bot/shards.js';

async function main(): Promise<void> {
  const usage = usageOf('npm run start:sharded');
  const args = parseStartArgs(process.argv.slice(2), usage);
  if (args.help) {
    process.stdout.write(`${usage}\nThe gateway bot as one process per shard (SHARD_COUNT, SHARD_IDS). Needs DISCORD_TOKEN.\n`);
    return;
  }
  // The shards read the folder from their environment, which they inherit from this process.
  if (args.articlesDir !== undefined) process.env.ARTICLES_DIR = args.articlesDir;
  const config = requireDiscord(loadConfig(), 'token');
  // main.js sits beside this entry point, in dist/app (bundled) as in dist/src (compiled file by file).
  await runShards(config, processLogger(config).child({ role: 'shards' }), fileURLToPath(new URL('./main.js', import.meta.url)));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    reportFailure(err, { unexpected: 'could not start the shards' });
    // Shards may still be running; the manager's exit stops them.
    process.exit();
  });
}
