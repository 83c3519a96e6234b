// npm start: with DISCORD_TOKEN, the Discord bot; without, the local console.
// Takes --articles-dir DIR (wins over ARTICLES_DIR) and --help; refuses anything else (exit 2).
import { compactWhile } from './v8-flags.js';
import { logLoad } from './bot/load-log.js';
import { loadConfig } from './config.js';
import { runConsole } from './cli/console.js';
import { reportFailure } from './cli/exit-codes.js';
import { loadLiveLibrary } from './load/live-library.js';
import { processLogger } from './process-guards.js';
import { parseStartArgs, usageOf } from './cli/start-args.js';

async function main(argv: readonly string[]): Promise<void> {
  const usage = usageOf('npm start');
  const args = parseStartArgs(argv, usage);
  if (args.help) {
    process.stdout.write(`${usage}\nWith DISCORD_TOKEN set: the Discord bot. Without: the local console.\n`);
    return;
  }
  const loaded = loadConfig();
  const config = args.articlesDir === undefined ? loaded : { ...loaded, articlesDir: args.articlesDir };
  const { live, stats } = compactWhile(() => loadLiveLibrary({ dir: config.articlesDir, ...(config.cacheDir !== undefined && { cacheDir: config.cacheDir }), ...(config.loadThreads !== undefined && { parallel: { threads: config.loadThreads } }) }));
  for (const problem of stats.problems) process.stderr.write(`kutip: skipped ${problem}\n`);
  if (config.token === undefined) {
    await runConsole(live.current);
    return;
  }
  const logger = processLogger(config);
  logLoad(logger, stats, config.cacheDir);
  // The bot follows the articles folder (unless WATCH_ARTICLES=0); the console answers from what was loaded.
  // The bot's code and discord.js (some 30 MB of resident memory) only now: the console never needs them.
  const { runBot } = await import('./bot/client.js');
  await runBot({ config: { ...config, token: config.token }, library: live, logger });
}

main(process.argv.slice(2)).catch((err: unknown) => reportFailure(err));
