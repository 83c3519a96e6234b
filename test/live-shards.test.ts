// Issue 13, item 3, "each shard": under `npm run start:sharded` every shard process follows the
// articles folder itself. An article dropped into the folder is reloaded by both shards (each logs
// its own reload line) and answered down each shard's connection. Waits are on log lines and
// requests; only 127.0.0.1 is used; the processes and the stand-in stop by themselves.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiscordStandIn, snowflake } from './discord-standin.js';
import { dataDir, fixturesDir } from './helpers/articles.js';
import { Spawned } from './helpers/spawned.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsTaNd.live-shards-not-a-real-token-3a9d';
const APP = '109876543210987654';
const GUILD = '209876543210987654';

describe('the live library in every shard', () => {
  let standIn: DiscordStandIn | undefined;
  let manager: Spawned | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kutip-live-shards-'));

  afterAll(async () => {
    manager?.signal('SIGKILL');
    await manager?.exited;
    await standIn?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('each shard reloads an article dropped into the folder and answers from it', async () => {
    for (const name of readdirSync(dataDir)) copyFileSync(join(dataDir, name), join(dir, name));
    standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 1000, shards: 2, lifetimeMs: 110_000 });
    manager = new Spawned(join('dist', 'app', 'shards.js'), {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: APP,
      DISCORD_API_URL: standIn.apiUrl,
      ARTICLES_DIR: dir,
      CACHE_DIR: 'off',
      LOG_LEVEL: 'info',
      COOLDOWN_SECONDS: '0',
      SHARD_COUNT: '',
      SHARD_IDS: '',
    }, { lifetimeMs: 110_000 });
    await manager.waitForLog((l) => l.msg === 'all shards ready', 60_000);

    copyFileSync(join(fixturesDir, 'en-council-vote.txt'), join(dir, 'council.txt'));
    for (const shard of [0, 1]) {
      const line = await manager.waitForLog((l) => l.msg === 'articles reloaded' && l.shard === shard, 20_000);
      expect(line).toMatchObject({ added: 1, kept: 1, articles: 2, ids: { added: ['council'] } });
    }
    for (const shard of [0, 1]) {
      const sent = standIn.chatInput({ command: 'who', options: { query: 'Diane Whitfield', article: 'council' }, shard, userId: snowflake() });
      await standIn.callbackOf(sent, 15_000);
      const log = await manager.waitForLog((l) => l.msg === 'interaction' && l.interaction === sent.id);
      expect(log).toMatchObject({ shard, outcome: 'answered', found: true });
    }
  });
});
