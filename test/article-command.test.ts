// Issue 13, item 4: /article add, /article remove and /articles on Discord, through the loopback
// Discord (the bot process as `npm start` runs it, the real discord.js client) and through the HTTP
// interactions endpoint (`npm run start:http`). Pages come from a web server on 127.0.0.1, which
// only KUTIP_FETCH_ALLOW_LOOPBACK=1 lets kutip fetch from. Every wait is on a request the stand-in
// received or a line the bot logged, never on a sleep.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticle, type AddedArticle } from '../src/add/add-article.js';
import { en } from '../src/render/words/en.js';
import { id as indonesian } from '../src/render/words/id.js';
import { DiscordStandIn, snowflake, type InteractionRequest } from './discord-standin.js';
import { APP, EPHEMERAL, GUILD, command, exchangeOf, fakeToken, startBot, type BotProcess, type LogLine, type MessageBody } from './helpers/bot.js';
import { dataDir, fixturesDir, TEMPO } from './helpers/articles.js';
import { pageBytes, serve, startPageServer, type PageServer } from './helpers/page-server.js';
import { Spawned } from './helpers/spawned.js';
import { tempFolder } from './helpers/temp.js';

/** Manage Server (0x20), as Discord sends a member's permissions. */
const MANAGE_SERVER = '32';
/** Administrator (0x8): every permission. */
const ADMINISTRATOR = '8';

let pages: PageServer;

/** A folder holding the repository's articles, which the bot may change. */
function articlesFolder(): string {
  const dir = tempFolder('kutip-article-cmd-');
  for (const name of readdirSync(dataDir)) copyFileSync(join(dataDir, name), join(dir, name));
  return dir;
}

/** What `kutip add` makes of a page, in a folder of its own: what the Discord reply must show. */
async function reference(path: string): Promise<AddedArticle> {
  const scratch = tempFolder('kutip-article-ref-');
  const result = await addArticle({ url: `${pages.origin}${path}` }, { dir: scratch, fetch: { allowLoopback: true } });
  if (!result.ok) throw new Error(`reference add refused: ${result.problem.code}`);
  return result.article;
}

/** Waits until the bot has logged reloads that, together, added every one of `ids`. */
function reloadedWith(bot: Spawned, ids: readonly string[]): Promise<LogLine> {
  const added = () => new Set(bot.logs.filter((l) => l.msg === 'articles reloaded').flatMap((l) => (l.ids as { added: string[] }).added));
  return bot.waitForLog(() => ids.every((id) => added().has(id)), 20_000);
}

beforeAll(async () => {
  pages = await startPageServer();
  pages.route('/berita/jepang-sanksi', serve(pageBytes('antara-amp.html')));
  pages.route('/berita/untuk-yang-tak-berhak', serve(pageBytes('cnnindonesia-detail.html')));
  pages.route('/indeks', serve(pageBytes('no-article.html')));
  pages.route('/besar', serve(`<html><body><p>${'kata '.repeat(1_300_000)}</p></body></html>`));
  pages.route('/en/harbour', serve(pageBytes('en-harbour-latin1.html'), 'text/html; charset=iso-8859-1'));
});

afterAll(async () => {
  await pages?.close();
});

