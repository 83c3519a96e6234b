// Every slash command, in the catalog's order. Registration, the dispatcher and /help all read this
// list and the catalog it follows (commands/catalog.ts).
import type { Command } from '../src/bot/command.js';
import { ask } from './ask.js';
import type { MessageCommand } from '../src/bot/message-command.js';
import { CATALOG } from './catalog.js';
import { check, checkMessage } from './check.js';
import { help } from './help.js';
import { people } from './people.js';
import { quote } from './quote.js';
import { search } from './search.js';
import { source } from './source.js';
import { timeline } from './timeline.js';
import { when } from './when.js';
import { where } from './where.js';
import { who } from './who.js';

const modules: readonly Command[] = [who, when, where, quote, ask, search, timeline, people, check, source, help];

const byName = new Map(modules.map((c) => [c.data.name, c]));

/** The catalog's commands, each with its module: a catalog entry without one is a build-time error here. */
export const commands: readonly Command[] = CATALOG.map((entry) => {
  const module = byName.get(entry.name);
  if (!module) throw new Error(`commands/: no module for the catalog's /${entry.name}`);
  return module;
});

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));

/** Message context-menu commands (right-click a message → Apps), each running one of the commands above. */
export const menuCommands: readonly MessageCommand[] = [checkMessage];

/** Everything `npm run register` puts on Discord: the slash commands, then the message commands. */
export const registrations = [...commands.map((c) => c.data), ...menuCommands.map((m) => m.data)];
