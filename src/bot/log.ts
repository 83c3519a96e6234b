// The process's logger: pino, JSON lines by default, readable when a person watches the terminal.
import { createRequire } from 'node:module';
import { pino, stdSerializers, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger };

/** Paths pino blanks out wherever they appear, so a token passed along by mistake is never written. */
const REDACT = ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization'];

/** Interaction and webhook tokens sit in REST paths; they are secrets for 15 minutes. */
const TOKEN_IN_PATH = /\/(interactions\/\d+|webhooks\/\d+)\/[^/?\s]+/g;

/** Errors as pino writes them, minus what must not reach a log: request bodies and tokens in URLs. */
function errorSerializer(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const { requestBody: _body, rawError: _raw, ...serialized } = stdSerializers.err(err) as Record<string, unknown>;
  for (const key of ['message', 'stack', 'url'] as const) {
    if (typeof serialized[key] === 'string') serialized[key] = (serialized[key] as string).replace(TOKEN_IN_PATH, '/$1/[token]');
  }
  return serialized;
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
}

export function createLogger({ level, pretty = Boolean(process.stdout.isTTY) && prettyAvailable() }: LoggerOptions): Logger {
  const options = {
    level,
    base: { name: 'kutip' },
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { err: errorSerializer },
  };
  if (!pretty) return pino(options);
  return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' } } });
}
