// The one dispatcher: every interaction comes through here, whichever way it reached us (the
// discord.js gateway client, or a POST to the HTTP interactions endpoint). It looks the command up,
// picks the locale, applies the per-user cooldown, reads the options, calls the core, defers slow
// work, renders the reply, times the call, logs one structured line, and turns every failure into a
// friendly ephemeral reply naming the interaction id. A transport only says how to acknowledge and
// how to send a rendered payload (a Replier); `handle()` is the discord.js transport.
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { pageClick, type ComponentCall } from './paging.js';
import type { Library } from '../index/library.js';
import type { LibrarySource } from '../load/live-library.js';
import { isAction, runAction, type ActionCommand, type ArticleFolder } from './action.js';
import { inputOf, type Command, type CommandInput } from './command.js';
import { localeOf, type Locale } from '../render/words/index.js';
import { decodePageId } from '../render/page-id.js';
import { isPostId } from '../render/post-id.js';
import type { Logger } from './log.js';
import { fitChoices, render, type Choice, type Payload, type Reply } from '../render/embed.js';
import { arrivalOf, messageCommandCall, type MessageCommand } from './message-command.js';
import { postClick } from './post-button.js';
import { acknowledge, sendPayload } from './send.js';
import { Suggestions } from './suggest.js';

export interface DispatcherOptions {
  /** A library, or the holder of a live one: read once at the start of each interaction and kept to its end. */
  readonly library: Library | LibrarySource;
  readonly commands: ReadonlyMap<string, Command | ActionCommand>;
  /** Message context-menu commands, each running one of `commands`. */
  readonly menus?: readonly MessageCommand[];
  /** The articles folder /article add and /article remove change; without it they say they cannot. */
  readonly folder?: ArticleFolder;
  readonly logger: Logger;
  /** Seconds between one user's commands; 0 = off. */
  readonly cooldownSeconds: number;
  /** Milliseconds since some epoch; injectable for tests. */
  readonly now?: () => number;
}

/** A slash command as any transport delivers it. */
export interface CommandCall {
  /** The interaction id, named in error replies and logs. */
  readonly id: string;
  readonly command: string;
  /** Discord's locale of the user (`en-US`, `id` …). */
  readonly locale: string | undefined;
  readonly userId: string;
  /** The options as given, before the dispatcher resolves `article`. */
  readonly input: CommandInput;
  /** Answer only the person who asked (a message context-menu command). */
  readonly ephemeral?: boolean;
  /** The member's permissions in the channel; undefined outside a server. */
  readonly memberPermissions?: bigint;
}

/** An autocomplete request as any transport delivers it. */
export interface AutocompleteCall {
  readonly id: string;
  readonly command: string;
  readonly locale: string | undefined;
  readonly input: CommandInput;
  /** The option being typed in, and what has been typed so far. */
  readonly focused: { readonly name: string; readonly value: string };
}

/** How one transport acknowledges and answers one interaction. */
export interface Replier {
  /** Acknowledges now so the answer may come later (privately, when asked); does nothing when already acknowledged. */
  defer(options?: { readonly ephemeral?: boolean }): Promise<void>;
  /** The first response, the edit of a deferred one, or a follow-up after that. */
  send(payload: Payload): Promise<void>;
}

export interface Dispatcher {
  /** The discord.js transport. Never rejects: every failure is logged and, where possible, answered. */
  handle(interaction: Interaction): Promise<void>;
  /** A slash command from any transport. Never rejects. */
  command(call: CommandCall, replier: Replier): Promise<void>;
  /** A click on a paging button or a "Post to channel" button from any transport. Never rejects. */
  component(call: ComponentCall, replier: Replier): Promise<void>;
  /** Autocomplete from any transport: `send` gets choices already fitted to Discord's rules. Never rejects. */
  autocomplete(call: AutocompleteCall, send: (choices: Choice[]) => Promise<void>): Promise<void>;
  /** Resolves when no interaction is in flight, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}

/** The language a paging button's answer was asked in (its custom_id says), if it is ours. */
const pageLocale = (customId: string): Locale | undefined => decodePageId(customId)?.locale;

/** When each user may run a command again. */
class Cooldowns {
  readonly #until = new Map<string, number>();
  constructor(private readonly ms: number) {}

