// /where query — a place, or where an event happened.
import { SlashCommandBuilder } from 'discord.js';
import { answer } from '../src/core.js';
import { articleOf, articleOption, queryOption, type Command } from '../src/bot/command.js';
import { suggestPlaces } from '../src/bot/suggest.js';

export const where: Command = {
  data: new SlashCommandBuilder()
    .setName('where')
    .setNameLocalizations({ id: 'di-mana' })
    .setDescription('Where something happened, or a place and its paragraphs')
    .setDescriptionLocalizations({ id: 'Di mana sesuatu terjadi, atau sebuah tempat dan paragrafnya' })
    .addStringOption(queryOption({ en: 'A place or an event, e.g. Moscow', id: 'Tempat atau peristiwa, mis. Moskow' }, true))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) =>
    answer(library, { command: 'where', query: input.string('query') ?? '', ...articleOf(input), locale }),
  suggest: { query: suggestPlaces },
};
