// /timeline and /people a page at a time, over the library of every fixture article (dozens of
// events, dozens of people, in both languages): pages in order, no line repeated or lost across
// pages, each page within its bound and citing only its own lines, total/page/pages/unit in the JSON
// contract, "Page N of M" in text, `kutip ask --page N`, a page past the end answered as such; and on
// Discord the Previous / Next buttons walking those pages through the one paging path, over the
// gateway (the real discord.js client against the loopback Discord) and the HTTP endpoint alike.
// Only 127.0.0.1 is used; the client, the endpoint and the stand-in stop by themselves.
import type { APIEmbed, Client } from 'discord.js';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../commands/index.js';
import { EVENTS_PER_PAGE } from '../src/answer/timeline.js';
import { PEOPLE_PER_PAGE } from '../src/answer/people.js';
import { find } from '../src/answer/index.js';
import { createClient } from '../src/bot/client.js';
import { createDispatcher } from '../src/bot/dispatch.js';
import { createEndpoint, type Endpoint } from '../src/bot/http-endpoint.js';
import { createLogger } from '../src/bot/log.js';
import { parseConfig } from '../src/config.js';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { loadLibrary } from '../src/load/library.js';
import { readQuery } from '../src/query/query.js';
import { decodePageId } from '../src/render/page-id.js';
import { renderText } from '../src/render/text.js';
import type { CastMember, Finding, TimelineEvent } from '../src/findings.js';
import { DiscordStandIn, snowflake } from './discord-standin.js';
import { fixturesDir } from './helpers/articles.js';
import { kutip } from './helpers/run.js';

const library = loadLibrary({ dir: fixturesDir });
const findPage = (command: 'timeline' | 'people', page: number, query = ''): Finding => find(library, readQuery({ command, query, page }));

/** Every page of an answer, from 1 up to the page past the end (which must say so). */
function pagesOf(command: 'timeline' | 'people', query = ''): Finding[] {
  const out: Finding[] = [];
  for (let page = 1; page <= 200; page++) {
    const finding = findPage(command, page, query);
    if (finding.said.kind === 'no-page') {
      expect(finding.paging).toMatchObject({ page, pages: page - 1 });
      return out;
    }
    out.push(finding);
  }
  throw new Error('more than 200 pages');
}

const eventsOf = (f: Finding): readonly TimelineEvent[] => (f.said.kind === 'timeline' ? f.said.events : []);
const castOf = (f: Finding): readonly CastMember[] => (f.said.kind === 'cast' ? f.said.people : []);
const sorted = (keys: string[]): string[] => [...keys].sort();

