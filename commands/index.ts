// Every slash command, in the catalog's order: the answering commands, then the library ones.
// Registration, the dispatcher and /help all read this list and the catalog it follows
// (commands/catalog.ts).
import type { ActionCommand } from '../src/bot/action.js';
import type { Command } from '../src/bot/command.js';
import { article } from './article.js';
import { articles } from './articles.js';
import { ask } from './ask.js';
import { CATALOG, LIBRARY_CATALOG } from './catalog.js';
import { help } from './help.js';
import { quote } from './quote.js';
import { search } from './search.js';
import { source } from './source.js';
import { when } from './when.js';
import { where } from './where.js';
import { who } from './who.js';

const modules: readonly Command[] = [who, when, where, quote, ask, search, source, help];

const byName = new Map(modules.map((c) => [c.data.name, c]));

const libraryModules: readonly ActionCommand[] = [article, articles];
const libraryByName = new Map(libraryModules.map((c) => [c.data.name, c]));

/** The catalog's commands, each with its module, then the library commands: a catalog entry without a module fails at start. */
export const commands: readonly (Command | ActionCommand)[] = [
  ...CATALOG.map((entry) => {
    const module = byName.get(entry.name);
    if (!module) throw new Error(`commands/: no module for the catalog's /${entry.name}`);
    return module;
  }),
  ...LIBRARY_CATALOG.map((entry) => {
    const module = libraryByName.get(entry.name);
    if (!module) throw new Error(`commands/: no module for the catalog's /${entry.name}`);
    return module;
  }),
];

export const commandsByName: ReadonlyMap<string, Command | ActionCommand> = new Map(commands.map((c) => [c.data.name, c]));
