// /quote query — what someone said, word for word.
import { answer } from '../src/core.js';
import { articleOf, articleOption, queryOption, slashCommand, type Command } from '../src/bot/command.js';
import { suggestPeople } from '../src/bot/suggest.js';

export const quote: Command = {
  data: slashCommand('quote')
    .addStringOption(queryOption({ en: 'A speaker or a topic, e.g. a name', id: 'Pembicara atau topik, mis. sebuah nama' }, true))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) =>
    answer(library, { command: 'quote', query: input.string('query') ?? '', ...articleOf(input), locale }),
  suggest: { query: suggestPeople },
};
