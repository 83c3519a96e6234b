// The HTTP interactions endpoint (`npm run start:http`: node dist/app/serve-http.js) as Discord uses
// it: the loopback stand-in holds a real Ed25519 key pair and POSTs signed interactions, as Discord
// does; deferred answers come back to the stand-in's REST as webhook edits. The same inputs are also
// sent down a gateway connection to the gateway bot's dispatcher (the real discord.js client, in this
// process), and the two replies must be the same. Then every refusal, and a burst of 200 concurrent
// requests. Only 127.0.0.1 is used; the endpoint, the client and the stand-in stop by themselves.
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { APIEmbed, Client } from 'discord.js';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../commands/index.js';
import { createClient } from '../src/bot/client.js';
import { createDispatcher } from '../src/bot/dispatch.js';
import { createLogger } from '../src/bot/log.js';
import { parseConfig } from '../src/config.js';
import { loadLibrary } from '../src/load/library.js';
import { DiscordStandIn, snowflake, type AutocompleteRequest, type InteractionRequest, type SentInteraction } from './discord-standin.js';
import { Spawned } from './helpers/spawned.js';
import { root } from './helpers/run.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsTaNd.http-not-a-real-token-2b8d';
const APP = '109876543210987654';
const GUILD = '209876543210987654';
const COOLDOWN = 30;
const EPHEMERAL = 64;
const ARTICLES = 'data/articles';
const library = loadLibrary({ dir: join(root, ARTICLES) });

interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: unknown;
  flags?: number;
}
interface Callback {
  type: number;
  data?: MessageData & { choices?: { name: string; value: string }[] };
}
interface Answered {
  readonly sent: SentInteraction;
  readonly callback: Callback;
  /** The PATCH of the original message, for a deferred reply. */
  readonly edit?: MessageData;
}

/** A reply as the user sees it, with the interaction id (named in error replies) made generic. */
function shown(message: MessageData | undefined, sent: SentInteraction) {
  return {
    content: message?.content?.replaceAll(sent.id, '<id>'),
    embeds: message?.embeds ?? [],
    allowed_mentions: message?.allowed_mentions,
    flags: message?.flags ?? 0,
  };
}

