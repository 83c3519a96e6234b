// /articles [page] — the articles kutip answers from, newest first, for everyone.
import type { ActionCommand } from '../src/bot/action.js';
import { listArticles } from '../src/bot/article-desk.js';
import { slashCommand } from '../src/bot/command.js';

export const articles: ActionCommand = {
  data: slashCommand('articles')
    .addIntegerOption((option) =>
      option
        .setName('page')
        .setNameLocalizations({ id: 'halaman' })
        .setDescription('Which page of the list (default: the first)')
        .setDescriptionLocalizations({ id: 'Halaman daftar yang mana (bawaan: yang pertama)' })
        .setRequired(false)
        .setMinValue(1),
    )
    .toJSON(),
  perform: async ({ library, input }) => listArticles(library, input.integer?.('page') ?? 1),
};
