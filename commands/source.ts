// /source — outlet, title, date, link and lede of the article.
import { answer } from '../src/core.js';
import { articleOf, articleOption, slashCommand, type Command } from '../src/bot/command.js';

export const source: Command = {
  data: slashCommand('source')
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) => answer(library, { command: 'source', query: '', ...articleOf(input), locale }),
};
