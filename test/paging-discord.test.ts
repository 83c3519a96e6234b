// Paging buttons end to end: the real discord.js client against the loopback Discord, and the HTTP
// interactions endpoint, over a library of synthetic articles in which one person and one place
// recur in most articles (bench/zipf-corpus.ts). A ranked answer of several pages comes with
// Previous / Next buttons; each click is a MESSAGE_COMPONENT interaction carrying the message, and
// the bot updates that message with the next page. Pages come in order and never repeat an article;
// a page past the end, a tampered or foreign custom_id, an edited question and a library that
// changed since all get a clear ephemeral message; buttons honour the cooldown and ping nobody.
import type { APIEmbed, Client } from 'discord.js';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../commands/index.js';
import { ZipfLibrary, personOf, placeOf } from '../bench/zipf-corpus.js';
import { createClient } from '../src/bot/client.js';
import { createDispatcher, type Dispatcher } from '../src/bot/dispatch.js';
import { createEndpoint, type Endpoint } from '../src/bot/http-endpoint.js';
import { createLogger } from '../src/bot/log.js';
import { parseConfig } from '../src/config.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { decodePageId, encodePageId } from '../src/render/page-id.js';
import { DiscordStandIn, snowflake, type SentInteraction } from './discord-standin.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsTaNd.paging-not-a-real-token-7c1e';
const APP = '109876543210987654';
const GUILD = '209876543210987654';
const EPHEMERAL = 64;
const SEED = 11;

interface Button {
  type: number;
  custom_id: string;
  label?: string;
  disabled?: boolean;
}
interface Message {
  content?: string;
  embeds?: APIEmbed[];
  components?: { type: number; components: Button[] }[];
  allowed_mentions?: unknown;
  flags?: number;
}
interface Callback {
  type: number;
  data?: Message;
}

const zipf = new ZipfLibrary({ seed: SEED, people: 40, places: 30, exponent: 1.3 });
const articles = Array.from({ length: 240 }, (_, i) => zipf.article(i));
const counts = new Map<number, number>();
for (const a of articles) for (const p of a.people) counts.set(p, (counts.get(p) ?? 0) + 1);
const [topRank] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
const TOP = personOf(SEED, topRank).name;
const PLACE = placeOf(SEED, 0);

let library: Library;
let changed: Library;
let standIn: DiscordStandIn;
let client: Client | undefined;
let endpoint: Endpoint | undefined;
let url: string;
let clock = 1_000_000;
const silent = createLogger({ level: 'silent' });
/** The dispatcher the gateway client hands interactions to; tests swap it. */
let current: Dispatcher;
const dispatcherFor = (lib: Library, cooldownSeconds = 0): Dispatcher =>
  createDispatcher({ library: lib, commands: commandsByName, logger: silent, cooldownSeconds, now: () => clock });

beforeAll(async () => {
  const entries = entriesOf(articles.map((a) => parseArticle(a.id, a.text, a.sidecar)), understand);
  library = libraryOf(entries);
  changed = libraryOf(entries.slice(1));
  current = dispatcherFor(library);
  standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 1000 });
  const config = parseConfig({ DISCORD_API_URL: standIn.apiUrl, DISCORD_PUBLIC_KEY: standIn.publicKeyHex, PORT: '0', HOST: '127.0.0.1' });
  client = createClient(config);
  client.on(Events.InteractionCreate, (interaction) => void current.handle(interaction));
  const ready = new Promise((resolve) => client!.once(Events.ClientReady, resolve));
  await client.login(TOKEN);
  await ready;
  endpoint = createEndpoint({ config: { ...config, publicKey: standIn.publicKeyHex }, library, logger: silent });
  const address = await endpoint.listen();
  url = `http://127.0.0.1:${address.port}/interactions`;
}, 180_000);

afterAll(async () => {
  await client?.destroy();
  await endpoint?.close(0);
  await standIn?.close();
});

const buttonsOf = (message: Message | undefined): Button[] => (message?.components ?? []).flatMap((row) => row.components);
const next = (message: Message | undefined) => buttonsOf(message).at(-1)!;
const previous = (message: Message | undefined) => buttonsOf(message)[0]!;

async function callbackOf(sent: SentInteraction): Promise<Callback> {
  return (await standIn.callbackOf(sent)).body as Callback;
}

/** A slash command over the gateway; the message it made, as Discord holds it. */
async function ask(command: string, options: Record<string, string>, locale = 'en-US', userId = snowflake()) {
  const sent = standIn.chatInput({ command, options, locale, userId });
  const callback = await callbackOf(sent);
  if (callback.type === 5) await standIn.editOf(sent);
  return { sent, callback, message: standIn.messageOf(sent) as Message & Record<string, unknown> };
}

