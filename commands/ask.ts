// /ask question — any question; answered from the article's own words.
import { answer } from '../src/core.js';
import { articleOf, articleOption, QUESTION_MAX, slashCommand, type Command } from '../src/bot/command.js';

export const ask: Command = {
  data: slashCommand('ask')
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
