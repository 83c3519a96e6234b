// /check text [article] — each claim of a message checked against the article; and the same as a
// message context-menu command ("Check against the article"), whose reply only the asker sees.
import { answer } from '../src/core.js';
import { articleOf, articleOption, MESSAGE_MAX, slashCommand, type Command } from '../src/bot/command.js';
import { messageCommand } from '../src/bot/message-command.js';

export const check: Command = {
  data: slashCommand('check')
    .addStringOption((option) =>
      option
        .setName('text')
        .setNameLocalizations({ id: 'teks' })
        .setDescription('The message to check, e.g. a claim someone posted')
        .setDescriptionLocalizations({ id: 'Pesan yang dicek, mis. klaim yang diunggah seseorang' })
        .setRequired(true)
        .setMinLength(1)
        .setMaxLength(MESSAGE_MAX),
    )
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) => answer(library, { command: 'check', query: input.string('text') ?? '', ...articleOf(input), locale }),
};

/** Right-click a message → Apps → Check against the article: /check with the message's text. */
export const checkMessage = messageCommand('check', 'text');
