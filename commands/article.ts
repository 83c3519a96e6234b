// /article add url: | /article remove id: — change the library every server shares. Manage Server
// only: Discord hides the command from other members by default (default_member_permissions), and
// kutip checks the member's permissions again when it runs. Both answer privately.
import { InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { librarySubcommand, type ActionCommand } from '../src/bot/action.js';
import { addFromLink, removeArticle } from '../src/bot/article-desk.js';
import { slashCommand } from '../src/bot/command.js';

/** Longest link accepted; real article links are far shorter. */
export const URL_MAX = 2000;

export const article: ActionCommand = {
  data: slashCommand('article')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      librarySubcommand('article', 'add')(sub).addStringOption((option) =>
        option
          .setName('url')
          .setNameLocalizations({ id: 'tautan' })
          .setDescription('Link to the article (http or https)')
          .setDescriptionLocalizations({ id: 'Tautan ke artikel (http atau https)' })
          .setRequired(true)
          .setMinLength(1)
          .setMaxLength(URL_MAX),
      ),
    )
    .addSubcommand((sub) =>
      librarySubcommand('article', 'remove')(sub).addStringOption((option) =>
        option
          .setName('id')
          .setNameLocalizations({ id: 'id' })
          .setDescription('The article to remove')
          .setDescriptionLocalizations({ id: 'Artikel yang akan dihapus' })
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
    )
    .toJSON(),
  // Adding fetches a page; both wait until the library serves the change.
  deferPrivately: true,
  permissions: PermissionFlagsBits.ManageGuild,
  suggest: { id: (suggestions, typed) => suggestions.articles(typed) },
  perform: (context) => (context.input.subcommand === 'remove' ? removeArticle(context) : addFromLink(context)),
};