describe('/timeline a page at a time', () => {
  const pages = pagesOf('timeline');
  const events = pages.flatMap(eventsOf);

  it('pages every dated mention of the library exactly once, ten a page, in order of date', () => {
    const every = library.entries.flatMap((e) => e.understanding.dates.map((d) => `${e.article.id} ¶${d.paragraph} ${d.text}`));
    expect(every.length).toBeGreaterThan(2 * EVENTS_PER_PAGE);
    expect(sorted(events.map((e) => `${e.ref.article} ¶${e.ref.paragraph} ${e.date.text}`))).toEqual(sorted(every));
    expect(pages.length).toBe(Math.ceil(every.length / EVENTS_PER_PAGE));
    pages.forEach((page, i) => {
      expect(page.paging).toMatchObject({ total: every.length, unit: 'events', page: i + 1, pages: pages.length, from: i * EVENTS_PER_PAGE + 1 });
      expect(eventsOf(page).length).toBe(i < pages.length - 1 ? EVENTS_PER_PAGE : every.length - i * EVENTS_PER_PAGE);
    });
    // Across page boundaries too: placed dates by their start, the unplaced last.
    const starts = events.map((e) => e.date.start ?? '\uffff');
    expect(starts).toEqual([...starts].sort());
  });

  it('each page cites the paragraphs of its own events, and only those', () => {
    for (const page of pages) {
      const refs = new Set(eventsOf(page).map((e) => `${e.ref.article} ¶${e.ref.paragraph}`));
      expect(new Set(page.citations.map((c) => `${c.article} ¶${c.paragraph}`))).toEqual(refs);
    }
  });

  it('in text and JSON: the count, which lines follow, the page line; a page past the end is a clean no-page', () => {
    const second = answer(library, { command: 'timeline', query: '', page: 2 });
    expect(second).toMatchObject({ found: true, total: events.length, page: 2, pages: pages.length, unit: 'events', reason: 'answered' });
    expect(second.answer.split('\n')[0]).toBe(`${events.length} dated events, earliest first (11–20 below):`);
    expect(renderText(second).split('\n').at(-1)).toBe(`— Page 2 of ${pages.length} · ${events.length} events`);
    const id = answer(library, { command: 'timeline', query: '', page: 2, locale: 'id' });
    expect(id.answer.split('\n')[0]).toBe(`${events.length} peristiwa bertanggal, dari yang paling awal (11–20 di bawah):`);
    expect(renderText(id, { locale: 'id' }).split('\n').at(-1)).toBe(`— Halaman 2 dari ${pages.length} · ${events.length} peristiwa`);
    const beyond = answer(library, { command: 'timeline', query: '', page: pages.length + 1 });
    expect(beyond).toMatchObject({ found: false, citations: [], reason: 'no-page', page: pages.length + 1, pages: pages.length });
    expect(beyond.answer).toBe(`There is no page ${pages.length + 1}: this answer has ${pages.length} pages.`);
  });

  it('`about` pages only the articles about it', () => {
    const about = pagesOf('timeline', 'Korea Utara Rusia').flatMap(eventsOf);
    expect(about.length).toBeGreaterThan(EVENTS_PER_PAGE);
    expect(new Set(about.map((e) => e.ref.article)).size).toBeLessThan(new Set(events.map((e) => e.ref.article)).size);
  });
});

describe('/people a page at a time', () => {
  const pages = pagesOf('people');
  const people = pages.flatMap(castOf);

  it('pages the cast exactly once, eight a page, the most prominent first', () => {
    expect(people.length).toBeGreaterThan(2 * PEOPLE_PER_PAGE);
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
    pages.forEach((page, i) => {
      expect(page.paging).toMatchObject({ total: people.length, unit: 'people', page: i + 1, pages: pages.length });
      expect(castOf(page).length).toBeLessThanOrEqual(PEOPLE_PER_PAGE);
      if (i < pages.length - 1) expect(castOf(page)).toHaveLength(PEOPLE_PER_PAGE);
    });
    const named = people.map((p) => p.refs.length);
    expect(named).toEqual([...named].sort((a, b) => b - a));
  });

  it('each page cites only paragraphs naming its own people, one per person at most', () => {
    for (const page of pages) {
      const refs = new Set(castOf(page).flatMap((p) => p.refs.map((r) => `${r.article} ¶${r.paragraph}`)));
      expect(page.citations.length).toBeGreaterThan(0);
      expect(page.citations.length).toBeLessThanOrEqual(castOf(page).length);
      for (const c of page.citations) expect(refs.has(`${c.article} ¶${c.paragraph}`)).toBe(true);
    }
  });

  it('a person named in many articles keeps one short line: the first three articles, then how many more', () => {
    const articles = Array.from({ length: 5 }, (_, i) =>
      parseArticle(`bridge-${i + 1}`, `Mayor Alan Pryce said the bridge over the Grey river would reopen in ${i + 2} weeks.\n\nWork on the east bank went on, Alan Pryce told reporters.\n`, { language: 'en' }),
    );
    const five = libraryOf(entriesOf(articles, understand));
    const line = (locale: 'en' | 'id') => answer(five, { command: 'people', query: '', locale }).answer.split('\n')[1];
    expect(line('en')).toBe('Alan Pryce — Mayor. Named in ¶1, ¶2 (bridge-1); ¶1, ¶2 (bridge-2); ¶1, ¶2 (bridge-3); and 2 more articles; not quoted.');
    expect(line('id')).toBe('Alan Pryce — Mayor. Disebut di ¶1, ¶2 (bridge-1); ¶1, ¶2 (bridge-2); ¶1, ¶2 (bridge-3); dan 2 artikel lain; tidak dikutip.');
  });

  it('kutip ask --page N gives the page as JSON and as text, in both languages; past the end, no-page', () => {
    const json = kutip(['ask', '--json', '--page', '2', '--articles-dir', fixturesDir, '/people']);
    expect(json.status).toBe(0);
    const second = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(second).toEqual(answer(library, { command: 'people', query: '', page: 2 }));
    expect(second).toMatchObject({ total: people.length, page: 2, pages: pages.length, unit: 'people' });
    const text = kutip(['ask', '--page', '2', '--lang', 'id', '--articles-dir', fixturesDir, '/tokoh']);
    expect(text.stdout).toContain(`${people.length} tokoh, yang paling menonjol lebih dulu (9–16 di bawah):`);
    expect(text.stdout).toContain(`Halaman 2 dari ${pages.length} · ${people.length} tokoh`);
    const beyond = JSON.parse(kutip(['ask', '--json', '--page', String(pages.length + 1), '--articles-dir', fixturesDir, '/people']).stdout) as Record<string, unknown>;
    expect(beyond).toMatchObject({ found: false, reason: 'no-page', citations: [] });
  });
});

