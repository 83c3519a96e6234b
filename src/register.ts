// npm run register: puts the slash commands on Discord (GET what is registered, diff, PUT only on a
// change; see bot/register.ts). `-- --dry-run` shows without PUTting.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { registrations } from '../commands/index.js';
import { register } from './bot/register.js';
import { loadConfig, requireDiscord } from './config.js';
import { reportFailure, UsageError, parseArgsProblem } from './cli/exit-codes.js';

export { register } from './bot/register.js';

const USAGE = 'usage: npm run register [-- --dry-run]';

async function main(): Promise<void> {
  let dryRun: boolean;
  try {
    dryRun = parseArgs({ args: process.argv.slice(2), strict: true, allowPositionals: false, options: { 'dry-run': { type: 'boolean', default: false } } })
      .values['dry-run'];
  } catch (err) {
    throw new UsageError(`${parseArgsProblem(err) ?? String(err)}\n${USAGE}`);
  }
  const config = requireDiscord(loadConfig(), 'token', 'clientId');
  await register({ config, commands: registrations, dryRun });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => reportFailure(err, { name: 'kutip register' }));
}
