// Slash commands that act on the library instead of answering from it: /article add, /article
// remove and /articles. They may need a permission (checked here at run time, whatever Discord's
// default_member_permissions let through), may work for a while (a fetch: acknowledged privately
// first), and reply with render/article-replies.ts. The dispatcher hands them over to runAction().
import { PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody, type SlashCommandSubcommandBuilder } from 'discord.js';
import { LIBRARY_CATALOG, type LibraryCommandName } from '../../commands/catalog.js';
import type { FetchOptions } from '../add/fetch-page.js';
import type { Library } from '../index/library.js';
import { renderArticleReply, type ArticleReply } from '../render/article-replies.js';
import type { Payload } from '../render/embed.js';
import type { Locale } from '../render/words/index.js';
import type { Command, CommandInput } from './command.js';
import type { Logger } from './log.js';
import type { Suggest } from './suggest.js';

/** The articles folder as the library commands change it, and whether a change is served without a restart. */
export interface ArticleFolder {
  readonly dir: string;
  /** Whether the folder is watched, so a change is served without a restart. */
  readonly live: boolean;
  readonly fetch: FetchOptions;
  /** Resolves true once the library serves the article (`present`) or no longer does; false after `timeoutMs` or when not live. */
  served(id: string, present: boolean, timeoutMs: number): Promise<boolean>;
}

export interface ActionContext {
  /** The library as it was when the interaction arrived. */
  readonly library: Library;
  readonly input: CommandInput;
  readonly locale: Locale;
  readonly interactionId: string;
  /** The folder this process may change; undefined when it may not (a library given as a value). */
  readonly folder: ArticleFolder | undefined;
  readonly logger: Logger;
}

export interface ActionCommand {
  /** Registered as is by `npm run register`. */
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Acknowledge privately before the work (it fetches a page, or waits for the library). */
  readonly deferPrivately?: boolean;
  /** Permissions a member must hold. Discord hides the command from others by default; kutip checks again. */
  readonly permissions?: bigint;
  /** Autocomplete per option name. */
  readonly suggest?: Readonly<Record<string, Suggest>>;
  perform(context: ActionContext): Promise<ArticleReply>;
}

export const isAction = (command: Command | ActionCommand): command is ActionCommand => 'perform' in command;

/** Whether a member holding `held` may run a command needing `needed`; outside a server no one holds anything. */
export function allowed(held: bigint | undefined, needed: bigint | undefined): boolean {
  if (needed === undefined || needed === 0n) return true;
  if (held === undefined) return false;
  return (held & PermissionFlagsBits.Administrator) !== 0n || (held & needed) === needed;
}

/** A subcommand named and described as the catalog says, in English and Indonesian. */
export function librarySubcommand(command: LibraryCommandName, name: string) {
  const entry = LIBRARY_CATALOG.find((c) => c.name === command)!;
  const sub = ('subcommands' in entry ? entry.subcommands : []).find((s) => s.name === name)!;
  return (builder: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder =>
    builder.setName(sub.name).setNameLocalizations({ id: sub.id }).setDescription(sub.description.en).setDescriptionLocalizations({ id: sub.description.id });
}

/** How a transport acknowledges and answers (the dispatcher's Replier). */
interface ActionReplier {
  defer(options?: { readonly ephemeral?: boolean }): Promise<void>;
  send(payload: Payload): Promise<void>;
}

/**
 * Runs one library command: the permission check (a private refusal, before anything is done), the
 * private acknowledgement, the work, the reply. Returns the outcome for the interaction's log line.
 */
export async function runAction(
  action: ActionCommand,
  memberPermissions: bigint | undefined,
  replier: ActionReplier,
  context: ActionContext,
): Promise<string> {
  if (!allowed(memberPermissions, action.permissions)) {
    await replier.send(renderArticleReply({ kind: 'not-allowed' }, context.locale));
    return 'not-allowed';
  }
  if (action.deferPrivately) await replier.defer({ ephemeral: true });
  const reply = await action.perform(context);
  await replier.send(renderArticleReply(reply, context.locale));
  return reply.kind;
}
