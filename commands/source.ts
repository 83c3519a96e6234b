// /source — outlet, title, date, link and lede of the article.
import { SlashCommandBuilder } from 'discord.js';
import { answer } from '../src/core.js';
import { articleOf, articleOption, type Command } from '../src/bot/command.js';

export const source: Command = {
  data: new SlashCommandBuilder()
    .setName('source')
    .setNameLocalizations({ id: 'sumber' })
    .setDescription('Outlet, title, date, link and lede of the article')
    .setDescriptionLocalizations({ id: 'Media, judul, tanggal, tautan, dan teras berita artikel' })
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) => answer(library, { command: 'source', query: '', ...articleOf(input), locale }),
};
