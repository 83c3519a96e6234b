// The bot as a process, for the reliability tests: `node dist/app/main.js` (what `npm start` runs,
// without npm in between so signals reach it) against a loopback Discord, with a clean environment.
// Every process started here stops by itself: a kill timer (SIGKILL) set at spawn, and stop().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import type { DiscordStandIn, SentInteraction } from '../discord-standin.js';
import { snowflake } from '../discord-standin.js';
import { root } from './run.js';
import { Spawned } from './spawned.js';

export const APP = '109876543210987654';
export const GUILD = '209876543210987654';
export const EPHEMERAL = 64;

/** A token shaped like Discord's, different per call, so a test can look for it in any output. */
export function fakeToken(label: string): string {
  return `MTA5ODc2NTQzMjEwOTg3NjU0.${label}.${snowflake()}-not-a-real-token`;
}

export type { LogLine } from './spawned.js';
import type { LogLine } from './spawned.js';

/** The environment of a spawned bot: ours only, nothing from the developer's shell or .env. */
export function botEnv(apiUrl: string, token: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: token,
    DISCORD_CLIENT_ID: APP,
    DISCORD_GUILD_ID: GUILD,
    DISCORD_API_URL: apiUrl,
    ARTICLES_DIR: 'data/articles',
    LOG_LEVEL: 'info',
    COOLDOWN_SECONDS: '0',
    CACHE_DIR: 'off',
    ...extra,
  };
}

/** `npm start`'s command line, read from package.json so a change there is followed. */
export function startArgs(): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const [node, ...args] = start?.split(' ') ?? [];
  if (node !== 'node' || args.length === 0) throw new Error(`npm start is not "node <file>": ${start}`);
  return args;
}

/** The bot process: `npm start`'s command line against a loopback Discord. */
export class BotProcess extends Spawned {
  /**
   * `lifetimeMs`: the process is killed after this long, whatever happens. `user`: run as this uid
   * and gid. `cwd`: a folder holding dist/, node_modules and the articles (default: the repository).
   */
  constructor(env: NodeJS.ProcessEnv, lifetimeMs = 90_000, nodeFlags: string[] = [], user?: { uid: number; gid: number }, cwd?: string) {
    const start = startArgs(); // node's flags, then the script
    super(start[start.length - 1]!, env, { nodeFlags: [...nodeFlags, ...start.slice(0, -1)], lifetimeMs, ...(user && { user }), ...(cwd !== undefined && { cwd }) });
  }

  /** The real user id the process runs as, from /proc (Linux). */
  uid(): number {
    const uid = /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'))?.[1];
    if (uid === undefined) throw new Error('no Uid in /proc status');
    return Number(uid);
  }

  /** Resident memory of the process in KiB, from /proc (Linux). */
  rssKiB(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    if (kib === undefined) throw new Error('no VmRSS in /proc status');
    return Number(kib);
  }
}

/** Starts the bot against the stand-in and waits for its ready line. */
export async function startBot(
  standIn: DiscordStandIn,
  token: string,
  extra: Record<string, string> = {},
  nodeFlags: string[] = [],
  user?: { uid: number; gid: number },
  cwd?: string,
): Promise<BotProcess> {
  const bot = new BotProcess(botEnv(standIn.apiUrl, token, extra), 90_000, nodeFlags, user, cwd);
  await bot.waitForLog((l) => l.msg === 'ready', 20_000);
  return bot;
}

// ── Replies ─────────────────────────────────────────────────────────────────────────────────────

export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: unknown;
  flags?: number;
}

export interface Exchange {
  readonly sent: SentInteraction;
  /** The callback's type: 4 a reply, 5 deferred. */
  readonly type: number;
  /** The message the user sees: the reply, or the edit of a deferred one. */
  readonly message: MessageBody;
  /** The dispatcher's one line for it. */
  readonly log: LogLine;
}

export interface CommandRequest {
  readonly locale?: string;
  readonly userId?: string;
}

/** The message a sent interaction produced (its callback, then its edit when deferred) and its log line. */
export async function exchangeOf(standIn: DiscordStandIn, bot: BotProcess, sent: SentInteraction, timeoutMs = 10_000): Promise<Exchange> {
  // A bot that has died fails the wait at once, with its stderr, instead of after the timeout.
  const callback = await bot.whileRunning(
    standIn.waitForRequest((r) => r.method === 'POST' && r.path === `/interactions/${sent.id}/${sent.token}/callback` && r.status < 300, timeoutMs),
    `answering interaction ${sent.id}`,
  );
  const body = callback.body as { type: number; data?: MessageBody };
  const message = (body.type === 5 ? (await bot.whileRunning(standIn.editOf(sent, timeoutMs), `editing in the answer to ${sent.id}`)).body : body.data) as MessageBody;
  const log = await bot.waitForLog((l) => l.interaction === sent.id && l.msg === 'interaction', timeoutMs);
  return { sent, type: body.type, message, log };
}

/** Sends a chat-input command and waits for what the user sees. */
export function command(
  standIn: DiscordStandIn,
  bot: BotProcess,
  name: string,
  options: Record<string, string> = {},
  { locale = 'en-US', userId = snowflake() }: CommandRequest = {},
): Promise<Exchange> {
  return exchangeOf(standIn, bot, standIn.chatInput({ command: name, options, locale, userId }));
}

/** Every string of a message that Discord renders as Markdown. */
export function renderedStrings(message: MessageBody): string[] {
  return [
    message.content ?? '',
    ...(message.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      e.footer?.text ?? '',
      e.author?.name ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
}