// ── On Discord ────────────────────────────────────────────────────────────────────────────────

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsTaNd.lists-not-a-real-token-7c1e';
const APP = '109876543210987654';
const GUILD = '209876543210987654';
const EPHEMERAL = 64;

interface Button {
  custom_id: string;
  label?: string;
  disabled?: boolean;
}
interface Message {
  content?: string;
  embeds?: APIEmbed[];
  components?: { components: Button[] }[];
  allowed_mentions?: unknown;
  flags?: number;
}
interface Callback {
  type: number;
  data?: Message;
}

describe('/timeline and /people paging buttons on Discord', () => {
  let standIn: DiscordStandIn;
  let client: Client | undefined;
  let endpoint: Endpoint | undefined;
  let url = '';

  beforeAll(async () => {
    const silent = createLogger({ level: 'silent' });
    standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 1000 });
    const config = parseConfig({ DISCORD_API_URL: standIn.apiUrl, DISCORD_PUBLIC_KEY: standIn.publicKeyHex, PORT: '0', HOST: '127.0.0.1', COOLDOWN_SECONDS: '0' });
    const dispatcher = createDispatcher({ library, commands: commandsByName, logger: silent, cooldownSeconds: 0 });
    client = createClient(config);
    client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
    const ready = new Promise((resolve) => client!.once(Events.ClientReady, resolve));
    await client.login(TOKEN);
    await ready;
    endpoint = createEndpoint({ config: { ...config, publicKey: standIn.publicKeyHex }, library, logger: silent });
    url = `http://127.0.0.1:${(await endpoint.listen()).port}/interactions`;
  }, 120_000);

  afterAll(async () => {
    await client?.destroy();
    await endpoint?.close(0);
    await standIn?.close();
  });

  const buttonsOf = (message: Message | undefined): Button[] => (message?.components ?? []).flatMap((row) => row.components);
  const next = (message: Message | undefined) => buttonsOf(message).at(-1)!;
  const previous = (message: Message | undefined) => buttonsOf(message)[0]!;
  /** The lines of a list answer's description after its intro (the question line, if any, before it). */
  const linesOf = (message: Message | undefined) => (message?.embeds?.[0]?.description ?? '').split('\n').filter((l) => !l.startsWith('> ')).slice(1);

  async function ask(command: string, options: Record<string, string> = {}, locale = 'en-US') {
    const sent = standIn.chatInput({ command, options, locale, userId: snowflake() });
    const callback = (await standIn.callbackOf(sent)).body as Callback;
    if (callback.type === 5) await standIn.editOf(sent);
    return { callback, message: standIn.messageOf(sent)! };
  }

  async function click(message: Record<string, unknown>, customId: string, locale = 'en-US') {
    const sent = standIn.component({ customId, message, locale, userId: snowflake() });
    const callback = (await standIn.callbackOf(sent)).body as Callback;
    return { callback, message: standIn.messageOf(sent)! };
  }

  for (const [command, perPage, unit] of [['timeline', EVENTS_PER_PAGE, 'events'], ['people', PEOPLE_PER_PAGE, 'people']] as const) {
    it(`/${command}: Next walks every page in place, in order, no line twice; the last has Next disabled; Previous steps back`, async () => {
      const total = pagesOf(command).length;
      const first = await ask(command);
      expect(first.callback.data?.allowed_mentions).toEqual({ parse: [] });
      expect(first.callback.data?.embeds?.[0]?.footer?.text).toContain(`Page 1 of ${total} · `);
      expect(first.callback.data?.embeds?.[0]?.footer?.text).toContain(` ${unit}`);
      expect(previous(first.callback.data).disabled).toBe(true);
      expect(decodePageId(next(first.callback.data).custom_id)).toMatchObject({ command, page: 2 });
      const seen = linesOf(first.callback.data);
      expect(seen).toHaveLength(perPage);
      let message: Record<string, unknown> = first.message;
      for (let page = 2; page <= total; page++) {
        const step = await click(message, next(message as Message).custom_id);
        expect(step.callback.type).toBe(7);
        expect(step.callback.data?.allowed_mentions).toEqual({ parse: [] });
        expect(step.callback.data?.embeds?.[0]?.footer?.text).toContain(`Page ${page} of ${total}`);
        const lines = linesOf(step.callback.data);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.length).toBeLessThanOrEqual(perPage);
        for (const line of lines) expect(seen).not.toContain(line);
        seen.push(...lines);
        message = step.message;
      }
      expect(next(message as Message).disabled).toBe(true);
      const back = await click(message, previous(message as Message).custom_id);
      expect(back.callback.data?.embeds?.[0]?.footer?.text).toContain(`Page ${total - 1} of ${total}`);
    });
  }

  it('over the HTTP endpoint a click gives the same page as the gateway bot; a page past the end is private', async () => {
    const first = await standIn.postInteraction(url, { command: 'timeline', options: { about: 'Korea Utara Rusia' }, locale: 'id', userId: snowflake() });
    const reply = first.response as Callback;
    expect(reply.data?.embeds?.[0]?.footer?.text).toMatch(/Halaman 1 dari \d+/);
    const message = standIn.messageOf(first.sent)!;
    const clicked = await standIn.postInteraction(url, { customId: next(reply.data).custom_id, message, userId: snowflake() });
    const page = clicked.response as Callback;
    expect(page.type).toBe(7);
    const viaGateway = await click((await ask('timeline', { about: 'Korea Utara Rusia' }, 'id')).message, next(reply.data).custom_id);
    expect(page.data?.embeds).toEqual(viaGateway.callback.data?.embeds);
    const state = decodePageId(next(reply.data).custom_id)!;
    const pages = pagesOf('timeline', 'Korea Utara Rusia').length;
    const beyondId = next(reply.data).custom_id.replace(/^(kp1\.ti\.)\w+/, `$1${(pages + 1).toString(36)}`);
    expect(decodePageId(beyondId)).toMatchObject({ ...state, page: pages + 1 });
    const beyond = await standIn.postInteraction(url, { customId: beyondId, message, userId: snowflake() });
    expect((beyond.response as Callback).data?.flags).toBe(EPHEMERAL);
    expect((beyond.response as Callback).data?.content).toContain(`There is no page ${pages + 1}`);
  });

  it('every reply kept Discord’s limits (the stand-in refuses any other)', () => {
    expect(standIn.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} → ${r.status}`)).toEqual([]);
  });
});
