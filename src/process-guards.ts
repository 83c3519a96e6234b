// What a long-running kutip process does with an exception nobody caught and a rejection nobody
// handled: log it through the logger (which redacts the token and keeps only an error's own fields,
// never a config it carries) and keep serving. Without this, Node prints the raw error — every
// property of it, a config with the token included — to stderr and exits.
// Wired once at start-up, after the logger exists: `installProcessGuards(logger)` in src/main.ts.
import type { Logger } from 'pino';
import { createLogger } from './bot/log.js';
import type { Config } from './config.js';

/** Installs the handlers; returns a function that removes them (for tests). */
export function installProcessGuards(logger: Logger): () => void {
  const onException = (err: unknown, origin: string): void => {
    logger.error({ err, origin }, 'uncaught exception; kept serving');
  };
  const onRejection = (reason: unknown): void => {
    logger.error({ err: reason }, 'unhandled rejection');
  };
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}

/** The logger of a long-running process: never writes the token, and guards the process. */
export function processLogger(config: Config): Logger {
  const logger = createLogger({ level: config.logLevel, secrets: config.token === undefined ? [] : [config.token] });
  installProcessGuards(logger);
  return logger;
}
