// Configuration, parsed once at the edge: the environment (and `.env`) → a typed, valid object.
// The rest of the code receives a Config and never reads process.env. A bad value stops start-up
// with one line naming the variable; no message ever repeats a value (the token must not leak).
import dotenv from 'dotenv';
import * as z from './zod.js';
import { tokenProblem } from './token-shape.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Port of the HTTP interactions endpoint when PORT is not set. */
export const DEFAULT_PORT = 8787;

/** Discord's own REST base; discord.js appends `/v10`. */
export const DEFAULT_API_URL = 'https://discord.com/api';

export interface Config {
  /** Absent: no Discord, the local console runs instead. */
  readonly token?: string;
  readonly clientId?: string;
  readonly guildId?: string;
  /** REST base without the version, no trailing slash; every REST client uses it. */
  readonly apiUrl: string;
  readonly articlesDir: string;
  /** Folder of the on-disk cache of parsed articles; undefined when turned off. */
  readonly cacheDir?: string;
  /** Worker threads that read uncached articles at load (LOAD_THREADS); undefined: one per spare core, at most 3; 0: none. */
  readonly loadThreads?: number;
  readonly logLevel: LogLevel;
  /** Per-user cooldown between commands; 0 = off. */
  readonly cooldownSeconds: number;
  /** The application's Ed25519 public key (64 hex digits), for the HTTP interactions endpoint. */
  readonly publicKey?: string;
  /** Port of the HTTP interactions endpoint (parseConfig sets DEFAULT_PORT); 0 picks a free one. */
  readonly port?: number;
  /** Address the HTTP endpoint listens on; undefined: every interface. */
  readonly host?: string;
  /** Total gateway shards over every process and machine; undefined: what Discord recommends. */
  readonly shardCount?: number;
  /** The shards this process (or this sharding manager) runs; undefined: all of them. */
  readonly shardIds?: readonly number[];
  /** Follow ARTICLES_DIR while running (WATCH_ARTICLES, default on); false: the articles loaded at start-up stay. */
  readonly watchArticles?: boolean;
  /** Tests only: `kutip add` may fetch from loopback addresses (KUTIP_FETCH_ALLOW_LOOPBACK=1). */
  readonly fetchAllowLoopback?: boolean;
  /** Start-up tries after the first when Discord cannot be reached; undefined: the default (5). */
  readonly connectRetries?: number;
  /** Wait before the first of those retries, doubling after each; undefined: the default (2000). */
  readonly connectBackoffMs?: number;
}

/** A configuration problem, as one line that names the variable and never its value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const SNOWFLAKE = /^\d{17,20}$/;
/** `FOO=` in a .env file means "not set". */
const unset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/** A whole number read from the text, within [min, max]; `error` also when it is no number or not whole. */
const wholeNumber = (error: string, [min, minError]: readonly [number, string], [max, maxError]: readonly [number, string]) =>
  z.coerce.number({ error }).check(z.int(error), z.gte(min, minError), z.lte(max, maxError));
const optional = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(unset), z.optional(schema));

