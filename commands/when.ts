// /when query — the date of an event, as written and as a calendar date.
import { SlashCommandBuilder } from 'discord.js';
import { answer } from '../src/core.js';
import { articleOf, articleOption, queryOption, type Command } from '../src/bot/command.js';

export const when: Command = {
  data: new SlashCommandBuilder()
    .setName('when')
    .setNameLocalizations({ id: 'kapan' })
    .setDescription('When something happened, with the paragraph that dates it')
    .setDescriptionLocalizations({ id: 'Kapan sesuatu terjadi, dengan paragraf yang menyebut tanggalnya' })
    .addStringOption(queryOption({ en: 'An event, e.g. partnership treaty', id: 'Peristiwa, mis. perjanjian kemitraan' }))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) =>
    answer(library, { command: 'when', query: input.string('query') ?? '', ...articleOf(input), locale }),
};
