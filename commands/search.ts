// /search query — the paragraphs that hold these words.
import { SlashCommandBuilder } from 'discord.js';
import { answer } from '../src/core.js';
import { articleOf, articleOption, queryOption, type Command } from '../src/bot/command.js';

export const search: Command = {
  data: new SlashCommandBuilder()
    .setName('search')
    .setNameLocalizations({ id: 'cari' })
    .setDescription('Find the paragraphs that hold these words')
    .setDescriptionLocalizations({ id: 'Temukan paragraf yang memuat kata-kata ini' })
    .addStringOption(queryOption({ en: 'Words to look for, e.g. military aid', id: 'Kata yang dicari, mis. bantuan militer' }))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) =>
    answer(library, { command: 'search', query: input.string('query') ?? '', ...articleOf(input), locale }),
};
