// The command lines of the long-running entry points and the exit codes of every one (README,
// Exit codes): `npm start -- --articles-dir DIR` is honoured, anything else is refused with the
// usage and exit 2, never ignored.
import { describe, expect, it } from 'vitest';
import { DiscordUnreachableError } from '../src/bot/connect.js';
import { ConfigError } from '../src/config.js';
import { EXIT, UsageError, describeFailure } from '../src/cli/exit-codes.js';
import { ArticleError } from '../src/load/sidecar.js';
import { parseStartArgs, usageOf } from '../src/cli/start-args.js';
import { fixturesDir } from './helpers/articles.js';
import { runNode } from './helpers/run.js';

const usage = usageOf('npm start');

function refusal(argv: string[]): string {
  try {
    parseStartArgs(argv, usage);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseStartArgs', () => {
  it('takes --articles-dir DIR (both spellings) and --help', () => {
    expect(parseStartArgs([], usage)).toEqual({ help: false });
    expect(parseStartArgs(['--articles-dir', 'x/y'], usage)).toEqual({ help: false, articlesDir: 'x/y' });
    expect(parseStartArgs(['--articles-dir=x/y'], usage)).toEqual({ help: false, articlesDir: 'x/y' });
    expect(parseStartArgs(['-h'], usage)).toEqual({ help: true });
  });

  it.each([
    [['--articels-dir', 'x'], "Unknown option '--articels-dir'"],
    [['x'], "Unexpected argument 'x'"],
    [['--articles-dir'], "Option '--articles-dir <value>' argument missing"],
    [['--articles-dir', ''], '--articles-dir needs a folder'],
  ])('refuses %j with what is wrong and the usage', (argv, problem) => {
    expect(refusal(argv)).toBe(`${problem}\n${usage}`);
  });
});

describe('describeFailure', () => {
  it.each([
    [new UsageError('Unknown option'), EXIT.usage, 'Unknown option'],
    [new ConfigError('Invalid LOG_LEVEL: must be one of …'), EXIT.usage, 'Invalid LOG_LEVEL: must be one of …'],
    [new ArticleError('data/x', 'no usable article'), EXIT.usage, 'data/x: no usable article'],
    [new DiscordUnreachableError('cannot reach Discord at discord.com (ENOTFOUND) after 6 tries'), EXIT.failure, 'cannot reach Discord at discord.com (ENOTFOUND) after 6 tries'],
    [new TypeError('x is undefined\n    at somewhere'), EXIT.failure, 'unexpected error: x is undefined'],
  ])('%s → exit %i', (err, code, message) => {
    expect(describeFailure(err)).toEqual({ code, message });
  });

  it('a network failure outside start-up retries (npm run register) says Discord cannot be reached', () => {
    const err = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
    expect(describeFailure(err)).toEqual({
      code: EXIT.failure,
      message: 'cannot reach Discord (ENOTFOUND: getaddrinfo ENOTFOUND discord.com); check the network connection and DNS, or DISCORD_API_URL',
    });
  });
});

describe('the entry points', () => {
  const env = { CACHE_DIR: 'off' };

  it('npm start -- --articles-dir DIR reads that folder', () => {
    const r = runNode('dist/app/main.js', ['--articles-dir', fixturesDir], '/search potholes\n', env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('en-council-vote');
    expect(r.stdout).toMatch(/¶\d+ \[en-council-vote\]/);
  });

  it('npm start refuses an unknown argument with the usage, exit 2, and starts nothing', () => {
    const r = runNode('dist/app/main.js', ['--articels-dir', fixturesDir], '/help\n', env);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`kutip: Unknown option '--articels-dir'\n${usage}\n`);
  });

  it('npm start -- --help prints the usage and exits 0 without starting', () => {
    const r = runNode('dist/app/main.js', ['--help'], '', { ...env, DISCORD_TOKEN: 'not even a token' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(usage);
  });

  it.each([
    ['dist/app/serve-http.js', 'npm run start:http'],
    ['dist/app/shards.js', 'npm run start:sharded'],
  ])('%s refuses an unknown argument the same way', (script, command) => {
    const r = runNode(script, ['--port', '80'], '', env);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`kutip: Unknown option '--port'\n${usageOf(command)}\n`);
  });

  it('npm run register refuses a misspelt --dry-run instead of registering', () => {
    const r = runNode('dist/app/register.js', ['--dryrun'], '', env);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("kutip register: Unknown option '--dryrun'\nusage: npm run register [-- --dry-run]\n");
  });

  it('a bad setting is exit 2 in every entry point', () => {
    for (const script of ['dist/app/main.js', 'dist/app/serve-http.js', 'dist/app/shards.js', 'dist/app/register.js']) {
      const r = runNode(script, [], '', { ...env, LOG_LEVEL: 'loud' });
      expect(r.status, script).toBe(2);
      expect(r.stderr, script).toMatch(/: Invalid LOG_LEVEL: must be one of /);
    }
  });
});
