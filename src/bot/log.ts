// The process's logger: pino, JSON lines by default, readable when a person watches the terminal.
import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger };

/** Paths pino blanks out wherever they appear, so a token passed along by mistake is never written. */
const REDACT = ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization'];

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
  const options = { level, base: { name: 'kutip' }, redact: { paths: REDACT, censor: '[redacted]' } };
  if (!pretty) return pino(options);
  return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' } } });
}
