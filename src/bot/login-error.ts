// A failed login, as one clear line. Discord refuses a bad token in two places: REST answers 401
// (discord.js throws its TokenInvalid error) or the gateway closes with 4004 (discord.js rejects
// with a bare "Authentication failed"). Both become a ConfigError naming DISCORD_TOKEN, never its value,
// which main prints as `kutip: <message>` and exits 1. Wired by the client's login:
// `catch (err) { await client.destroy(); throw loginError(err); }`.
import { ConfigError } from '../config.js';

const REFUSED = 'Invalid DISCORD_TOKEN: Discord refused it; copy the bot token again from the Developer Portal (Bot → Reset Token)';

/** The error to report for a failed login: a ConfigError when Discord refused the token, else `err` unchanged. */
export function loginError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const code = (err as { code?: unknown }).code;
  const status = (err as { status?: unknown }).status;
  if (code === 'TokenInvalid' || status === 401 || err.message === 'Authentication failed') return new ConfigError(REFUSED);
  return err;
}
