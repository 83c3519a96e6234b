// Issue 13, item 5: the live reload under a burst of queries through the loopback Discord, with no
// failed answer. The bot process (as `npm start` runs it) answers a stream of interactions while its
// articles folder changes under it: an article added, one changed, one removed, the file of the
// article the queries aim at turned bad (its previous version must go on answering), then ten
// articles at once. Every interaction must be acknowledged and answered; those aimed at that
// article must get exactly what the core renders for it, whichever library served them. Each change
// is waited for on the bot's reload log line, never on a sleep; how long it took is printed, not asserted.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { loadLibrary } from '../src/load/library.js';
import { render } from '../src/render/embed.js';
import type { CommandName } from '../src/types.js';
import { DiscordStandIn, snowflake, type SentInteraction } from './discord-standin.js';
import { APP, GUILD, command, fakeToken, startBot, type BotProcess, type LogLine, type MessageBody } from './helpers/bot.js';
import { dataDir, fixturesDir, TEMPO } from './helpers/articles.js';
import { until } from './helpers/faults.js';

const SLICES = 30;
const PER_SLICE = 12;
const SLICE_MS = 150;

/** The tempo article alone: what every query aimed at it must be answered from. */
const tempoOnly = loadLibrary({ dir: dataDir });

/** What users ask while the folder changes: [command, options, aimed at the tempo article]. */
const ASKED: readonly (readonly [CommandName, Record<string, string>])[] = [
  ['who', { query: 'Lavrov', article: TEMPO }],
  ['search', { query: 'bantuan militer', article: TEMPO }],
  ['ask', { question: 'Siapa Menteri Luar Negeri Rusia?', article: TEMPO }],
  ['where', { query: 'Kursk', article: TEMPO }],
  ['search', { query: 'strike' }],
  ['who', { query: 'Diane Whitfield' }],
  ['ask', { question: 'When did the dock workers begin the strike?' }],
  ['source', { article: 'council' }],
  ['help', {}],
];

