// npm start: with DISCORD_TOKEN, the Discord bot; without, the local console.
import { runBot } from './bot/client.js';
import { ConfigError, loadConfig } from './config.js';
import { runConsole } from './cli/console.js';
import { ArticleError } from './load/article.js';
import { loadLibrary } from './load/library.js';
import { processLogger } from './process-guards.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const library = loadLibrary({ dir: config.articlesDir, ...(config.cacheDir !== undefined && { cacheDir: config.cacheDir }) });
  for (const problem of library.stats.problems) process.stderr.write(`kutip: skipped ${problem}\n`);
  if (config.token === undefined) {
    await runConsole(library);
    return;
  }
  await runBot({ config: { ...config, token: config.token }, library, logger: processLogger(config) });
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof ArticleError) {
    process.stderr.write(`kutip: ${err.message}\n`);
  } else {
    process.stderr.write(`kutip: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exitCode = 1;
});
