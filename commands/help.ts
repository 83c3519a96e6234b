// /help — what each command does.
import { SlashCommandBuilder } from 'discord.js';
import { answer } from '../src/core.js';
import type { Command } from '../src/bot/command.js';

export const help: Command = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setNameLocalizations({ id: 'bantuan' })
    .setDescription('What kutip can answer, and how it cites')
    .setDescriptionLocalizations({ id: 'Apa yang bisa dijawab kutip, dan cara kutip mengutip' })
    .toJSON(),
  run: (library, _input, locale) => answer(library, { command: 'help', query: '', locale }),
};
