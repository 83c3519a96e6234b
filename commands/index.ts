// Every command, in the catalog's order: the answering commands, then the library ones, then the
// message context-menu commands. Registration, the dispatcher and /help all read these lists and the
// catalog they follow (commands/catalog.ts).
import type { ActionCommand } from '../src/bot/action.js';
import type { Command } from '../src/bot/command.js';
import type { MessageCommand } from '../src/bot/message-command.js';
import { article } from './article.js';
import { articles } from './articles.js';
import { ask } from './ask.js';
import { CATALOG, LIBRARY_CATALOG } from './catalog.js';
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

const libraryModules: readonly ActionCommand[] = [article, articles];
const libraryByName = new Map(libraryModules.map((c) => [c.data.name, c]));

/** A catalog entry's module: an entry without one fails at start. */
function moduleOf<T>(modules: ReadonlyMap<string, T>, name: string): T {
  const module = modules.get(name);
  if (!module) throw new Error(`commands/: no module for the catalog's /${name}`);
  return module;
}

/** The catalog's commands, each with its module, then the library commands. */
export const commands: readonly (Command | ActionCommand)[] = [
  ...CATALOG.map((entry) => moduleOf(byName, entry.name)),
  ...LIBRARY_CATALOG.map((entry) => moduleOf(libraryByName, entry.name)),
];

export const commandsByName: ReadonlyMap<string, Command | ActionCommand> = new Map(commands.map((c) => [c.data.name, c]));

/** Message context-menu commands (right-click a message → Apps), each running one of the commands above. */
export const menuCommands: readonly MessageCommand[] = [checkMessage];

/** Everything `npm run register` puts on Discord: the slash commands, then the message commands. */
export const registrations = [...commands.map((c) => c.data), ...menuCommands.map((m) => m.data)];
