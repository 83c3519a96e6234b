// How the discord.js gateway transport sends a rendered payload: the first response, the edit of a
// deferred one, or a follow-up; for a paging button, the update of the message it is on. The
// payload itself is built by render/embed.ts.
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { NO_MENTIONS, type Payload } from '../render/embed.js';

/** Acknowledges now and answers later (edit), for work that may pass Discord's 3 seconds; privately when `ephemeral`. */
export async function acknowledge(interaction: RepliableInteraction, ephemeral = false): Promise<void> {
  if (!interaction.deferred && !interaction.replied) await (ephemeral ? interaction.deferReply({ flags: MessageFlags.Ephemeral }) : interaction.deferReply());
}

/** Sends a rendered Payload with discord.js: the first response, the edit of a deferred one, a follow-up, or a message update. */
export async function sendPayload(interaction: RepliableInteraction, payload: Payload): Promise<void> {
  const body = {
    ...(payload.content !== undefined && { content: payload.content }),
    ...(payload.embeds !== undefined && { embeds: [...payload.embeds] }),
    ...(payload.components !== undefined && { components: [...payload.components] }),
    allowedMentions: NO_MENTIONS,
  };
  const flags = payload.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (payload.update && interaction.isMessageComponent() && !interaction.replied) {
    if (interaction.deferred) await interaction.editReply(body);
    else await interaction.update(body);
  } else if (interaction.replied) await interaction.followUp({ ...body, ...(flags && { flags }) });
  // A deferred reply is public or ephemeral as deferred; an edit cannot change that.
  else if (interaction.deferred) await interaction.editReply(body);
  else await interaction.reply({ ...body, ...(flags && { flags }) });
}
