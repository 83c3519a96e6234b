// /where query — a place, or where an event happened.
import { answer } from '../src/core.js';
import { articleOf, articleOption, queryOption, slashCommand, type Command } from '../src/bot/command.js';
import { suggestPlaces } from '../src/bot/suggest.js';

export const where: Command = {
  data: slashCommand('where')
    .addStringOption(queryOption({ en: 'A place or an event, e.g. Moscow', id: 'Tempat atau peristiwa, mis. Moskow' }, true))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) =>
    answer(library, { command: 'where', query: input.string('query') ?? '', ...articleOf(input), locale }),
  suggest: { query: suggestPlaces },
};
