// How a kutip process ends, the same for every entry point (npm start, the shards, the HTTP
// endpoint, `kutip`, `npm run register`):
//   0  done (a question the article cannot answer is not an error);
//   1  something outside what you gave kutip failed: Discord could not be reached, or a bug;
//   2  what you gave kutip is wrong: an argument, a setting (a token Discord refuses included), the
//      articles folder, an article id, a command or an input line. Fix it and run again; systemd
//      units do not restart on 2 (RestartPreventExitStatus=2).
import { DiscordUnreachableError, unreachableReason } from '../bot/connect.js';
import { ConfigError } from '../config.js';
import { ArticleError } from '../load/sidecar.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Wrong arguments on the command line; the message ends with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An error of node:util parseArgs (unknown option, missing value …), first sentence only. */
export function parseArgsProblem(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  return (err as Error).message.split(/\.\s/)[0]!.replace(/\.$/, '');
}

/**
 * The line(s) to print for an error that stopped kutip, and the exit code. `unexpected` heads the
 * message of an error kutip has no words for (a bug, most likely).
 */
export function describeFailure(err: unknown, unexpected = 'unexpected error'): { readonly code: number; readonly message: string } {
  const parseProblem = parseArgsProblem(err);
  if (parseProblem !== undefined) return { code: EXIT.usage, message: parseProblem };
  if (err instanceof UsageError || err instanceof ConfigError || err instanceof ArticleError) return { code: EXIT.usage, message: err.message };
  if (err instanceof DiscordUnreachableError) return { code: EXIT.failure, message: err.message };
  // One line: a library's error (Discord's form errors, a stack in a message) can run to many.
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
  const reason = unreachableReason(err);
  if (reason !== undefined) {
    return { code: EXIT.failure, message: `cannot reach Discord (${reason}: ${message}); check the network connection and DNS, or DISCORD_API_URL` };
  }
  return { code: EXIT.failure, message: `${unexpected}: ${message}` };
}

/** Prints `<name>: <message>` on stderr and sets the exit code; the process ends once idle. */
export function reportFailure(err: unknown, { name = 'kutip', unexpected }: { name?: string; unexpected?: string } = {}): void {
  const { code, message } = describeFailure(err, unexpected);
  process.stderr.write(`${message.split('\n').map((line, i) => (i === 0 ? `${name}: ${line}` : line)).join('\n')}\n`);
  process.exitCode = code;
}
