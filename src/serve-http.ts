// npm run start:http (or `kutip serve-http`): the HTTP interactions endpoint instead of a gateway
// connection. Needs DISCORD_PUBLIC_KEY; listens on PORT (default 8787), on HOST when set.
// Takes --articles-dir DIR and --help; refuses anything else (exit 2).
import { compactWhile } from './v8-flags.js';
import { pathToFileURL } from 'node:url';
import { runEndpoint } from './bot/http-endpoint.js';
import { logLoad } from './bot/load-log.js';
import { loadConfig, requireDiscord, type Config } from './config.js';
import { reportFailure } from './cli/exit-codes.js';
import type { Library } from './index/library.js';
import type { LoadStats } from './load/library.js';
import { LiveLibrary, loadLiveLibrary } from './load/live-library.js';
import { processLogger } from './process-guards.js';
import { parseStartArgs, usageOf } from './cli/start-args.js';

/**
 * Serves the endpoint for a library already loaded from `config.articlesDir`, following that folder
 * (unless WATCH_ARTICLES=0); returns once listening.
 */
export async function serveHttp(config: Config, library: (Library & { readonly stats?: LoadStats }) | LiveLibrary, stats?: LoadStats): Promise<void> {
  const ready = requireDiscord(config, 'publicKey');
  const logger = processLogger(config);
  const loaded = stats ?? ('stats' in library ? library.stats : undefined);
  if (loaded !== undefined) logLoad(logger, loaded, config.cacheDir);
  // A library loaded elsewhere (kutip serve-http) is followed too: its files are checked at the first rescan.
  const live = library instanceof LiveLibrary ? library : new LiveLibrary(library, config.articlesDir, config.cacheDir === undefined ? {} : { cacheDir: config.cacheDir });
  await runEndpoint({ config: ready, library: live, logger });
}

async function main(): Promise<void> {
  const usage = usageOf('npm run start:http');
  const args = parseStartArgs(process.argv.slice(2), usage);
  if (args.help) {
    process.stdout.write(`${usage}\nThe HTTP interactions endpoint: POST /interactions and GET /healthz on PORT. Needs DISCORD_PUBLIC_KEY.\n`);
    return;
  }
  const loaded = loadConfig();
  const config = args.articlesDir === undefined ? loaded : { ...loaded, articlesDir: args.articlesDir };
  requireDiscord(config, 'publicKey');
  const { live, stats } = compactWhile(() => loadLiveLibrary({ dir: config.articlesDir, ...(config.cacheDir !== undefined && { cacheDir: config.cacheDir }), ...(config.loadThreads !== undefined && { parallel: { threads: config.loadThreads } }) }));
  for (const problem of stats.problems) process.stderr.write(`kutip: skipped ${problem}\n`);
  await serveHttp(config, live, stats);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => reportFailure(err));
}
