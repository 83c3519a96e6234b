// Start-up when Discord cannot be reached (no DNS, no route, a refused or reset connection, a
// timeout, Discord's own 5xx): one warning line per try, a wait that doubles up to a cap, a limited
// number of tries, then one clear error. Once connected, discord.js reconnects the gateway itself;
// this covers the first connection, which discord.js does not retry. A token Discord refuses is
// not a network failure and is never retried (src/bot/login-error.ts reports it).
import type { Logger } from './log.js';

export interface ConnectRetry {
  /** Tries after the first; 0 gives up after one. */
  readonly retries: number;
  /** Wait before the first retry, in milliseconds; it doubles with every retry, up to `maxDelayMs`. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

/** Six tries over about a minute: waits of 2, 4, 8, 16 and 32 s. */
export const DEFAULT_CONNECT_RETRY: ConnectRetry = { retries: 5, firstDelayMs: 2000, maxDelayMs: 60_000 };

/** Error codes of a network that does not get us to Discord (Node's, and undici's own). */
const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/**
 * Why Discord could not be reached ("ENOTFOUND", "timeout", "HTTP 503"), or undefined when the
 * error is something else: a refused token, a bug. Looks at the error, its `cause` and, for an
 * AggregateError (Node tries every address of a host), the errors it gathers.
 */
export function unreachableReason(err: unknown, depth = 0): string | undefined {
  if (typeof err !== 'object' || err === null || depth > 3) return undefined;
  const { code, name, status, cause, errors } = err as { code?: unknown; name?: unknown; status?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  // @discordjs/rest aborts a request that takes longer than its timeout (15 s).
  if (name === 'AbortError' || name === 'TimeoutError') return 'timeout';
  if (typeof status === 'number' && status >= 500 && status <= 599) return `HTTP ${status}`;
  for (const inner of [cause, ...(Array.isArray(errors) ? errors : [])]) {
    const reason = unreachableReason(inner, depth + 1);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** The wait before retry number `n` (1 for the first retry). */
export function retryDelayMs(retry: ConnectRetry, n: number): number {
  return Math.min(retry.maxDelayMs, retry.firstDelayMs * 2 ** (n - 1));
}

/** "2 s", "500 ms". */
export const formatDelay = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`);

/** Start-up gave up: Discord stayed out of reach for every try. Main prints the message and exits 1. */
export class DiscordUnreachableError extends Error {
  override readonly name = 'DiscordUnreachableError';
}

export interface RetryOptions {
  readonly retry: ConnectRetry;
  /** Where Discord was looked for (the host of DISCORD_API_URL), for the messages. */
  readonly host: string;
  readonly logger: Pick<Logger, 'warn'>;
  /** Waits that long; tests pass one that does not use the clock. */
  readonly wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, retrying only while Discord cannot be reached. Any other
 * failure is thrown at once, unchanged; the last network failure becomes a DiscordUnreachableError.
 */
export async function withConnectRetries<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  // Until it has connected or given up, the process stays up: with nothing else holding Node's event
  // loop (no gateway socket yet), a login waiting on a timer that does not hold it could let the
  // process end with code 0 and not a word. Seen once in CI, on a busy machine, with Discord out of
  // reach: the bot exited 0 with no log line. (The likely cause, not traced inside discord.js.)
  const hold = setInterval(() => undefined, 3_600_000);
  try {
    return await tryUntilConnected(attempt, options);
  } finally {
    clearInterval(hold);
  }
}

async function tryUntilConnected<T>(attempt: () => Promise<T>, { retry, host, logger, wait = sleep }: RetryOptions): Promise<T> {
  const tries = retry.retries + 1;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      const reason = unreachableReason(err);
      if (reason === undefined) throw err;
      if (n >= tries) {
        throw new DiscordUnreachableError(
          `cannot reach Discord at ${host} (${reason}) after ${tries} ${tries === 1 ? 'try' : 'tries'}; ` +
            'check the network connection and DNS, or DISCORD_API_URL',
        );
      }
      const delayMs = retryDelayMs(retry, n);
      logger.warn(
        { host, reason, retryInMs: delayMs, try: n + 1, tries },
        `cannot reach Discord at ${host} (${reason}); retrying in ${formatDelay(delayMs)}, try ${n + 1} of ${tries}`,
      );
      await wait(delayMs);
    }
  }
}

/** The host of a REST base such as https://discord.com/api (never any credentials in the URL). */
export function hostOf(apiUrl: string): string {
  try {
    return new URL(apiUrl).host;
  } catch {
    return 'discord.com';
  }
}
