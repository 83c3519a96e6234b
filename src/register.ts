// npm run register: puts the slash commands on Discord (GET what is registered, diff, PUT only on a change).
import { pathToFileURL } from 'node:url';
import { commands as allCommands } from '../commands/index.js';
import { register } from './bot/register.js';
import { ConfigError, loadConfig, requireDiscord } from './config.js';

export { register } from './bot/register.js';

async function main(): Promise<void> {
  const config = requireDiscord(loadConfig(), 'token', 'clientId');
  await register({ config, commands: allCommands.map((c) => c.data), dryRun: process.argv.includes('--dry-run') });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    const message = err instanceof ConfigError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`kutip register: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  });
}
