// LOG_LEVEL=debug says what helps someone debugging: each article loaded with its counts and
// whether it came from the on-disk cache, the cache's hits and misses, and for each interaction the
// parsed request and the answerer that answered. At info, none of it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../src/load/library.js';
import { DiscordStandIn } from './discord-standin.js';
import { APP, GUILD, command, fakeToken, startBot, type BotProcess } from './helpers/bot.js';
import { TEMPO, dataDir } from './helpers/articles.js';

const DEBUG_LINES = ['article loaded', 'articles loaded', 'request', 'answered by'];

describe('LOG_LEVEL=debug', () => {
  const token = fakeToken('debug');
  const cacheDir = mkdtempSync(join(tmpdir(), 'kutip-debug-cache-'));
  let standIn: DiscordStandIn;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 90_000 });
  });

  afterAll(async () => {
    await standIn?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  /** Runs the bot until it has answered `ask`, then stops it; returns its log. */
  async function run(level: string, ask: (bot: BotProcess) => Promise<void>): Promise<BotProcess> {
    const bot = await startBot(standIn, token, { LOG_LEVEL: level, CACHE_DIR: cacheDir });
    try {
      await ask(bot);
    } finally {
      await bot.stop();
    }
    return bot;
  }

  it('logs each article with its counts (a cache miss, then a hit), the request and its answerer', async () => {
    const expected = loadLibrary({ dir: dataDir }).get(TEMPO)!;
    const counts = {
      paragraphs: expected.article.paragraphs.length,
      people: expected.understanding.people.length,
      places: expected.understanding.places.length,
      quotes: expected.understanding.quotes.length,
      dates: expected.understanding.dates.length,
    };
    expect(counts.people).toBeGreaterThan(0);

    let who = '';
    let question = '';
    const first = await run('debug', async (bot) => {
      who = (await command(standIn, bot, 'who', { query: 'Lavrov' })).sent.id;
      question = (await command(standIn, bot, 'ask', { question: 'Siapa yang bertemu di Moskow?' }, { locale: 'id' })).sent.id;
    });
    expect(first.logs.find((l) => l.msg === 'article loaded')).toMatchObject({ level: 20, article: TEMPO, ...counts, cache: 'miss' });
    expect(first.logs.find((l) => l.msg === 'articles loaded')).toMatchObject({ articles: 1, skipped: 0, cacheDir, cacheHits: 0, cacheMisses: 1 });
    expect(first.logs.find((l) => l.msg === 'request' && l.interaction === who)).toMatchObject({ level: 20, command: 'who', locale: 'en', options: { query: 'Lavrov' } });
    expect(first.logs.find((l) => l.msg === 'answered by' && l.interaction === who)).toMatchObject({ answerer: 'who', found: true, citations: 1 });
    expect(first.logs.find((l) => l.msg === 'request' && l.interaction === question)).toMatchObject({
      command: 'ask',
      locale: 'id',
      options: { question: 'Siapa yang bertemu di Moskow?' },
    });
    expect(first.logs.find((l) => l.msg === 'answered by' && l.interaction === question)).toMatchObject({ answerer: 'question', found: true });
    expect(first.output).not.toContain(token);

    const second = await run('debug', async (bot) => void (await command(standIn, bot, 'source')));
    expect(second.logs.find((l) => l.msg === 'article loaded')).toMatchObject({ article: TEMPO, ...counts, cache: 'hit' });
    expect(second.logs.find((l) => l.msg === 'articles loaded')).toMatchObject({ cacheHits: 1, cacheMisses: 0 });
  });

  it('at info, none of these lines', async () => {
    const bot = await run('info', async (b) => void (await command(standIn, b, 'who', { query: 'Lavrov' })));
    expect(bot.logs.some((l) => l.msg === 'interaction')).toBe(true);
    expect(bot.logs.filter((l) => DEBUG_LINES.includes(String(l.msg)))).toEqual([]);
    expect(bot.logs.filter((l) => (l.level ?? 30) < 30)).toEqual([]);
  });
});