const schema = z.object({
  DISCORD_TOKEN: optional(
    z.string().check(z.superRefine((token, ctx) => {
      const problem = tokenProblem(token);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    })),
  ),
  DISCORD_CLIENT_ID: optional(z.string().check(z.regex(SNOWFLAKE, 'must be the application id (17–20 digits)'))),
  DISCORD_GUILD_ID: optional(z.string().check(z.regex(SNOWFLAKE, 'must be a server id (17–20 digits)'))),
  DISCORD_API_URL: optional(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }),
  ),
  ARTICLES_DIR: optional(z.string()),
  CACHE_DIR: optional(z.string()),
  LOAD_THREADS: optional(
    wholeNumber('must be a whole number of threads (0–16)', [0, 'must be a whole number of threads (0–16)'], [16, 'must be a whole number of threads (0–16)']),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })),
  COOLDOWN_SECONDS: optional(
    wholeNumber('must be a whole number of seconds', [0, 'must be 0 (off) or more'], [86_400, 'must be at most 86400']),
  ),
  DISCORD_PUBLIC_KEY: optional(
    z.string().check(z.regex(/^[0-9a-fA-F]{64}$/, 'must be the application public key (64 hex digits, Developer Portal → General Information)')),
  ),
  PORT: optional(
    wholeNumber('must be a port number (0–65535)', [0, 'must be a port number (0–65535)'], [65_535, 'must be a port number (0–65535)']),
  ),
  HOST: optional(z.string().check(z.regex(/^[\w.:-]+$/, 'must be an address to listen on, such as 127.0.0.1 or 0.0.0.0'))),
  SHARD_COUNT: optional(
    wholeNumber('must be a whole number of shards, 1 or more', [1, 'must be a whole number of shards, 1 or more'], [100_000, 'must be at most 100000']),
  ),
  SHARD_IDS: optional(
    z.pipe(
      z.string().check(z.regex(/^\s*\d{1,6}\s*(,\s*\d{1,6}\s*)*$/, 'must be shard ids separated by commas, such as 0,1')),
      z.transform((text: string) => [...new Set(text.split(',').map((id) => Number(id.trim())))]),
    ),
  ),
  KUTIP_FETCH_ALLOW_LOOPBACK: optional(z.enum(['0', '1'], { error: 'must be 1 (for tests only) or unset' })),
  WATCH_ARTICLES: optional(z.enum(['0', '1'], { error: 'must be 1 (follow the articles folder while running) or 0 (load it once)' })),
  DISCORD_CONNECT_RETRIES: optional(
    wholeNumber('must be a whole number of retries (0–100)', [0, 'must be a whole number of retries (0–100)'], [100, 'must be a whole number of retries (0–100)']),
  ),
  DISCORD_CONNECT_BACKOFF_MS: optional(
    wholeNumber('must be a whole number of milliseconds (0–60000)', [0, 'must be a whole number of milliseconds (0–60000)'], [60_000, 'must be a whole number of milliseconds (0–60000)']),
  ),
}).check(z.superRefine((e, ctx) => {
  // Runs even when a field failed (zod 4): look only at a SHARD_IDS that parsed.
  if (!Array.isArray(e.SHARD_IDS)) return;
  if (e.SHARD_COUNT === undefined) {
    ctx.addIssue({ code: 'custom', path: ['SHARD_IDS'], message: 'needs SHARD_COUNT, the total number of shards over every machine' });
  } else if (e.SHARD_IDS.some((id) => id >= e.SHARD_COUNT!)) {
    ctx.addIssue({ code: 'custom', path: ['SHARD_IDS'], message: 'every id must be below SHARD_COUNT (ids count from 0)' });
  }
}));

/** Parses an environment. Throws ConfigError naming the first bad variable. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    // zod's own messages can quote the input; only our fixed texts are shown.
    throw new ConfigError(`Invalid ${name}: ${issue?.message ?? 'bad value'}`);
  }
  const e = result.data;
  return {
    ...(e.DISCORD_TOKEN !== undefined && { token: e.DISCORD_TOKEN }),
    ...(e.DISCORD_CLIENT_ID !== undefined && { clientId: e.DISCORD_CLIENT_ID }),
    ...(e.DISCORD_GUILD_ID !== undefined && { guildId: e.DISCORD_GUILD_ID }),
    apiUrl: (e.DISCORD_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    articlesDir: e.ARTICLES_DIR ?? 'data/articles',
    ...(e.CACHE_DIR !== 'off' && { cacheDir: e.CACHE_DIR ?? '.cache/kutip' }),
    ...(e.LOAD_THREADS !== undefined && { loadThreads: e.LOAD_THREADS }),
    logLevel: e.LOG_LEVEL ?? 'info',
    cooldownSeconds: e.COOLDOWN_SECONDS ?? 0,
    ...(e.DISCORD_PUBLIC_KEY !== undefined && { publicKey: e.DISCORD_PUBLIC_KEY.toLowerCase() }),
    port: e.PORT ?? DEFAULT_PORT,
    ...(e.HOST !== undefined && { host: e.HOST }),
    ...(e.SHARD_COUNT !== undefined && { shardCount: e.SHARD_COUNT }),
    ...(e.SHARD_IDS !== undefined && { shardIds: e.SHARD_IDS }),
    ...(e.KUTIP_FETCH_ALLOW_LOOPBACK === '1' && { fetchAllowLoopback: true }),
    ...(e.WATCH_ARTICLES === '0' && { watchArticles: false }),
    ...(e.DISCORD_CONNECT_RETRIES !== undefined && { connectRetries: e.DISCORD_CONNECT_RETRIES }),
    ...(e.DISCORD_CONNECT_BACKOFF_MS !== undefined && { connectBackoffMs: e.DISCORD_CONNECT_BACKOFF_MS }),
  };
}

/** Reads `.env` (if present; real environment variables win) and parses the result. Call once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  dotenv.config({ quiet: true, processEnv: env as Record<string, string> });
  return parseConfig(env);
}

/** Narrows a Config to one that can talk to Discord, or throws a ConfigError naming what is missing. */
export function requireDiscord<K extends 'token' | 'clientId' | 'publicKey'>(
  config: Config,
  ...keys: K[]
): Config & Required<Pick<Config, K>> {
  const names = { token: 'DISCORD_TOKEN', clientId: 'DISCORD_CLIENT_ID', publicKey: 'DISCORD_PUBLIC_KEY' } as const;
  for (const key of keys) {
    if (config[key] === undefined) throw new ConfigError(`Missing ${names[key]}: set it in .env or the environment`);
  }
  return config as Config & Required<Pick<Config, K>>;
}