describe('/article and /articles through the gateway', () => {
  const token = fakeToken('article');
  let standIn: DiscordStandIn;
  let bot: BotProcess;
  let dir: string;
  let added: AddedArticle;

  beforeAll(async () => {
    dir = articlesFolder();
    standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 170_000 });
    bot = await startBot(standIn, token, { ARTICLES_DIR: dir, KUTIP_FETCH_ALLOW_LOOPBACK: '1' });
    added = await reference('/berita/jepang-sanksi');
  });

  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });

  /** Sends /article <sub> and waits for what the user sees. */
  function article(subcommand: 'add' | 'remove', options: Record<string, string>, request: Partial<InteractionRequest> = {}) {
    const sent = standIn.chatInput({ command: 'article', subcommand, options, permissions: MANAGE_SERVER, userId: snowflake(), ...request });
    return exchangeOf(standIn, bot, sent, 30_000);
  }

  const deferredPrivately = (sent: { id: string; token: string }) =>
    (standIn.requestsFor(sent).find((r) => r.path.endsWith('/callback'))?.body as { type: number; data?: { flags?: number } }).data?.flags;

  it('adds the article at a link, replies privately once it is served, and the next command answers from it', async () => {
    const before = pages.requests.length;
    const exchange = await article('add', { url: `${pages.origin}/berita/jepang-sanksi` });
    expect(pages.requests.length).toBeGreaterThan(before);
    expect(exchange.type).toBe(5);
    expect(deferredPrivately(exchange.sent)).toBe(EPHEMERAL);
    expect(exchange.log.outcome).toBe('added');
    const embed = exchange.message.embeds?.[0];
    expect(embed?.title).toBe(added.title);
    expect(embed?.description).toContain(`${en.articles.added} ${en.articles.servedNow}`);
    expect(embed?.description).toContain(added.lede.slice(0, 60));
    expect(Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]))).toEqual({
      Outlet: added.outlet,
      Published: '26 August 2017',
      Paragraphs: String(added.paragraphs),
      Id: `\`${added.id}\``,
    });
    expect(exchange.message.allowed_mentions).toEqual({ parse: [] });
    expect(readdirSync(dir).sort()).toEqual([`${added.id}.json`, `${added.id}.txt`, `${TEMPO}.json`, `${TEMPO}.txt`].sort());
    // Served before the reply was sent: the very next command finds it, with no wait.
    const source = await command(standIn, bot, 'source', { article: added.id });
    expect(source.log).toMatchObject({ outcome: 'answered', found: true });
    expect(source.message.embeds?.[0]?.fields?.at(-1)?.value).toContain(added.title!);
    expect(bot.logs.find((l) => l.msg === 'articles reloaded' && (l.ids as { added: string[] }).added.includes(added.id))).toMatchObject({ added: 1, kept: 1 });
  });

  it('refuses members without Manage Server, privately and before fetching anything', async () => {
    const before = pages.requests.length;
    const files = readdirSync(dir).sort();
    for (const [permissions, locale, words] of [['2248473465835073', 'en-US', en], ['0', 'id', indonesian]] as const) {
      const add = await article('add', { url: `${pages.origin}/berita/untuk-yang-tak-berhak` }, { permissions, locale });
      expect(add.type).toBe(4);
      expect(add.message).toMatchObject({ content: words.articles.notAllowed, flags: EPHEMERAL, allowed_mentions: { parse: [] } });
      expect(add.log.outcome).toBe('not-allowed');
      const remove = await article('remove', { id: TEMPO }, { permissions, locale });
      expect(remove.message).toMatchObject({ content: words.articles.notAllowed, flags: EPHEMERAL });
    }
    expect(pages.requests.length).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it.each([
    ['a cloud metadata address', 'http://169.254.169.254/latest/meta-data/', en.articles.refused.address({ reason: 'address' })],
    ['a private address inside IPv6', 'http://[::ffff:10.1.2.3]/berita', en.articles.refused.address({ reason: 'address' })],
    ['another scheme', 'file:///etc/passwd', en.articles.refused.address({ reason: 'address' })],
    ['text that is no link', 'berita hari ini', en.articles.refused['bad-link']({ reason: 'bad-link' })],
    ['a page with no article', '/indeks', 'No article found on that page.'],
    ['a page over 5 MB', '/besar', 'The page is larger than 5 MB.'],
    ['a missing page', '/hilang', 'The site answered HTTP 404 instead of the page.'],
  ])('refuses %s with one plain private line', async (_, url, text) => {
    const files = readdirSync(dir).sort();
    const exchange = await article('add', { url: url.startsWith('/') ? `${pages.origin}${url}` : url });
    expect(deferredPrivately(exchange.sent)).toBe(EPHEMERAL);
    expect(exchange.message.content).toBe(text);
    expect(exchange.message.content).not.toMatch(/10\.1\.2\.3|127\.0\.0\.1/);
    expect(exchange.log.outcome).toBe('refused');
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('refuses the same article twice naming the one it has, in the asker\'s language', async () => {
    const exchange = await article('add', { url: `${pages.origin}/berita/jepang-sanksi` }, { locale: 'id' });
    expect(exchange.message.content).toBe(`Artikel itu sudah ada di pustaka, sebagai \`${added.id}\`.`);
  });

  it('suggests the loaded articles for /article remove', async () => {
    const sent = standIn.autocomplete({ command: 'article', subcommand: 'remove', focused: 'id', options: { id: 'jepang' }, permissions: MANAGE_SERVER });
    const callback = (await standIn.callbackOf(sent)).body as { type: number; data: { choices: { value: string }[] } };
    expect(callback.type).toBe(8);
    expect(callback.data.choices.map((c) => c.value)).toContain(added.id);
  });

  it('lists the library for everyone, newest first, a page at a time', async () => {
    const dated = ['antara-2017-08-26-jepang-sanksi-korut.txt', 'cnnindonesia-2017-03-06-ekonomi-china.txt', 'cnnindonesia-2017-05-17-tpp-apec.txt',
      'en-dates-2024-06-21-river-flood.txt', 'en-people-2024-05-20-tokyo-talks.txt', 'en-places-2023-09-15-port-alder-strike.txt',
      'en-quotes-2024-03-14-harbour-talks.txt', 'id-quotes-2017-06-02-rapat-dpr.txt', 'rimanews-2017-04-18-pilkada-dki.txt', 'en-council-vote.txt'];
    for (const name of dated) copyFileSync(join(fixturesDir, name), join(dir, name));
    await reloadedWith(bot, dated.map((n) => n.replace(/\.txt$/, '')));

    const first = await command(standIn, bot, 'articles', {});
    expect(first.type).toBe(4);
    expect(first.message.flags ?? 0).toBe(0);
    const embed = first.message.embeds![0]!;
    expect(embed.title).toBe('Articles (12)');
    expect(embed.footer?.text).toBe('Page 1 of 2');
    const lines = embed.description!.split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^1\. .*`tempo-2024-11-02-korut-rusia`$/);
    expect(lines[1]).toMatch(/^2\. .*`en-dates-2024-06-21-river-flood`$/);

    const sent = standIn.chatInput({ command: 'articles', options: { page: 2 }, locale: 'id' });
    const second = await exchangeOf(standIn, bot, sent);
    expect(second.message.embeds![0]).toMatchObject({ title: 'Artikel (12)', footer: { text: 'Halaman 2 dari 2' } });
    expect(second.message.embeds![0]!.description!.split('\n')).toEqual([expect.stringMatching(/^11\. /), expect.stringMatching(/^12\. .*`en-council-vote`$/)]);
    const past = await exchangeOf(standIn, bot, standIn.chatInput({ command: 'articles', options: { page: 99 } }));
    expect(past.message.embeds![0]!.footer?.text).toBe('Page 2 of 2');
  });

  it('removes an article by its loaded id, and stops answering from it', async () => {
    const unknown = await article('remove', { id: `../${TEMPO}` }, { permissions: ADMINISTRATOR });
    expect(unknown.message).toMatchObject({ content: `There is no article “../${TEMPO}”. Pick one from the list the \`id\` option suggests.` });
    expect(existsSync(join(dir, `${TEMPO}.txt`))).toBe(true);

    const removed = await article('remove', { id: added.id }, { permissions: ADMINISTRATOR });
    expect(deferredPrivately(removed.sent)).toBe(EPHEMERAL);
    expect(removed.message.content).toBe(`${en.articles.removed(added.title!)} ${en.articles.goneNow}`);
    expect(removed.log.outcome).toBe('removed');
    expect(readdirSync(dir).filter((n) => n.startsWith(added.id))).toEqual([]);
    const source = await command(standIn, bot, 'source', { article: added.id });
    expect(source.log.outcome).toBe('unknown-article');
    expect(bot.logs.filter((l) => (l.level ?? 0) >= 50)).toEqual([]);
  });
});

describe('/article through the HTTP interactions endpoint, and its live library', () => {
  let standIn: DiscordStandIn;
  let endpoint: Spawned;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    dir = articlesFolder();
    standIn = await DiscordStandIn.start({ token: fakeToken('article-http'), applicationId: APP, guildId: GUILD, lifetimeMs: 170_000 });
    endpoint = new Spawned(join('dist', 'app', 'serve-http.js'), {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_PUBLIC_KEY: standIn.publicKeyHex,
      DISCORD_API_URL: standIn.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      ARTICLES_DIR: dir,
      CACHE_DIR: 'off',
      LOG_LEVEL: 'info',
      KUTIP_FETCH_ALLOW_LOOPBACK: '1',
    }, { lifetimeMs: 170_000 });
    const listening = await endpoint.waitForLog((l) => l.msg === 'listening', 20_000);
    url = `http://127.0.0.1:${String(listening.port)}`;
  });

  afterAll(async () => {
    await endpoint?.stop();
    await standIn?.close();
  });

  const articles = async () => ((await (await fetch(`${url}/healthz`)).json()) as { articles: number }).articles;

  it('serves an article dropped into the folder by hand', async () => {
    expect(await articles()).toBe(1);
    copyFileSync(join(fixturesDir, 'en-council-vote.txt'), join(dir, 'council.txt'));
    await reloadedWith(endpoint, ['council']);
    expect(await articles()).toBe(2);
    const delivery = await standIn.postInteraction(`${url}/interactions`, { command: 'who', options: { query: 'Diane Whitfield', article: 'council' } });
    expect(delivery.response).toMatchObject({ type: 4 });
    expect((delivery.response as { data: MessageBody }).data.embeds?.[0]?.title).toMatch(/Diane Whitfield/);
  });

  it('adds from a link with Manage Server (a private deferral, then the edit), and refuses without it', async () => {
    const expected = await reference('/en/harbour');
    const delivery = await standIn.postInteraction(`${url}/interactions`, {
      command: 'article', subcommand: 'add', options: { url: `${pages.origin}/en/harbour` }, permissions: MANAGE_SERVER,
    });
    expect(delivery.response).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = (await standIn.editOf(delivery.sent, 30_000)).body as MessageBody;
    expect(edit.embeds?.[0]).toMatchObject({ title: expected.title });
    expect(edit.embeds?.[0]?.description).toContain(en.articles.servedNow);
    expect(await articles()).toBe(3);
    const who = await standIn.postInteraction(`${url}/interactions`, { command: 'source', options: { article: expected.id } });
    expect((who.response as { data: MessageBody }).data.embeds?.[0]?.title).not.toBe(en.notFoundTitle);

    const refused = await standIn.postInteraction(`${url}/interactions`, { command: 'article', subcommand: 'remove', options: { id: expected.id } });
    expect(refused.response).toEqual({ type: 4, data: { content: en.articles.notAllowed, allowed_mentions: { parse: [] }, flags: EPHEMERAL } });
    const removed = await standIn.postInteraction(`${url}/interactions`, {
      command: 'article', subcommand: 'remove', options: { id: expected.id }, permissions: MANAGE_SERVER, locale: 'id',
    });
    expect(removed.response).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const gone = (await standIn.editOf(removed.sent, 30_000)).body as MessageBody;
    expect(gone.content).toBe(`${indonesian.articles.removed(expected.title!)} ${indonesian.articles.goneNow}`);
    expect(await articles()).toBe(2);
  });
});
