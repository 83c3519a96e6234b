// /who query — a person: full name, role, and the paragraphs that name them.
import { SlashCommandBuilder } from 'discord.js';
import { answer } from '../src/core.js';
import { articleOf, articleOption, queryOption, type Command } from '../src/bot/command.js';
import { suggestPeople } from '../src/bot/suggest.js';

export const who: Command = {
  data: new SlashCommandBuilder()
    .setName('who')
    .setNameLocalizations({ id: 'siapa' })
    .setDescription('Who is someone in the article: full name, role, where they appear')
    .setDescriptionLocalizations({ id: 'Siapa seseorang di artikel: nama lengkap, jabatan, di mana disebut' })
    .addStringOption(queryOption({ en: 'A name or a question, e.g. a surname', id: 'Nama atau pertanyaan, mis. nama belakang' }, true))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) =>
    answer(library, { command: 'who', query: input.string('query') ?? '', ...articleOf(input), locale }),
  suggest: { query: suggestPeople },
};
