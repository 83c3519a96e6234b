// The process's logger: pino, JSON lines by default, readable when a person watches the terminal.
import { createRequire } from 'node:module';
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger };

/** Paths pino blanks out, so a token passed along by mistake (a config in a log line) is never written. */
const REDACT = ['token', '*.token', '*.*.token', 'headers.authorization', '*.headers.authorization'];

/** What of an error reaches the log. Anything else an error carries (a config, a request) does not. */
const ERROR_FIELDS = ['type', 'message', 'stack', 'code', 'status', 'method', 'url'] as const;

/** Interaction and webhook tokens sit in REST paths; they are secrets for 15 minutes. */
const TOKEN_IN_PATH = /\/(interactions\/\d+|webhooks\/\d+)\/[^/?\s]+/g;

/**
 * Errors as pino writes them: the fields above only (an error thrown with the config attached must
 * not write the token), with interaction and webhook tokens cut out of URLs, messages and stacks.
 */
function errorSerializer(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const all = stdSerializers.err(err) as Record<string, unknown>;
  const serialized: Record<string, unknown> = {};
  for (const key of ERROR_FIELDS) {
    const value = all[key];
    if (value === undefined) continue;
    serialized[key] = typeof value === 'string' ? value.replace(TOKEN_IN_PATH, '/$1/[token]') : value;
  }
  return serialized;
}

/** Replaces every occurrence of each secret (of 8 characters or more) in a written line. */
function scrubber(secrets: readonly string[]): ((line: string) => string) | undefined {
  const kept = secrets.filter((s) => s.length >= 8);
  if (kept.length === 0) return undefined;
  return (line) => kept.reduce((out, secret) => out.split(secret).join('[redacted]'), line);
}

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Default: pretty when stdout is a terminal and pino-pretty (a dev dependency) is installed. */
  readonly pretty?: boolean;
  /** Values never written, wherever they turn up (a message, a stack): pass the bot token. */
  readonly secrets?: readonly string[];
  /** Where lines go instead of stdout (tests); never pretty. */
  readonly destination?: DestinationStream;
}

export function createLogger({ level, pretty = Boolean(process.stdout.isTTY) && prettyAvailable(), secrets = [], destination }: LoggerOptions): Logger {
  const streamWrite = scrubber(secrets);
  const options = {
    level,
    base: { name: 'kutip' },
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { err: errorSerializer },
    ...(streamWrite && { hooks: { streamWrite } }),
  };
  if (destination) return pino(options, destination);
  if (!pretty) return pino(options);
  return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' } } });
}