/** A click on a button of `message` over the gateway: the callback, and the message after it. */
async function click(message: Record<string, unknown>, customId: string, { locale = 'en-US', userId = snowflake() } = {}) {
  const sent = standIn.component({ customId, message, locale, userId });
  const callback = await callbackOf(sent);
  return { sent, callback, message: standIn.messageOf(sent) as Message & Record<string, unknown> };
}

/** The articles a page cites. */
const citedArticles = (message: Message | undefined): string[] => {
  const field = message?.embeds?.[0]?.fields?.find((f) => !f.name.startsWith('¶'));
  return field ? field.value.split('\n') : [];
};

describe('paging buttons on the loopback Discord', () => {
  it('a ranked answer of several pages carries Previous, the page and Next; nobody is pinged', async () => {
    const { callback } = await ask('who', { query: TOP });
    expect(callback.type).toBe(4);
    const data = callback.data!;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const buttons = buttonsOf(data);
    expect(buttons).toHaveLength(3);
    expect(buttons[0]!.disabled).toBe(true);
    expect(buttons[2]!.disabled).toBe(false);
    expect(buttons.every((b) => b.custom_id.length <= 100)).toBe(true);
    expect(decodePageId(buttons[2]!.custom_id)?.page).toBe(2);
    expect(data.embeds?.[0]?.footer?.text).toMatch(/Page 1 of \d+/);
    expect(data.embeds?.[0]?.description).toMatch(/Named in \d+ articles — the 5 most relevant/);
  });

  it('Next and Previous walk the pages in order, update the message in place, and never repeat an article', async () => {
    const first = await ask('where', { query: PLACE });
    const total = Number(/Named in (\d+) articles/.exec(first.message.embeds?.[0]?.description ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    const pages = Math.ceil(total / 5);
    const seen: string[] = [...citedArticles(first.message)];
    let message = first.message;
    for (let page = 2; page <= Math.min(pages, 4); page++) {
      const step = await click(message, next(message).custom_id);
      expect(step.callback.type).toBe(7);
      expect(step.callback.data?.allowed_mentions).toEqual({ parse: [] });
      expect(step.callback.data?.embeds?.[0]?.footer?.text).toContain(`Page ${page} of ${pages}`);
      const cited = citedArticles(step.message);
      expect(cited.length).toBeGreaterThan(0);
      for (const line of cited) expect(seen).not.toContain(line);
      seen.push(...cited);
      message = step.message;
    }
    const back = await click(message, previous(message).custom_id);
    expect(back.callback.type).toBe(7);
    expect(back.callback.data?.embeds?.[0]?.footer?.text).toContain(`Page ${Math.min(pages, 4) - 1} of ${pages}`);
  });

  it('the last page has Next disabled; a button past the end is answered privately, in the clicker’s language', async () => {
    const first = await ask('who', { query: TOP });
    const state = decodePageId(next(first.message).custom_id)!;
    const pages = Number(/Page 1 of (\d+)/.exec(first.message.embeds?.[0]?.footer?.text ?? '')?.[1]);
    const last = await click(first.message, encodePageId({ ...state, page: pages }));
    expect(last.callback.type).toBe(7);
    expect(next(last.callback.data).disabled).toBe(true);
    const beyond = await click(first.message, encodePageId({ ...state, page: pages + 1 }), { locale: 'id' });
    expect(beyond.callback.type).toBe(4);
    expect(beyond.callback.data?.flags).toBe(EPHEMERAL);
    expect(beyond.callback.data?.content).toContain(`Tidak ada halaman ${pages + 1}`);
    expect(beyond.callback.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('a tampered, foreign or cut custom_id, or an edited question, is refused privately and changes nothing', async () => {
    const first = await ask('who', { query: TOP });
    const good = next(first.message).custom_id;
    const edited = { ...first.message, embeds: [{ ...first.message.embeds![0]!, description: `> ${TOP} x\nsomething` }] };
    const parts = good.split('.');
    const hash = parts[4]!;
    const otherHash = [...parts.slice(0, 4), `${hash[0] === 'A' ? 'B' : 'A'}${hash.slice(1)}`, parts[5]].join('.');
    const cases: [Record<string, unknown>, string][] = [
      [first.message, otherHash],
      [first.message, good.replace(/^kp1\.w/, 'kp1.s')],
      [first.message, good.replace(/^kp1/, 'kp9')],
      [first.message, good.slice(0, 20)],
      [first.message, 'x'.repeat(100)],
      [first.message, good.replace('..', '.zzzz.')],
      [edited, good],
    ];
    for (const [message, customId] of cases) {
      const refused = await click(message, customId);
      expect(refused.callback.type, customId).toBe(4);
      expect(refused.callback.data?.flags).toBe(EPHEMERAL);
      expect(refused.callback.data?.content).toMatch(/no longer matches its answer/);
      expect(refused.callback.data?.embeds ?? []).toEqual([]);
    }
    // The highest page a custom_id can name is answered as a page past the end: no unbounded work.
    const far = await click(first.message, good.replace(/^(kp1\.we\.)\w+/, '$1zzzz'));
    expect(far.callback.data?.content).toContain('There is no page 1679615');
    // The fingerprint part names the library: another one reads as a library that changed.
    const foreign = await click(first.message, [...parts.slice(0, 5), 'ZZZZZZZZ'].join('.'));
    expect(foreign.callback.data?.flags).toBe(EPHEMERAL);
    expect(foreign.callback.data?.content).toMatch(/articles have changed/);
  });

  it('a button made before the articles changed says so, and asks to ask again', async () => {
    const first = await ask('who', { query: TOP });
    current = dispatcherFor(changed);
    try {
      const refused = await click(first.message, next(first.message).custom_id);
      expect(refused.callback.type).toBe(4);
      expect(refused.callback.data?.flags).toBe(EPHEMERAL);
      expect(refused.callback.data?.content).toMatch(/articles have changed/);
    } finally {
      current = dispatcherFor(library);
    }
  });

  it('buttons honour the per-user cooldown', async () => {
    current = dispatcherFor(library, 30);
    try {
      const user = snowflake();
      const first = await ask('who', { query: TOP }, 'en-US', user);
      const early = await click(first.message, next(first.message).custom_id, { userId: user });
      expect(early.callback.type).toBe(4);
      expect(early.callback.data?.flags).toBe(EPHEMERAL);
      expect(early.callback.data?.content).toMatch(/Please wait \d+ s/);
      clock += 31_000;
      const later = await click(first.message, next(first.message).custom_id, { userId: user });
      expect(later.callback.type).toBe(7);
      expect(later.callback.data?.embeds?.[0]?.footer?.text).toContain('Page 2 of');
    } finally {
      current = dispatcherFor(library);
    }
  });

  it('a page keeps the language it was asked in', async () => {
    const first = await ask('who', { query: TOP }, 'id');
    expect(first.message.embeds?.[0]?.footer?.text).toMatch(/Halaman 1 dari \d+/);
    expect(previous(first.message).label).toContain('Sebelumnya');
    const second = await click(first.message, next(first.message).custom_id, { locale: 'en-US' });
    expect(second.callback.data?.embeds?.[0]?.footer?.text).toMatch(/Halaman 2 dari \d+/);
  });

  it('an answer aimed at one article pages within it; an answer of one page has no buttons', async () => {
    const one = await ask('source', { article: articles[0]!.id });
    expect(buttonsOf(one.callback.data)).toEqual([]);
    const all = await ask('source', {});
    expect(all.callback.data?.embeds?.[0]?.description).toMatch(/240 articles from \d+ outlets/);
    const second = await click(all.message, next(all.message).custom_id);
    expect(second.callback.data?.embeds?.[0]?.description).toMatch(/Newest, 6–10:/);
  });
});

describe('paging buttons on the HTTP interactions endpoint', () => {
  it('a click is answered with the next page in place (type 7), the same page the gateway bot gives', async () => {
    const first = await standIn.postInteraction(url, { command: 'who', options: { query: TOP }, userId: snowflake() });
    expect(first.status).toBe(200);
    const reply = first.response as Callback;
    expect(reply.type).toBe(4);
    const message = standIn.messageOf(first.sent)!;
    const clicked = await standIn.postInteraction(url, { customId: next(reply.data).custom_id, message, userId: snowflake() });
    const page = clicked.response as Callback;
    expect(page.type).toBe(7);
    expect(page.data?.allowed_mentions).toEqual({ parse: [] });
    expect(page.data?.flags).toBeUndefined();
    const viaGateway = await click((await ask('who', { query: TOP })).message, next(reply.data).custom_id);
    expect(page.data?.embeds).toEqual(viaGateway.callback.data?.embeds);
    expect(buttonsOf(page.data).map((b) => b.custom_id)).toEqual(buttonsOf(viaGateway.callback.data).map((b) => b.custom_id));
  });

  it('a tampered custom_id over HTTP is an ephemeral refusal, never an error', async () => {
    const first = await standIn.postInteraction(url, { command: 'who', options: { query: TOP }, userId: snowflake() });
    const message = standIn.messageOf(first.sent)!;
    const refused = await standIn.postInteraction(url, { customId: 'kp1.we.2..AAAAAAAAAA.AAAAAAAA', message, userId: snowflake() });
    expect(refused.status).toBe(200);
    const data = (refused.response as Callback).data;
    expect((refused.response as Callback).type).toBe(4);
    expect(data?.flags).toBe(EPHEMERAL);
    expect(data?.content).toMatch(/articles have changed|no longer matches/);
  });
});
