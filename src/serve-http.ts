// npm run start:http (or `kutip serve-http`): the HTTP interactions endpoint instead of a gateway
// connection. Needs DISCORD_PUBLIC_KEY; listens on PORT (default 8787), on HOST when set.
import { pathToFileURL } from 'node:url';
import { runEndpoint } from './bot/http-endpoint.js';
import { ConfigError, loadConfig, requireDiscord, type Config } from './config.js';
import type { Library } from './index/library.js';
import { ArticleError } from './load/article.js';
import { loadLibrary } from './load/library.js';
import { processLogger } from './process-guards.js';

/** Serves the endpoint for a library already loaded; returns once listening. */
export async function serveHttp(config: Config, library: Library): Promise<void> {
  const ready = requireDiscord(config, 'publicKey');
  await runEndpoint({ config: ready, library, logger: processLogger(config) });
}

async function main(): Promise<void> {
  const config = loadConfig();
  requireDiscord(config, 'publicKey');
  const library = loadLibrary({ dir: config.articlesDir, ...(config.cacheDir !== undefined && { cacheDir: config.cacheDir }) });
  for (const problem of library.stats.problems) process.stderr.write(`kutip: skipped ${problem}\n`);
  await serveHttp(config, library);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    const known = err instanceof ConfigError || err instanceof ArticleError;
    process.stderr.write(`kutip: ${known ? (err as Error).message : `unexpected error: ${err instanceof Error ? err.message : String(err)}`}\n`);
    process.exitCode = 1;
  });
}
