// /search query — the paragraphs that hold these words.
import { answer } from '../src/core.js';
import { articleOf, articleOption, queryOption, slashCommand, type Command } from '../src/bot/command.js';

export const search: Command = {
  data: slashCommand('search')
    .addStringOption(queryOption({ en: 'Words to look for, e.g. military aid', id: 'Kata yang dicari, mis. bantuan militer' }))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) =>
    answer(library, { command: 'search', query: input.string('query') ?? '', ...articleOf(input), locale }),
};