describe('the HTTP interactions endpoint', () => {
  let standIn: DiscordStandIn;
  let endpoint: Spawned;
  let url: string;
  let gateway: Client | undefined;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 1000 });
    endpoint = new Spawned(join('dist', 'app', 'serve-http.js'), {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_PUBLIC_KEY: standIn.publicKeyHex,
      DISCORD_API_URL: standIn.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      ARTICLES_DIR: ARTICLES,
      CACHE_DIR: 'off',
      LOG_LEVEL: 'info',
      COOLDOWN_SECONDS: String(COOLDOWN),
    });
    const listening = await endpoint.waitForLog((l) => l.msg === 'listening', 20_000);
    url = `http://127.0.0.1:${String(listening.port)}`;

    // The gateway bot's path, for comparison: the real discord.js client and the same dispatcher.
    const config = parseConfig({ DISCORD_API_URL: standIn.apiUrl, COOLDOWN_SECONDS: String(COOLDOWN) });
    gateway = createClient(config);
    const dispatcher = createDispatcher({ library, commands: commandsByName, logger: createLogger({ level: 'silent' }), cooldownSeconds: COOLDOWN });
    gateway.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
    const ready = new Promise((resolve) => gateway!.once(Events.ClientReady, resolve));
    await gateway.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    await gateway?.destroy();
    endpoint?.signal('SIGKILL');
    await standIn?.close();
  });

  async function viaHttp(request: InteractionRequest | AutocompleteRequest): Promise<Answered & { status: number; latencyMs: number }> {
    const delivery = await standIn.postInteraction(`${url}/interactions`, request);
    const callback = delivery.response as Callback;
    const edit = callback.type === 5 ? ((await standIn.editOf(delivery.sent)).body as MessageData) : undefined;
    return { sent: delivery.sent, status: delivery.status, latencyMs: delivery.latencyMs, callback, ...(edit && { edit }) };
  }

  async function viaGateway(request: InteractionRequest | AutocompleteRequest): Promise<Answered> {
    const sent = 'focused' in request ? standIn.autocomplete(request) : standIn.chatInput(request);
    const callback = (await standIn.callbackOf(sent)).body as Callback;
    const edit = callback.type === 5 ? ((await standIn.editOf(sent)).body as MessageData) : undefined;
    return { sent, callback, ...(edit && { edit }) };
  }

  const user = () => ({ userId: snowflake() });

  // ── The good path ───────────────────────────────────────────────────────────────────────────

  it('GET /healthz: ready, with the articles loaded', async () => {
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, articles: library.entries.length });
    expect((await fetch(`${url}/healthz`, { method: 'HEAD' })).status).toBe(200);
  });

  it('PING is answered with PONG', async () => {
    expect(await standIn.postPing(`${url}/interactions`)).toEqual({ status: 200, response: { type: 1 } });
  });

  it.each<[string, InteractionRequest]>([
    ['/who Lavrov', { command: 'who', options: { query: 'Lavrov' } }],
    ['/who Lavrov in Indonesian', { command: 'who', options: { query: 'Lavrov' }, locale: 'id' }],
    ['/quote Putin', { command: 'quote', options: { query: 'Putin' } }],
    ['/where with a hostile query', { command: 'where', options: { query: '@everyone <@&1> **Moskow**' } }],
    ['/source', { command: 'source' }],
    ['an article that is not loaded', { command: 'who', options: { query: 'Lavrov', article: '../../etc/passwd' } }],
    ['an unknown command', { command: 'gone' }],
  ])('%s: a type 4 reply whose data is what the gateway bot sends for the same input', async (_, request) => {
    const http = await viaHttp({ ...request, ...user() });
    const gatewayReply = await viaGateway({ ...request, ...user() });
    expect(http.status).toBe(200);
    expect(http.callback.type).toBe(4);
    expect(gatewayReply.callback.type).toBe(4);
    expect(shown(http.callback.data, http.sent)).toEqual(shown(gatewayReply.callback.data, gatewayReply.sent));
    expect(http.callback.data?.allowed_mentions).toEqual({ parse: [] });
    await expect(standIn.callbackOf(http.sent)).resolves.toMatchObject({ status: 204, via: 'http-response' });
  });

  it('/who Lavrov cites ¶2 in a public embed', async () => {
    const { callback } = await viaHttp({ command: 'who', options: { query: 'Lavrov' }, ...user() });
    expect(callback.data?.flags ?? 0).toBe(0);
    expect(callback.data?.embeds?.[0]?.fields?.[0]?.name).toBe('¶2');
    const log = await endpoint.waitForLog((l) => l.msg === 'interaction' && l.command === 'who' && l.found === true);
    expect(log).toMatchObject({ outcome: 'answered', latencyMs: expect.any(Number) });
  });

  it('/ask defers (type 5) like the gateway bot, then PATCHes the same answer onto the original message', async () => {
    const request: InteractionRequest = { command: 'ask', options: { question: 'Siapa Menteri Luar Negeri Rusia?' } };
    const http = await viaHttp({ ...request, ...user() });
    const gatewayReply = await viaGateway({ ...request, ...user() });
    expect(http.callback).toEqual({ type: 5, data: { flags: 0 } });
    expect(http.callback).toEqual(gatewayReply.callback);
    expect(shown(http.edit, http.sent)).toEqual(shown(gatewayReply.edit, gatewayReply.sent));
    expect(http.edit?.embeds?.[0]?.fields?.some((f) => f.name === '¶2')).toBe(true);
    const patch = await standIn.editOf(http.sent);
    expect(patch.status).toBe(200);
    expect(patch.authorized).toBe(false); // the interaction token is the credential; no bot token in HTTP mode
    expect(patch.query).toEqual({});
  });

  it.each<[string, AutocompleteRequest]>([
    ['people for /who', { command: 'who', focused: 'query', options: { query: 'lavr' } }],
    ['places for /where', { command: 'where', focused: 'query', options: { query: 'mosk' } }],
    ['articles for the article option', { command: 'who', focused: 'article', options: { article: 'tempo' } }],
    ['an empty query', { command: 'quote', focused: 'query', options: { query: '' } }],
  ])('autocomplete, %s: type 8 with the choices the gateway bot offers', async (_, request) => {
    const http = await viaHttp(request);
    const gatewayReply = await viaGateway(request);
    expect(http.callback.type).toBe(8);
    expect(http.callback.data?.choices?.length).toBeGreaterThan(0);
    expect(http.callback).toEqual(gatewayReply.callback);
  });

  it('a second command within the cooldown is told, ephemerally, how long to wait', async () => {
    const who = user();
    expect((await viaHttp({ command: 'help', ...who })).callback.data?.flags ?? 0).toBe(0);
    const second = await viaHttp({ command: 'help', ...who });
    expect(second.callback.type).toBe(4);
    expect(second.callback.data?.flags).toBe(EPHEMERAL);
    expect(second.callback.data?.content).toMatch(/wait \d+ s/);
  });

  // ── Refusals: nothing behind them is touched ────────────────────────────────────────────────

  describe('refusals', () => {
    const refused: SentInteraction[] = [];

    /** A registered /who interaction's body; it must never be answered. */
    function unanswerable(): string {
      const { sent, body } = standIn.httpInteraction({ command: 'who', options: { query: 'Lavrov' }, ...user() });
      refused.push(sent);
      return body;
    }

    const post = (headers: Record<string, string>, body: string | Buffer, path = '/interactions') =>
      fetch(`${url}${path}`, { method: 'POST', headers, body });

    it('no signature, or only half of it: 401', async () => {
      const body = unanswerable();
      const { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } = standIn.signedHeaders(body);
      expect((await post({ 'content-type': 'application/json' }, body)).status).toBe(401);
      expect((await post({ 'x-signature-ed25519': signature! }, body)).status).toBe(401);
      expect((await post({ 'x-signature-timestamp': timestamp! }, body)).status).toBe(401);
    });

    it('a bad signature: 401 (another body, another key, a flipped bit, not hex, another timestamp)', async () => {
      const body = unanswerable();
      const headers = standIn.signedHeaders(body);
      const signature = headers['x-signature-ed25519']!;
      const other = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD });
      const foreign = other.signedHeaders(body);
      await other.close();
      const flipped = (parseInt(signature[0]!, 16) ^ 1).toString(16) + signature.slice(1);
      const cases: Record<string, string>[] = [
        standIn.signedHeaders(body.replace('Lavrov', 'Putin')),
        foreign,
        { ...headers, 'x-signature-ed25519': flipped },
        { ...headers, 'x-signature-ed25519': 'z'.repeat(128) },
        { ...headers, 'x-signature-ed25519': signature.slice(0, 64) },
        { ...headers, 'x-signature-timestamp': String(Number(headers['x-signature-timestamp']) - 1) },
      ];
      for (const h of cases) {
        const res = await post(h, body);
        expect(res.status).toBe(401);
        expect(await res.json()).toMatchObject({ error: expect.stringContaining('signature') });
      }
    });

    it('a timestamp more than 5 minutes old (a replay) or ahead: 401, even when signed', async () => {
      const body = unanswerable();
      const now = Math.floor(Date.now() / 1000);
      expect((await post(standIn.signedHeaders(body, String(now - 6 * 60)), body)).status).toBe(401);
      expect((await post(standIn.signedHeaders(body, String(now + 6 * 60)), body)).status).toBe(401);
    });

    it('a body over 64 KB: 413, whether announced by Content-Length or streamed', async () => {
      const body = JSON.stringify({ ...(JSON.parse(unanswerable()) as object), padding: 'x'.repeat(70_000) });
      expect((await post(standIn.signedHeaders(body), body)).status).toBe(413);
      const streamed = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${url}/interactions`, { method: 'POST', headers: { ...standIn.signedHeaders(body), 'transfer-encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        for (let i = 0; i < body.length; i += 8192) req.write(body.slice(i, i + 8192));
        req.end();
      });
      expect(streamed).toBe(413);
    });

    it('other paths: 404; other methods: 405 with Allow', async () => {
      const body = unanswerable();
      expect((await post(standIn.signedHeaders(body), body, '/')).status).toBe(404);
      expect((await post(standIn.signedHeaders(body), body, '/interactions/x')).status).toBe(404);
      expect((await fetch(`${url}/.env`)).status).toBe(404);
      const get = await fetch(`${url}/interactions`);
      expect(get.status).toBe(405);
      expect(get.headers.get('allow')).toBe('POST');
      const put = await fetch(`${url}/interactions`, { method: 'PUT', headers: standIn.signedHeaders(body), body });
      expect(put.status).toBe(405);
      expect((await post(standIn.signedHeaders(body), body, '/healthz')).status).toBe(405);
    });

    it('touched nothing: no answer, no REST request, no interaction logged for any refused request', async () => {
      expect(refused.length).toBeGreaterThan(0);
      // Give a stray answer time to show.
      await new Promise((r) => setTimeout(r, 200));
      for (const sent of refused) {
        expect(standIn.requestsFor(sent)).toEqual([]);
        expect(endpoint.logs.filter((l) => l.interaction === sent.id)).toEqual([]);
      }
      expect(endpoint.logs.filter((l) => l.msg === 'request refused').map((l) => l.status)).toEqual(
        expect.arrayContaining([401, 404, 405, 413]),
      );
    });
  });

  // ── Load ────────────────────────────────────────────────────────────────────────────────────

  it('a burst of 200 concurrent requests is answered correctly', async () => {
    const kinds: (InteractionRequest | AutocompleteRequest)[] = [
      { command: 'who', options: { query: 'Lavrov' } },
      { command: 'who', options: { query: 'Kim Jong Un' } },
      { command: 'quote', options: { query: 'Putin' } },
      { command: 'where', options: { query: 'Moskow' } },
      { command: 'when', options: { query: 'perjanjian kemitraan' } },
      { command: 'source' },
      { command: 'search', options: { query: 'bantuan militer' } },
      { command: 'who', focused: 'query', options: { query: 'choe' } },
    ];
    // The answer to each, one at a time first.
    const expected = [];
    for (const request of kinds) {
      const reference = await viaHttp({ ...request, ...user() });
      expected.push({ type: reference.callback.type, reply: reference.callback.type === 8 ? reference.callback : shown(reference.edit ?? reference.callback.data, reference.sent) });
    }

    const burst = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const result = await viaHttp({ ...kinds[i % kinds.length]!, ...user() });
        return { i, result };
      }),
    );
    for (const { i, result } of burst) {
      const want = expected[i % kinds.length]!;
      expect(result.status, `request ${i}`).toBe(200);
      expect(result.callback.type, `request ${i}`).toBe(want.type);
      const got = result.callback.type === 8 ? result.callback : shown(result.edit ?? result.callback.data, result.sent);
      expect(got, `request ${i}`).toEqual(want.reply);
    }
    const ids = new Set(burst.map(({ result }) => result.sent.id));
    const work = endpoint.logs.filter((l) => l.msg === 'interaction' && ids.has(String(l.interaction))).map((l) => Number(l.latencyMs));
    const spread = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
      return `p50 ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}, max ${at(1)}`;
    };
    console.log(
      `burst of 200 on loopback: ms to the HTTP response ${spread(burst.map(({ result }) => result.latencyMs))}; ` +
        `ms in the dispatcher per command (${work.length} logged) ${spread(work)}`,
    );
  });

  // ── Stopping ────────────────────────────────────────────────────────────────────────────────

  it('SIGTERM stops it with exit code 0', async () => {
    endpoint.signal('SIGTERM');
    expect(await endpoint.exited).toBe(0);
    expect(endpoint.logs.map((l) => l.msg)).toContain('stopped');
    // The one error logged is the unknown command's, on purpose.
    expect(endpoint.logs.filter((l) => (l.level ?? 0) >= 50 && l.command !== 'gone')).toEqual([]);
  });
});

describe('start-up of the HTTP endpoint', () => {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ARTICLES_DIR: ARTICLES, CACHE_DIR: 'off', DISCORD_PUBLIC_KEY: '' };

  it('refuses to start without DISCORD_PUBLIC_KEY, in one line naming it', async () => {
    // Both ways, 2: a setting is missing (README, Exit codes).
    const direct = new Spawned(join('dist', 'app', 'serve-http.js'), env);
    expect(await direct.exited).toBe(2);
    expect(direct.output).toContain('kutip: Missing DISCORD_PUBLIC_KEY');
    const cli = new Spawned(join('dist', 'app', 'cli.js'), env, { args: ['serve-http'] });
    expect(await cli.exited).toBe(2);
    expect(cli.output).toContain('kutip: Missing DISCORD_PUBLIC_KEY');
  });

  it('kutip serve-http serves the endpoint too', async () => {
    const standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD });
    const cli = new Spawned(join('dist', 'app', 'cli.js'), { ...env, DISCORD_PUBLIC_KEY: standIn.publicKeyHex, PORT: '0', HOST: '127.0.0.1' }, { args: ['serve-http'] });
    try {
      const listening = await cli.waitForLog((l) => l.msg === 'listening', 20_000);
      expect(await standIn.postPing(`http://127.0.0.1:${String(listening.port)}/interactions`)).toEqual({ status: 200, response: { type: 1 } });
      cli.signal('SIGTERM');
      expect(await cli.exited).toBe(0);
    } finally {
      cli.signal('SIGKILL');
      await standIn.close();
    }
  });
});
