// What a module in commands/ exports, and the options several commands share.
import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody, type SlashCommandStringOption } from 'discord.js';
import { CATALOG, LIBRARY_CATALOG, type CommandName, type LibraryCommandName } from '../../commands/catalog.js';
import type { Locale } from '../core.js';
import type { Library } from '../index/library.js';
import type { Answer } from '../findings.js';
import type { Suggest } from './suggest.js';

/** The options a user gave, by name; blank strings read as absent. */
export interface CommandInput {
  string(name: string): string | undefined;
  /** A whole-number option, or undefined. */
  integer?(name: string): number | undefined;
  /** The subcommand chosen (`/article add` → `add`), or undefined. */
  readonly subcommand?: string;
}

/** A CommandInput over any transport's option values: only non-blank strings and whole numbers count. */
export function inputOf(value: (name: string) => unknown, subcommand?: string): CommandInput {
  return {
    string(name) {
      const v = value(name);
      return typeof v === 'string' && v.trim() !== '' ? v : undefined;
    },
    integer(name) {
      const v = value(name);
      return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
    },
    ...(subcommand !== undefined && { subcommand }),
  };
}

export interface Command {
  /** Registered as is by `npm run register`. */
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Work that may pass Discord's 3 seconds: acknowledge first, then edit in the answer. */
  readonly defer?: boolean;
  /** Maps the options to one call of the core. */
  run(library: Library, input: CommandInput, locale: Locale): Answer;
  /** Autocomplete per option name (the `article` option is answered by the dispatcher). */
  readonly suggest?: Readonly<Record<string, Suggest>>;
}

/** A slash command named and described as the catalog says, in English and Indonesian. */
export function slashCommand(name: CommandName | LibraryCommandName): SlashCommandBuilder {
  const entry = [...CATALOG, ...LIBRARY_CATALOG].find((c) => c.name === name)!;
  return new SlashCommandBuilder()
    .setName(entry.name)
    .setNameLocalizations({ id: entry.id })
    .setDescription(entry.description.en)
    .setDescriptionLocalizations({ id: entry.description.id });
}

export const QUERY_MAX = 200;
export const QUESTION_MAX = 300;
/** A message to /check: Discord's longest message. */
export const MESSAGE_MAX = 2000;

interface Text {
  readonly en: string;
  readonly id: string;
}

/** The required `query` option (`kata-kunci` in Indonesian). */
export const queryOption =
  (description: Text, autocomplete = false) =>
  (option: SlashCommandStringOption): SlashCommandStringOption =>
    option
      .setName('query')
      .setNameLocalizations({ id: 'kata-kunci' })
      .setDescription(description.en)
      .setDescriptionLocalizations({ id: description.id })
      .setRequired(true)
      .setMinLength(1)
      .setMaxLength(QUERY_MAX)
      .setAutocomplete(autocomplete);

/** The optional `about` option (`tentang` in Indonesian) of the list commands. */
export const aboutOption =
  (description: Text) =>
  (option: SlashCommandStringOption): SlashCommandStringOption =>
    option
      .setName('about')
      .setNameLocalizations({ id: 'tentang' })
      .setDescription(description.en)
      .setDescriptionLocalizations({ id: description.id })
      .setRequired(false)
      .setMaxLength(QUERY_MAX);

/** The optional `article` option: which loaded article to answer from (autocompleted). */
export const articleOption = (option: SlashCommandStringOption): SlashCommandStringOption =>
  option
    .setName('article')
    .setNameLocalizations({ id: 'artikel' })
    .setDescription('Answer from this article only (default: every article loaded)')
    .setDescriptionLocalizations({ id: 'Jawab dari artikel ini saja (bawaan: semua artikel yang dimuat)' })
    .setRequired(false)
    .setMaxLength(100)
    .setAutocomplete(true);

/** The `article` option as the core wants it: absent when not given. */
export const articleOf = (input: CommandInput): { article?: string } => {
  const article = input.string('article');
  return article === undefined ? {} : { article };
};
