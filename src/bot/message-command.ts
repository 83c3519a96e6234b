// Message context-menu commands (right-click a message → Apps → "Check against the article"): how
// they are registered, and how one arrives. The catalog gives a command a `menu` name; the menu
// command runs that same command with the message's text as its text option, so the one dispatcher
// handles it like any command (cooldown, logging, errors), and the reply is ephemeral: only the
// person who asked sees it. The text arrives in the interaction itself (`resolved.messages`), so no
// Message Content intent is needed.
import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { CATALOG, type CommandName } from '../../commands/catalog.js';
import { checkedText } from '../render/post-id.js';
import { inputOf, type CommandInput } from './command.js';

/** A message command as registered, and the command (and its text option) it runs. */
export interface MessageCommand {
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  readonly command: CommandName;
  readonly option: string;
}

/** The message command of a catalog entry that has a `menu` name: `option` receives the message's text. */
export function messageCommand(name: CommandName, option: string): MessageCommand {
  const entry = CATALOG.find((c) => c.name === name);
  if (!entry || !('menu' in entry)) throw new Error(`commands/catalog.ts: /${name} has no menu name`);
  const data = new ContextMenuCommandBuilder()
    .setName(entry.menu.en)
    .setNameLocalizations({ id: entry.menu.id })
    .setType(ApplicationCommandType.Message)
    .toJSON();
  return { data, command: name, option };
}

/** What a transport knows of a message command: its registered name and the text of the message. */
export interface MessageCommandArrival {
  readonly id: string;
  /** The name as registered (English; Discord sends it whatever the user's locale). */
  readonly name: string;
  readonly locale: string | undefined;
  readonly userId: string;
  /** The message's text; empty for a message of only an image, a file or an embed. */
  readonly text: string;
}

/** A dispatcher's CommandCall (bot/dispatch.ts), written out here so that neither module imports the other. */
export interface MenuCall {
  readonly id: string;
  readonly command: string;
  readonly locale: string | undefined;
  readonly userId: string;
  readonly input: CommandInput;
  readonly ephemeral: true;
}

/**
 * The call the dispatcher runs for a message command: its command, the text as the option (lines
 * trimmed, white space runs as one space: the form the reply quotes, so that its "Post to channel"
 * button checks exactly what was checked), the reply ephemeral.
 */
export function messageCommandCall(menus: readonly MessageCommand[], arrival: MessageCommandArrival): MenuCall {
  const menu = menus.find((m) => m.data.name === arrival.name);
  return {
    id: arrival.id,
    // An unknown menu name reaches the dispatcher as itself, which answers it as an unknown command.
    command: menu?.command ?? arrival.name,
    locale: arrival.locale,
    userId: arrival.userId,
    input: inputOf((option) => (menu !== undefined && option === menu.option ? checkedText(arrival.text) : undefined)),
    ephemeral: true,
  };
}

/** The arrival of a message command from discord.js. */
export function arrivalOf(interaction: MessageContextMenuCommandInteraction): MessageCommandArrival {
  return {
    id: interaction.id,
    name: interaction.commandName,
    locale: interaction.locale,
    userId: interaction.user.id,
    text: interaction.targetMessage.content ?? '',
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The text of a message command's target from raw interaction data (the HTTP endpoint): undefined
 * when the data is not a message command (type 3); '' when the target message has no text.
 */
export function targetTextOf(data: Record<string, unknown>): string | undefined {
  if (data.type !== ApplicationCommandType.Message) return undefined;
  const target = typeof data.target_id === 'string' ? data.target_id : undefined;
  const messages = isObject(data.resolved) && isObject(data.resolved.messages) ? data.resolved.messages : undefined;
  const message = target !== undefined && messages !== undefined ? messages[target] : undefined;
  return isObject(message) && typeof message.content === 'string' ? message.content : '';
}
