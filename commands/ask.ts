// /ask question — any question; answered from the article's own words.
import { SlashCommandBuilder } from 'discord.js';
import { answer } from '../src/core.js';
import { QUESTION_MAX, articleOf, articleOption, type Command } from '../src/bot/command.js';

export const ask: Command = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setNameLocalizations({ id: 'tanya' })
    .setDescription('Ask any question about the article: who, when, where, what, why, how')
    .setDescriptionLocalizations({ id: 'Tanyakan apa saja tentang artikel: siapa, kapan, di mana, apa, mengapa, bagaimana' })
    .addStringOption((option) =>
      option
        .setName('question')
        .setNameLocalizations({ id: 'pertanyaan' })
        .setDescription('Your question, e.g. Who met the minister?')
        .setDescriptionLocalizations({ id: 'Pertanyaan Anda, mis. Siapa yang ditemui menteri?' })
        .setRequired(true)
        .setMinLength(1)
        .setMaxLength(QUESTION_MAX),
    )
    .addStringOption(articleOption)
    .toJSON(),
  // Free questions search every paragraph of every article: acknowledge first.
  defer: true,
  run: (library, input, locale) =>
    answer(library, { command: 'ask', query: input.string('question') ?? '', ...articleOf(input), locale }),
};
