// What discord.js's REST client retries by itself (a 5xx, a 429), as warnings: a retried request
// succeeds without anyone seeing it, so without these an operator never learns Discord was failing.
// Wired by the client: `logRestTrouble(client.rest, logger)`. Routes are logged as discord.js names
// their rate-limit buckets (`/interactions/:id/:token/callback`), never as paths, which hold
// interaction and webhook tokens.
import { RESTEvents, type REST } from 'discord.js';
import type { Logger } from 'pino';

/** The part of @discordjs/rest's REST this needs (so tests can hand in a bare REST). */
type RestEvents = Pick<REST, 'on'>;

/** Reads (and so releases) the copy of a response body discord.js made for the listener. */
function release(body: unknown): void {
  const stream = body as { cancel?: () => Promise<void>; resume?: () => void } | null;
  if (typeof stream?.cancel === 'function') void stream.cancel().catch(() => {});
  else if (typeof stream?.resume === 'function') stream.resume();
}

export function logRestTrouble(rest: RestEvents, logger: Logger): void {
  rest.on(RESTEvents.Response, (request, response) => {
    const { status } = response;
    if (status === 429 || status >= 500) {
      const retryAfter = response.headers.get('retry-after');
      logger.warn(
        { method: request.method.toUpperCase(), route: request.route, status, retries: request.retries, ...(retryAfter !== null && { retryAfterS: Number(retryAfter) }) },
        status === 429 ? 'discord rate limited a request; discord.js retries it' : 'discord answered a server error; discord.js retries it',
      );
    }
    release(response.body);
  });
  // discord.js's own pacing (its 50 requests a second, a bucket it knows is empty): routine in a
  // burst, so debug; a 429 Discord actually sent is the warning above.
  rest.on(RESTEvents.RateLimited, (info) =>
    logger.debug({ method: info.method.toUpperCase(), route: info.route, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope }, 'rate limited: discord.js holds the request'),
  );
}
