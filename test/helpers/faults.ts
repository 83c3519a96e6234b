// Discord's known failures, as intercepts on the loopback stand-in (test/discord-standin.ts): a
// server error, a rate limit with retry_after, an expired interaction, and Discord's 3-second
// window to acknowledge an interaction, which the stand-in does not referee by itself.
import type { CannedResponse, DiscordStandIn, RecordedRequest, SentInteraction } from '../discord-standin.js';

/** A Discord JSON error. */
export const discordError = (status: number, code: number, message: string): CannedResponse => ({ status, body: { message, code } });

export const SERVER_ERROR = discordError(500, 0, '500: Internal Server Error');
export const UNKNOWN_INTERACTION = discordError(404, 10062, 'Unknown interaction');

/** A 429 as Discord sends it: `Retry-After` (seconds, what clients obey) and the same in the body. */
export function rateLimited(retryAfterSeconds: number): CannedResponse {
  return {
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
  };
}

const isCallbackOf = (sent: SentInteraction) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/interactions/${sent.id}/${sent.token}/callback`;

const isAbout = (sent: SentInteraction) => (r: RecordedRequest) => r.path.includes(`/${sent.token}`);

/**
 * Answers the next requests about one interaction (its callback or its webhook) with `responses`,
 * one each, in order; later requests go through. `times: Infinity` repeats the last one for ever.
 * Call it right after sending the interaction: the bot cannot have answered yet.
 */
export function failNext(
  standIn: DiscordStandIn,
  sent: SentInteraction,
  responses: readonly CannedResponse[],
  { callbackOnly = true, forever = false }: { callbackOnly?: boolean; forever?: boolean } = {},
): () => void {
  const matches = callbackOnly ? isCallbackOf(sent) : isAbout(sent);
  let used = 0;
  return standIn.intercept((request) => {
    if (!matches(request)) return undefined;
    if (used < responses.length) return responses[used++];
    return forever ? responses.at(-1) : undefined;
  });
}

/** The stand-in's record of the callbacks for one interaction, as status codes in order. */
export const callbackStatuses = (standIn: DiscordStandIn, sent: SentInteraction): number[] =>
  standIn.requests.filter(isCallbackOf(sent)).map((r) => r.status);

/**
 * Discord's 3-second rule: a callback that arrives more than `windowMs` after the interaction was
 * sent is answered 10062, as Discord would. `sentAt` records when each interaction went out.
 */
export function acknowledgeWindow(standIn: DiscordStandIn, windowMs = 3000): { sentAt: (sent: SentInteraction) => void; late: RecordedRequest[]; remove: () => void } {
  const sentAt = new Map<string, number>();
  const late: RecordedRequest[] = [];
  const remove = standIn.intercept((request) => {
    const match = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(request.path);
    const at = match ? sentAt.get(match[1]!) : undefined;
    if (at === undefined || performance.now() - at <= windowMs) return undefined;
    late.push(request);
    return UNKNOWN_INTERACTION;
  });
  return { sentAt: (sent) => void sentAt.set(sent.token, performance.now()), late, remove };
}

/** Resolves when `condition` holds, checking every 20 ms; rejects after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
