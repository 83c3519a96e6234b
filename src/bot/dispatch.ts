// The one dispatcher: every interaction comes through here. It looks the command up, picks the
// locale, applies the per-user cooldown, defers slow work, times the call, logs one structured line,
// and turns every failure into a friendly ephemeral reply naming the interaction id.
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { Library } from '../library.js';
import type { Command, CommandInput } from './command.js';
import { localeOf } from './labels.js';
import type { Logger } from './log.js';
import { acknowledge, respond, respondChoices, type Choice } from './respond.js';
import { suggestArticles } from './suggest.js';

export interface DispatcherOptions {
  readonly library: Library;
  readonly commands: ReadonlyMap<string, Command>;
  readonly logger: Logger;
  /** Seconds between one user's commands; 0 = off. */
  readonly cooldownSeconds: number;
  /** Milliseconds since some epoch; injectable for tests. */
  readonly now?: () => number;
}

export interface Dispatcher {
  /** Never rejects: every failure is logged and, where possible, answered. */
  handle(interaction: Interaction): Promise<void>;
  /** Resolves when no interaction is in flight, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}

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

function inputOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): CommandInput {
  return {
    string(name) {
      const value = interaction.options.get(name)?.value;
      return typeof value === 'string' && value.trim() !== '' ? value : undefined;
    },
  };
}

/** An `article` option as typed or picked: a loaded id, or a loaded title typed in full. */
function resolveArticle(library: Library, typed: string): string | undefined {
  const text = typed.trim();
  if (library.get(text)) return text;
  const lower = text.toLocaleLowerCase();
  return library.entries.find((e) => e.article.meta.title?.trim().toLocaleLowerCase() === lower)?.article.id;
}

export function createDispatcher({ library, commands, logger, cooldownSeconds, now = Date.now }: DispatcherOptions): Dispatcher {
  const cooldowns = new Cooldowns(cooldownSeconds * 1000);
  let inFlight = 0;
  let idle: (() => void)[] = [];

  async function chatInput(interaction: ChatInputCommandInteraction): Promise<void> {
    const started = performance.now();
    const locale = localeOf(interaction.locale);
    const line = { interaction: interaction.id, command: interaction.commandName, locale: interaction.locale, user: interaction.user.id };
    let outcome = 'answered';
    let found: boolean | undefined;
    try {
      const command = commands.get(interaction.commandName);
      if (!command) throw new Error(`no handler for /${interaction.commandName}`);
      const wait = cooldowns.take(interaction.user.id, now());
      if (wait > 0) {
        outcome = 'cooldown';
        await respond(interaction, { kind: 'cooldown', seconds: wait / 1000 }, library, locale);
        return;
      }
      const raw = inputOf(interaction);
      const typedArticle = raw.string('article');
      const article = typedArticle === undefined ? undefined : resolveArticle(library, typedArticle);
      if (typedArticle !== undefined && article === undefined) {
        outcome = 'unknown-article';
        await respond(interaction, { kind: 'unknown-article', article: typedArticle, interactionId: interaction.id }, library, locale);
        return;
      }
      const input: CommandInput = { string: (name) => (name === 'article' ? article : raw.string(name)) };
      if (command.defer) await acknowledge(interaction);
      const result = command.run(library, input, locale);
      found = result.found;
      await respond(interaction, { kind: 'answer', answer: result }, library, locale);
    } catch (err) {
      outcome = 'error';
      logger.error({ ...line, err }, 'interaction failed');
      await respond(interaction, { kind: 'error', interactionId: interaction.id }, library, locale).catch((replyErr: unknown) =>
        logger.warn({ ...line, err: replyErr }, 'could not send the error reply'),
      );
    } finally {
      const latencyMs = Math.round(performance.now() - started);
      logger.info({ ...line, outcome, found, latencyMs }, 'interaction');
    }
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const started = performance.now();
    const focused = interaction.options.getFocused(true);
    const line = { interaction: interaction.id, command: interaction.commandName, locale: interaction.locale, option: focused.name };
    let choices: Choice[] = [];
    try {
      const command = commands.get(interaction.commandName);
      const suggest = focused.name === 'article' ? suggestArticles : command?.suggest?.[focused.name];
      const article = inputOf(interaction).string('article');
      const scope = article === undefined ? undefined : resolveArticle(library, article);
      choices = suggest ? suggest(library, String(focused.value), scope) : [];
      await respondChoices(interaction, choices);
    } catch (err) {
      logger.error({ ...line, err }, 'autocomplete failed');
    } finally {
      logger.debug({ ...line, choices: choices.length, latencyMs: Math.round(performance.now() - started) }, 'autocomplete');
    }
  }

  return {
    async handle(interaction) {
      if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return;
      inFlight++;
      try {
        await (interaction.isChatInputCommand() ? chatInput(interaction) : autocomplete(interaction));
      } catch (err) {
        logger.error({ interaction: interaction.id, err }, 'dispatch failed');
      } finally {
        if (--inFlight === 0) {
          for (const resolve of idle) resolve();
          idle = [];
        }
      }
    },
    drain(timeoutMs) {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => {
        idle.push(resolve);
        setTimeout(resolve, timeoutMs).unref();
      });
    },
  };
}
