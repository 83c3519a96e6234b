// /help — what each command does.
import { answer } from '../src/core.js';
import { slashCommand, type Command } from '../src/bot/command.js';

export const help: Command = {
  data: slashCommand('help').toJSON(),
  run: (library, _input, locale) => answer(library, { command: 'help', query: '', locale }),
};