describe('the live library under a burst of queries', () => {
  const token = fakeToken('reload-burst');
  let standIn: DiscordStandIn;
  let bot: BotProcess;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kutip-reload-burst-'));
    for (const name of readdirSync(dataDir)) copyFileSync(join(dataDir, name), join(dir, name));
    copyFileSync(join(fixturesDir, 'en-council-vote.txt'), join(dir, 'council.txt'));
    copyFileSync(join(fixturesDir, 'en-harbour-strike.txt'), join(dir, 'harbour.txt'));
    standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 170_000 });
    bot = await startBot(standIn, token, { ARTICLES_DIR: dir });
  });

  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  /** Makes a change and waits for the bot's reload line that shows it; prints how long that took. */
  async function change(what: string, make: () => void, shows: (line: LogLine) => boolean): Promise<void> {
    const seen = bot.logs.length;
    const started = performance.now();
    make();
    const line = await bot.waitForLog((l) => bot.logs.indexOf(l) >= seen && shows(l), 20_000);
    const took = line.tookMs === undefined ? '' : `; the rescan itself took ${String(line.tookMs)} ms`;
    console.log(`${what}: served ${Math.round(performance.now() - started)} ms after the change, as seen through the bot's log${took}`);
  }

  const reloaded = (kind: 'added' | 'changed' | 'removed', ...ids: string[]) => (line: LogLine) =>
    line.msg === 'articles reloaded' && ids.every((id) => (line.ids as Record<string, string[]>)[kind]!.includes(id));

  it('answers every query, those aimed at an article exactly as before, while articles are added, changed, removed and broken', async () => {
    // The burst, in slices, while the folder changes.
    const sent: { sent: SentInteraction; name: CommandName; options: Record<string, string>; locale: string }[] = [];
    const burst = (async () => {
      for (let slice = 0; slice < SLICES; slice++) {
        for (let i = 0; i < PER_SLICE; i++) {
          const [name, options] = ASKED[sent.length % ASKED.length]!;
          const locale = sent.length % 2 === 0 ? 'id' : 'en-US';
          sent.push({ sent: standIn.chatInput({ command: name, options, locale, userId: snowflake() }), name, options, locale });
        }
        await new Promise((resolve) => setTimeout(resolve, SLICE_MS));
      }
    })();

    await change('an added article', () => copyFileSync(join(fixturesDir, 'en-dates-2024-06-21-river-flood.txt'), join(dir, 'flood.txt')), reloaded('added', 'flood'));
    await change('a changed article', () => copyFileSync(join(fixturesDir, 'en-quotes-2024-03-14-harbour-talks.txt'), join(dir, 'council.txt')), reloaded('changed', 'council'));
    await change('a removed article', () => rmSync(join(dir, 'harbour.txt')), reloaded('removed', 'harbour'));
    await change(
      'a file turned bad',
      () => writeFileSync(join(dir, `${TEMPO}.txt`), Buffer.from([0x00, 0xff, 0x00, 0xfe])),
      (line) => line.msg === 'article not reloaded' && String(line.problem).includes(`${TEMPO}.txt`),
    );
    const many = ['antara-2017-08-26-jepang-sanksi-korut.txt', 'cnnindonesia-2017-03-06-ekonomi-china.txt', 'cnnindonesia-2017-05-17-tpp-apec.txt',
      'en-people-2024-05-20-tokyo-talks.txt', 'en-places-2023-09-15-port-alder-strike.txt', 'id-quotes-2017-06-02-rapat-dpr.txt',
      'rimanews-2017-04-18-pilkada-dki.txt', 'en-harbour-strike.txt', 'en-council-vote.txt', 'tempo-2024-11-02-korut-rusia.txt'];
    const ids = many.map((n) => `copy-${n.replace(/\.txt$/, '')}`);
    await change('ten articles at once', () => many.forEach((n, i) => copyFileSync(join(fixturesDir, n), join(dir, `${ids[i]}.txt`))), (line) => {
      const added = new Set(bot.logs.filter((l) => l.msg === 'articles reloaded').flatMap((l) => (l.ids as { added: string[] }).added));
      return line.msg === 'articles reloaded' && ids.every((id) => added.has(id));
    });
    await burst;

    // Every interaction acknowledged and answered, with its log line.
    const tokens = new Set(sent.map((s) => s.sent.token));
    const tokenOf = (path: string) => /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(path)?.[1];
    const answered = () => standIn.requests.filter((r) => {
      const t = tokenOf(r.path);
      return t !== undefined && tokens.has(t) && ((r.path.endsWith('/callback') && (r.body as { type?: number }).type === 4) || r.method === 'PATCH');
    }).length;
    await until(() => answered() >= sent.length, 60_000, 'every interaction answered');
    const interactionIds = new Set(sent.map((s) => s.sent.id));
    const logged = () => bot.logs.filter((l) => l.msg === 'interaction' && interactionIds.has(String(l.interaction)));
    await until(() => logged().length >= sent.length, 20_000, 'a log line for every interaction');

    for (const request of standIn.requests) {
      const t = tokenOf(request.path);
      if (t !== undefined && tokens.has(t)) expect(request.status, `${request.method} ${request.path}`).toBeLessThan(300);
    }
    let aimed = 0;
    for (const { sent: s, name, options, locale } of sent) {
      const requests = standIn.requestsFor(s);
      const callback = requests.find((r) => r.path.endsWith('/callback'))?.body as { type: number; data?: MessageBody };
      const message = callback.type === 5 ? (requests.find((r) => r.method === 'PATCH')?.body as MessageBody) : callback.data;
      expect(message?.allowed_mentions, `/${name}`).toEqual({ parse: [] });
      if (options.article !== TEMPO) continue;
      aimed++;
      const lang = locale === 'id' ? 'id' : 'en';
      const expected = render({ kind: 'answer', answer: answer(tempoOnly, { command: name, query: options.query ?? options.question ?? '', article: TEMPO, locale: lang }) }, tempoOnly, lang);
      expect(message?.embeds, `/${name} ${JSON.stringify(options)} (${locale})`).toEqual(JSON.parse(JSON.stringify(expected.embeds)));
    }
    expect(aimed).toBeGreaterThan(100);
    const outcomes = new Map<string, number>();
    for (const line of logged()) outcomes.set(String(line.outcome), (outcomes.get(String(line.outcome)) ?? 0) + 1);
    expect(Object.fromEntries(outcomes)).toEqual({ answered: sent.length });
    expect(bot.logs.filter((l) => (l.level ?? 0) >= 50)).toEqual([]);
    expect(bot.output).not.toMatch(/unhandled|uncaught/i);

    // The library as the folder now holds it.
    expect((await command(standIn, bot, 'source', { article: 'flood' })).log).toMatchObject({ outcome: 'answered', found: true });
    expect((await command(standIn, bot, 'source', { article: 'harbour' })).log.outcome).toBe('unknown-article');
    expect((await command(standIn, bot, 'source', { article: ids[0]! })).log).toMatchObject({ outcome: 'answered', found: true });
    expect(bot.running).toBe(true);
  });
});
