// The sharded gateway bot (`npm run start:sharded`: node dist/app/shards.js) against the loopback
// Discord, with discord.js's own ShardingManager and real clients. The stand-in recommends 2 shards;
// both must identify with the right [id, count], and a command sent down each shard's connection
// must be answered by that shard. SHARD_COUNT with SHARD_IDS runs only the shards named.
// Only 127.0.0.1 is used; every process and the stand-in stop by themselves.
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordStandIn, snowflake } from './discord-standin.js';
import { Spawned } from './helpers/spawned.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsTaNd.shards-not-a-real-token-7c1e';
const APP = '109876543210987654';
const GUILD = '209876543210987654';
const SHARDS = join('dist', 'app', 'shards.js');

function environment(apiUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APP,
    DISCORD_API_URL: apiUrl,
    ARTICLES_DIR: 'data/articles',
    CACHE_DIR: 'off',
    LOG_LEVEL: 'info',
    COOLDOWN_SECONDS: '0',
    // Blank: set, so a developer's .env cannot fill them in.
    SHARD_COUNT: '',
    SHARD_IDS: '',
    ...extra,
  };
}

describe('npm run start:sharded', () => {
  let standIn: DiscordStandIn | undefined;
  let manager: Spawned | undefined;

  afterEach(async () => {
    manager?.signal('SIGKILL');
    await manager?.exited;
    await standIn?.close();
  });

  it('spawns the 2 shards Discord recommends; each identifies as [id, 2] and answers the commands of its connection', async () => {
    standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 1000, shards: 2 });
    manager = new Spawned(SHARDS, environment(standIn.apiUrl));
    await manager.waitForLog((l) => l.msg === 'all shards ready', 60_000);

    // The count came from GET /gateway/bot at DISCORD_API_URL, asked with the bot token, before any shard connected.
    expect(manager.logs.find((l) => l.msg === 'spawning shards')).toMatchObject({ total: 2, shards: [0, 1], source: 'discord' });
    const gatewayBot = standIn.requests.filter((r) => r.path === '/gateway/bot');
    expect(gatewayBot.length).toBeGreaterThanOrEqual(1);
    expect(gatewayBot.every((r) => r.authorized)).toBe(true);
    expect(standIn.identifies.map((d) => d.shard)).toEqual([[0, 2], [1, 2]]);
    expect(standIn.openShards).toEqual([[0, 2], [1, 2]]);

    // Each shard loaded the articles itself and says which shard it is.
    for (const shard of [0, 1]) {
      const ready = await manager.waitForLog((l) => l.msg === 'ready' && l.shard === shard);
      expect(ready.articles).toBeGreaterThan(0);
    }
    // The guild lives on the shard Discord's formula gives it; the other shard has none.
    const home = DiscordStandIn.shardOf(GUILD, 2);
    expect(manager.logs.find((l) => l.msg === 'ready' && l.shard === home)?.guilds).toBe(1);
    expect(manager.logs.find((l) => l.msg === 'ready' && l.shard === 1 - home)?.guilds).toBe(0);

    for (const shard of [0, 1]) {
      const sent = standIn.chatInput({ command: 'who', options: { query: 'Lavrov' }, shard, userId: snowflake() });
      const callback = await standIn.callbackOf(sent, 15_000);
      const body = callback.body as { type: number; data: { embeds: APIEmbed[]; allowed_mentions: unknown } };
      expect(callback.status).toBe(204);
      expect(body.type).toBe(4);
      expect(body.data.allowed_mentions).toEqual({ parse: [] });
      expect(body.data.embeds[0]?.fields?.[0]?.name).toBe('¶2');
      const log = await manager.waitForLog((l) => l.msg === 'interaction' && l.interaction === sent.id);
      expect(log).toMatchObject({ shard, command: 'who', outcome: 'answered', found: true });
    }

    manager.signal('SIGTERM');
    expect(await manager.exited).toBe(0);
    for (const shard of [0, 1]) expect(manager.logs.some((l) => l.msg === 'stopped' && l.shard === shard)).toBe(true);
    expect(manager.output).not.toContain(TOKEN);
  });

  it('SHARD_COUNT with SHARD_IDS runs only the shards named, with the count given', async () => {
    standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 1000, shards: 1 });
    manager = new Spawned(SHARDS, environment(standIn.apiUrl, { SHARD_COUNT: '3', SHARD_IDS: '2' }));
    await manager.waitForLog((l) => l.msg === 'all shards ready', 60_000);
    expect(manager.logs.find((l) => l.msg === 'spawning shards')).toMatchObject({ total: 3, shards: [2], source: 'SHARD_COUNT' });
    expect(standIn.identifies.map((d) => d.shard)).toEqual([[2, 3]]);

    const sent = standIn.chatInput({ command: 'help', shard: 2 });
    expect(((await standIn.callbackOf(sent, 15_000)).body as { type: number }).type).toBe(4);
    expect(await manager.waitForLog((l) => l.msg === 'interaction' && l.interaction === sent.id)).toMatchObject({ shard: 2 });

    manager.signal('SIGTERM');
    expect(await manager.exited).toBe(0);
  });

  it('a bad SHARD_IDS stops start-up with one line naming it', async () => {
    manager = new Spawned(SHARDS, environment('http://127.0.0.1:9/api', { SHARD_COUNT: '2', SHARD_IDS: '0,2' }));
    expect(await manager.exited).toBe(2);
    expect(manager.output.trim()).toBe('kutip: Invalid SHARD_IDS: every id must be below SHARD_COUNT (ids count from 0)');
  });
});
