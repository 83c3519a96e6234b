// Resident memory of the Discord process (`npm start`'s command line) with the Tempo article
// loaded, connected to the loopback Discord of the tests, after it has answered every command.
import { DiscordStandIn } from '../test/discord-standin.js';
import { APP, command, fakeToken, GUILD, startBot } from '../test/helpers/bot.js';
import { tempoQueries } from './tempo-queries.js';

export interface DiscordMemory {
  readonly afterReadyMB: number;
  readonly afterAnswersMB: number;
  readonly answers: number;
}

const option = { who: 'query', when: 'query', where: 'query', quote: 'query', search: 'query', ask: 'question' } as const;

export async function discordMemory(): Promise<DiscordMemory> {
  const token = fakeToken('bench');
  const standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, lifetimeMs: 120_000 });
  const bot = await startBot(standIn, token);
  try {
    const afterReadyMB = Math.round(bot.rssKiB() / 102.4) / 10;
    const queries = tempoQueries(200);
    for (const q of queries) await command(standIn, bot, q.command, { [option[q.command as keyof typeof option]]: q.query });
    return { afterReadyMB, afterAnswersMB: Math.round(bot.rssKiB() / 102.4) / 10, answers: queries.length };
  } finally {
    await bot.stop();
    await standIn.close();
  }
}
