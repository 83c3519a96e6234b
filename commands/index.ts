// Every slash command, by name. Registration and the dispatcher both read this list.
import type { Command } from '../src/bot/command.js';
import { ask } from './ask.js';
import { help } from './help.js';
import { quote } from './quote.js';
import { search } from './search.js';
import { source } from './source.js';
import { when } from './when.js';
import { where } from './where.js';
import { who } from './who.js';

export const commands: readonly Command[] = [who, when, where, quote, ask, search, source, help];

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));