  /** Milliseconds left to wait, or 0 after recording this use. */
  take(user: string, now: number): number {
    if (this.ms <= 0) return 0;
    const until = this.#until.get(user) ?? 0;
    if (until > now) return until - now;
    if (this.#until.size > 10_000) for (const [u, t] of this.#until) if (t <= now) this.#until.delete(u);
    this.#until.set(user, now + this.ms);
    return 0;
  }
}

/** An `article` option as typed or picked: a loaded id, or a loaded title typed in full. */
function resolveArticle(library: Library, typed: string): string | undefined {
  const text = typed.trim();
  if (library.get(text)) return text;
  const lower = text.toLocaleLowerCase();
  return library.entries.find((e) => e.article.meta.title?.trim().toLocaleLowerCase() === lower)?.article.id;
}

/** The options of a call as the core gets them (article resolved), for the debug line. */
function optionsOf(handler: Command, input: CommandInput): { options: Record<string, string> } {
  const options: Record<string, string> = {};
  for (const { name } of handler.data.options ?? []) {
    const value = input.string(name);
    if (value !== undefined) options[name] = value;
  }
  return { options };
}

const discordInput = (interaction: ChatInputCommandInteraction | AutocompleteInteraction): CommandInput =>
  inputOf((name) => interaction.options.get(name)?.value, interaction.options.getSubcommand(false) ?? undefined);

export function createDispatcher({ library: given, commands, menus = [], logger, cooldownSeconds, folder, now = Date.now }: DispatcherOptions): Dispatcher {
  const source: LibrarySource = 'current' in given ? given : { current: given };
  // Autocomplete indexes belong to one library: a reload's new library gets new ones.
  let suggestions = new Suggestions(source.current);
  const suggestionsOf = (library: Library) => (suggestions.library === library ? suggestions : (suggestions = new Suggestions(library)));
  const cooldowns = new Cooldowns(cooldownSeconds * 1000);
  let inFlight = 0;
  let idle: (() => void)[] = [];

  /** Counts work in flight for drain(); never rejects. */
  async function tracked(id: string, work: () => Promise<void>): Promise<void> {
    inFlight++;
    try {
      await work();
    } catch (err) {
      logger.error({ interaction: id, err }, 'dispatch failed');
    } finally {
      if (--inFlight === 0) {
        for (const resolve of idle) resolve();
        idle = [];
      }
    }
  }

  /** An interaction failed: log why, and tell the user with the error reply (whose own failure is only logged). */
  async function reportFailure(line: Record<string, unknown>, err: unknown, sendError: () => Promise<unknown>): Promise<void> {
    logger.error({ ...line, err }, 'interaction failed');
    await sendError().catch((replyErr: unknown) => logger.warn({ ...line, err: replyErr }, 'could not send the error reply'));
  }

  async function command(call: CommandCall, replier: Replier): Promise<void> {
    const started = performance.now();
    const library = source.current;
    const locale = localeOf(call.locale);
    const line = { interaction: call.id, command: call.command, locale: call.locale, user: call.userId };
    const reply = (what: Reply) => replier.send(render(what, library, locale));
    let outcome = 'answered';
    let found: boolean | undefined;
    try {
      const handler = commands.get(call.command);
      if (!handler) throw new Error(`no handler for /${call.command}`);
      const wait = cooldowns.take(call.userId, now());
      if (wait > 0) {
        outcome = 'cooldown';
        await reply({ kind: 'cooldown', seconds: wait / 1000 });
        return;
      }
      if (isAction(handler)) {
        outcome = await runAction(handler, call.memberPermissions, replier, { library, input: call.input, locale, interactionId: call.id, folder, logger });
        return;
      }
      const typedArticle = call.input.string('article');
      const article = typedArticle === undefined ? undefined : resolveArticle(library, typedArticle);
      if (typedArticle !== undefined && article === undefined) {
        outcome = 'unknown-article';
        await reply({ kind: 'unknown-article', article: typedArticle, interactionId: call.id });
        return;
      }
      const input: CommandInput = { string: (name) => (name === 'article' ? article : call.input.string(name)) };
      if (logger.isLevelEnabled('debug')) logger.debug({ interaction: call.id, command: call.command, locale, ...optionsOf(handler, input) }, 'request');
      // A private reply (a message command's) is deferred privately too: an edit cannot make it private later.
      if (handler.defer) await replier.defer(call.ephemeral === true ? { ephemeral: true } : undefined);
      const result = handler.run(library, input, locale);
      found = result.found;
      logger.debug({ interaction: call.id, answerer: result.answerer ?? result.command, found, citations: result.citations.length }, 'answered by');
      await reply({ kind: 'answer', answer: result, ...(article !== undefined && { article }), ...(call.ephemeral && { ephemeral: true }) });
    } catch (err) {
      outcome = 'error';
      await reportFailure(line, err, () => reply({ kind: 'error', interactionId: call.id }));
    } finally {
      const latencyMs = Math.round(performance.now() - started);
      logger.info({ ...line, outcome, found, latencyMs }, 'interaction');
    }
  }

  /**
   * A button, with the same cooldown as commands: a paging button gives the page, "Post to channel"
   * the check as a public message; one that cannot be trusted a clear ephemeral message, in the clicker's language.
   */
  async function component(call: ComponentCall, replier: Replier): Promise<void> {
    const started = performance.now();
    const library = source.current;
    const locale = localeOf(call.locale);
    const post = isPostId(call.customId);
    const line: Record<string, unknown> = { interaction: call.id, command: post ? 'post' : 'page', locale: call.locale, user: call.userId };
    const reply = (what: Reply) => replier.send(render(what, library, locale));
    let outcome = 'answered';
    try {
      const wait = cooldowns.take(call.userId, now());
      if (wait > 0) {
        outcome = 'cooldown';
        await reply({ kind: 'cooldown', seconds: wait / 1000 });
        return;
      }
      if (post) {
        const click = postClick(library, call);
        if (click.reply.kind !== 'post') outcome = click.reply.kind;
        // The post keeps the language the check was given in; a refusal speaks the clicker's.
        // The button is spent first (the click's response updates the private message), then the check follows up in public.
        if (click.spent) await replier.send(render(click.spent, library, click.locale ?? locale));
        await replier.send(render(click.reply, library, click.locale ?? locale));
        return;
      }
      const click = pageClick(library, call);
      Object.assign(line, click.command !== undefined && { paged: click.command, page: click.page });
      if (click.reply.kind !== 'page') outcome = click.reply.kind;
      // The page keeps the language it was asked in; a refusal speaks the clicker's.
      await replier.send(render(click.reply, library, click.reply.kind === 'page' ? (pageLocale(call.customId) ?? locale) : locale));
    } catch (err) {
      outcome = 'error';
      await reportFailure(line, err, () => reply({ kind: 'error', interactionId: call.id }));
    } finally {
      logger.info({ ...line, outcome, latencyMs: Math.round(performance.now() - started) }, 'interaction');
    }
  }

  async function autocomplete(call: AutocompleteCall, send: (choices: Choice[]) => Promise<void>): Promise<void> {
    const started = performance.now();
    const line = { interaction: call.id, command: call.command, locale: call.locale, option: call.focused.name };
    const library = source.current;
    let choices: Choice[] = [];
    try {
      const handler = commands.get(call.command);
      const suggest = call.focused.name === 'article' ? (s: Suggestions, typed: string) => s.articles(typed) : handler?.suggest?.[call.focused.name];
      const article = call.input.string('article');
      const scope = article === undefined ? undefined : resolveArticle(library, article);
      choices = fitChoices(suggest ? suggest(suggestionsOf(library), call.focused.value, scope) : []);
      await send(choices);
    } catch (err) {
      logger.error({ ...line, err }, 'autocomplete failed');
    } finally {
      logger.debug({ ...line, choices: choices.length, latencyMs: Math.round(performance.now() - started) }, 'autocomplete');
    }
  }

  return {
    handle(interaction) {
      if (interaction.isChatInputCommand()) {
        const call: CommandCall = {
          id: interaction.id,
          command: interaction.commandName,
          locale: interaction.locale,
          userId: interaction.user.id,
          input: discordInput(interaction),
          ...(interaction.memberPermissions !== null && { memberPermissions: interaction.memberPermissions.bitfield }),
        };
        const replier: Replier = {
          defer: (options) => acknowledge(interaction, options?.ephemeral === true),
          send: (payload) => sendPayload(interaction, payload),
        };
        return tracked(interaction.id, () => command(call, replier));
      }
      if (interaction.isMessageContextMenuCommand()) {
        const replier: Replier = { defer: (options) => acknowledge(interaction, options?.ephemeral === true), send: (payload) => sendPayload(interaction, payload) };
        return tracked(interaction.id, () => command(messageCommandCall(menus, arrivalOf(interaction)), replier));
      }
      if (interaction.isButton()) {
        const call: ComponentCall = {
          id: interaction.id,
          customId: interaction.customId,
          locale: interaction.locale,
          userId: interaction.user.id,
          description: interaction.message.embeds[0]?.description ?? undefined,
        };
        const replier: Replier = { defer: () => Promise.resolve(), send: (payload) => sendPayload(interaction, payload) };
        return tracked(interaction.id, () => component(call, replier));
      }
      if (interaction.isAutocomplete()) {
        return tracked(interaction.id, () => {
          const focused = interaction.options.getFocused(true);
          const call: AutocompleteCall = {
            id: interaction.id,
            command: interaction.commandName,
            locale: interaction.locale,
            input: discordInput(interaction),
            focused: { name: focused.name, value: String(focused.value) },
          };
          return autocomplete(call, (choices) => interaction.respond(choices));
        });
      }
      return Promise.resolve();
    },
    command: (call, replier) => tracked(call.id, () => command(call, replier)),
    component: (call, replier) => tracked(call.id, () => component(call, replier)),
    autocomplete: (call, send) => tracked(call.id, () => autocomplete(call, send)),
    drain(timeoutMs) {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => {
        idle.push(resolve);
        setTimeout(resolve, timeoutMs).unref();
      });
    },
  };
}
