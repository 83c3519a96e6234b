import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, requireDiscord } from '../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.secret-token-value-xyz';
const PUBLIC_KEY = 'd5a0ff5d3bd26e4d0d3f4c1b0f6e1e4f0c4d9b8a7c6e5f4a3b2c1d0e9f8a7b6c';

function failure(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('fills defaults and treats empty values as unset', () => {
    expect(parseConfig({ DISCORD_GUILD_ID: '', DISCORD_API_URL: '' })).toEqual({
      apiUrl: 'https://discord.com/api',
      articlesDir: 'data/articles',
      cacheDir: '.cache/kutip',
      logLevel: 'info',
      cooldownSeconds: 0,
      port: 8787,
    });
  });

  it('reads every variable and strips a trailing slash from the API base', () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
      ARTICLES_DIR: 'x/y',
      CACHE_DIR: 'off',
      LOG_LEVEL: 'debug',
      COOLDOWN_SECONDS: '5',
      DISCORD_PUBLIC_KEY: PUBLIC_KEY.toUpperCase(),
      PORT: '0',
      HOST: '127.0.0.1',
      SHARD_COUNT: '4',
      SHARD_IDS: '2, 3,2',
    });
    expect(config).toEqual({
      token: TOKEN,
      clientId: '123456789012345678',
      guildId: '223456789012345678',
      apiUrl: 'http://127.0.0.1:8080/api',
      articlesDir: 'x/y',
      logLevel: 'debug',
      cooldownSeconds: 5,
      publicKey: PUBLIC_KEY,
      port: 0,
      host: '127.0.0.1',
      shardCount: 4,
      shardIds: [2, 3],
    });
  });

  it('takes a cache folder, or none with "off"', () => {
    expect(parseConfig({ CACHE_DIR: '/var/cache/kutip' }).cacheDir).toBe('/var/cache/kutip');
    expect(parseConfig({ CACHE_DIR: 'off' })).not.toHaveProperty('cacheDir');
  });

  it.each([
    [{ DISCORD_TOKEN: `${TOKEN} oops` }, 'DISCORD_TOKEN'],
    [{ DISCORD_CLIENT_ID: '12' }, 'DISCORD_CLIENT_ID'],
    [{ DISCORD_GUILD_ID: 'guild' }, 'DISCORD_GUILD_ID'],
    [{ DISCORD_API_URL: 'ftp://example.com' }, 'DISCORD_API_URL'],
    [{ DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ COOLDOWN_SECONDS: 'soon' }, 'COOLDOWN_SECONDS'],
    [{ COOLDOWN_SECONDS: '1.5' }, 'COOLDOWN_SECONDS'],
    [{ COOLDOWN_SECONDS: '-1' }, 'COOLDOWN_SECONDS'],
    [{ DISCORD_PUBLIC_KEY: 'abc123' }, 'DISCORD_PUBLIC_KEY'],
    [{ DISCORD_PUBLIC_KEY: `${PUBLIC_KEY.slice(1)}g` }, 'DISCORD_PUBLIC_KEY'],
    [{ PORT: '65536' }, 'PORT'],
    [{ PORT: 'http' }, 'PORT'],
    [{ HOST: 'local host' }, 'HOST'],
    [{ SHARD_COUNT: '0' }, 'SHARD_COUNT'],
    [{ SHARD_COUNT: 'many' }, 'SHARD_COUNT'],
    [{ SHARD_IDS: '0;1', SHARD_COUNT: '2' }, 'SHARD_IDS'],
    [{ SHARD_IDS: '0,1' }, 'SHARD_IDS'],
    [{ SHARD_IDS: '0,2', SHARD_COUNT: '2' }, 'SHARD_IDS'],
  ])('names the bad variable in one line: %o', (env, name) => {
    const message = failure(env);
    expect(message.startsWith(`Invalid ${name}: `)).toBe(true);
    expect(message).not.toContain('\n');
  });

  // Each says what is wrong with the token, never a character of it.
  it.each([
    ['abc', /^Invalid DISCORD_TOKEN: is too short to be a bot token/],
    ['abc.def.ghi', /^Invalid DISCORD_TOKEN: is too short to be a bot token/],
    [`Bot ${TOKEN}`, /^Invalid DISCORD_TOKEN: starts with "Bot ": set the token alone/],
    [`"${TOKEN}"`, /^Invalid DISCORD_TOKEN: is wrapped in quotes/],
    [`${TOKEN} oops`, /^Invalid DISCORD_TOKEN: contains a space, tab or line break/],
    [`${TOKEN}\r`, /^Invalid DISCORD_TOKEN: contains a space, tab or line break/],
    [PUBLIC_KEY, /^Invalid DISCORD_TOKEN: looks like the application's public key/],
    ['123456789012345678', /^Invalid DISCORD_TOKEN: looks like the application id/],
    ['aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1d-', /^Invalid DISCORD_TOKEN: looks like the OAuth2 client secret/],
    [TOKEN.replaceAll('.', ''), /^Invalid DISCORD_TOKEN: must be three parts separated by dots, but has no dot/],
    [`${TOKEN}.extra`, /^Invalid DISCORD_TOKEN: must be three parts separated by dots, but has 4 parts/],
    [`${TOKEN.replace('.GabcDE.', '..')}-longer`, /^Invalid DISCORD_TOKEN: has an empty part between its dots/],
    [TOKEN.replace('secret-token', 'secret+token/'), /^Invalid DISCORD_TOKEN: holds characters a bot token never has/],
  ])('says what is wrong with a token, without repeating it: %s', (token, message) => {
    const text = failure({ DISCORD_TOKEN: token });
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
    for (const part of token.split(/[.\s"]+/).filter((p) => p.length >= 3 && !['Bot', 'abc', 'def', 'ghi'].includes(p))) expect(text).not.toContain(part);
  });

  it('takes the worker threads of a load, 0 for none, and refuses anything but a small whole number', () => {
    expect(parseConfig({ LOAD_THREADS: '0' }).loadThreads).toBe(0);
    expect(parseConfig({ LOAD_THREADS: '2' }).loadThreads).toBe(2);
    expect(parseConfig({}).loadThreads).toBeUndefined();
    for (const bad of ['-1', '1.5', 'many', '17']) expect(() => parseConfig({ LOAD_THREADS: bad }), bad).toThrow(/LOAD_THREADS: must be a whole number of threads \(0–16\)/);
  });

  it('takes the start-up retries and their first wait', () => {
    expect(parseConfig({ DISCORD_CONNECT_RETRIES: '0', DISCORD_CONNECT_BACKOFF_MS: '250' })).toMatchObject({ connectRetries: 0, connectBackoffMs: 250 });
    expect(failure({ DISCORD_CONNECT_RETRIES: '-1' })).toBe('Invalid DISCORD_CONNECT_RETRIES: must be a whole number of retries (0–100)');
    expect(failure({ DISCORD_CONNECT_RETRIES: 'lots' })).toMatch(/^Invalid DISCORD_CONNECT_RETRIES: /);
    expect(failure({ DISCORD_CONNECT_BACKOFF_MS: '2s' })).toBe('Invalid DISCORD_CONNECT_BACKOFF_MS: must be a whole number of milliseconds (0–60000)');
    expect(failure({ DISCORD_CONNECT_BACKOFF_MS: '60001' })).toMatch(/^Invalid DISCORD_CONNECT_BACKOFF_MS: /);
  });

  it('never repeats the token in its message', () => {
    const message = failure({ DISCORD_TOKEN: `${TOKEN} x` });
    expect(message).not.toContain(TOKEN);
    expect(message).not.toContain('secret');
  });
});

describe('requireDiscord', () => {
  it('names the missing variable', () => {
    expect(() => requireDiscord(parseConfig({}), 'publicKey')).toThrow('Missing DISCORD_PUBLIC_KEY');
    expect(() => requireDiscord(parseConfig({}), 'token')).toThrow('Missing DISCORD_TOKEN');
    expect(() => requireDiscord(parseConfig({ DISCORD_TOKEN: TOKEN }), 'token', 'clientId')).toThrow(
      'Missing DISCORD_CLIENT_ID',
    );
  });
});
