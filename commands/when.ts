// /when query — the date of an event, as written and as a calendar date.
import { answer } from '../src/core.js';
import { articleOf, articleOption, queryOption, slashCommand, type Command } from '../src/bot/command.js';

export const when: Command = {
  data: slashCommand('when')
    .addStringOption(queryOption({ en: 'An event, e.g. partnership treaty', id: 'Peristiwa, mis. perjanjian kemitraan' }))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) =>
    answer(library, { command: 'when', query: input.string('query') ?? '', ...articleOf(input), locale }),
};
