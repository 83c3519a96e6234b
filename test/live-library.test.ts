// Issue 13, item 3: the live library, in this process. A new, changed or removed article is served
// without a restart; unchanged articles keep their entries; a bad file keeps the previous good
// version; a burst of changes is read as one; the cache keeps working; the folder may vanish and come
// back; an interaction in flight keeps the library it started with. Every wait is on the reload
// event (LiveLibrary.onReload), never on a sleep; the debounce itself is tested on fake timers.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandsByName } from '../commands/index.js';
import { createDispatcher, type Replier } from '../src/bot/dispatch.js';
import { createLogger } from '../src/bot/log.js';
import { serveLive } from '../src/bot/live.js';
import { parseConfig } from '../src/config.js';
import { answer } from '../src/core.js';
import { loadLibrary } from '../src/load/library.js';
import { LiveLibrary, loadLiveLibrary, type ReloadReport } from '../src/load/live-library.js';
import { watchArticles, type ArticleWatcher } from '../src/load/watch-articles.js';
import { render, type Payload } from '../src/render/embed.js';
import type { LogLine } from './helpers/bot.js';
import { fixturesDir, fixtureText } from './helpers/articles.js';

const made: string[] = [];
const watchers: ArticleWatcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.close();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding these fixture articles, under the names given. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kutip-live-'));
  made.push(dir);
  for (const [name, fixture] of Object.entries(files)) copyFileSync(join(fixturesDir, fixture), join(dir, name));
  return dir;
}

/** The next reload the library reports: one that swapped the library or met a bad file. */
const nextReload = (live: LiveLibrary): Promise<ReloadReport> =>
  new Promise((resolve) => {
    const stop = live.onReload((report) => {
      stop();
      resolve(report);
    });
  });

/** A live library over `dir`, watched as the bot watches it. */
function watched(dir: string, cacheDir?: string): LiveLibrary {
  const { live } = loadLiveLibrary({ dir, ...(cacheDir !== undefined && { cacheDir }) });
  watchers.push(watchArticles(live));
  return live;
}

const BASE = { 'tempo.txt': 'tempo-2024-11-02-korut-rusia.txt', 'council.txt': 'en-council-vote.txt' };

describe('a live library', () => {
  it('serves a new article without a restart, keeping the entries of the others', async () => {
    const dir = folder(BASE);
    const live = watched(dir);
    const before = live.current;
    expect(answer(before, { command: 'search', query: 'Felixstowe' }).found).toBe(false);

    const reloaded = nextReload(live);
    const written = performance.now();
    writeFileSync(join(dir, 'harbour.txt'), fixtureText('en-harbour-strike.txt'));
    const report = await reloaded;
    console.log(`new article served ${Math.round(performance.now() - written)} ms after it was written (fs.watch, debounce, rescan)`);

    expect(report).toMatchObject({ added: ['harbour'], changed: [], removed: [], kept: 2, articles: 3, problems: [], swapped: true });
    expect(live.current).not.toBe(before);
    const found = answer(live.current, { command: 'search', query: 'Felixstowe' });
    expect(found.citations.map((c) => c.article)).toContain('harbour');
    // Unchanged articles were not read again: the very same entries.
    expect(live.current.get('tempo')).toBe(before.get('tempo'));
    expect(live.current.get('council')).toBe(before.get('council'));
    // The old library is a value: it still answers as it did.
    expect(answer(before, { command: 'search', query: 'Felixstowe' }).found).toBe(false);
    // The same as a fresh load of the folder, in the same order.
    expect(live.current.entries.map((e) => e.article)).toEqual(loadLibrary({ dir }).entries.map((e) => e.article));
  });

  it('serves a changed article as it now reads, and stops serving a removed one', async () => {
    const dir = folder(BASE);
    const live = watched(dir);
    let reloaded = nextReload(live);
    writeFileSync(join(dir, 'council.txt'), fixtureText('en-harbour-strike.txt'));
    expect(await reloaded).toMatchObject({ added: [], changed: ['council'], removed: [], kept: 1, swapped: true });
    expect(answer(live.current, { command: 'who', query: 'Sharon Graham', article: 'council' }).found).toBe(true);
    expect(answer(live.current, { command: 'who', query: 'Diane Whitfield', article: 'council' }).found).toBe(false);

    reloaded = nextReload(live);
    rmSync(join(dir, 'council.txt'));
    expect(await reloaded).toMatchObject({ added: [], changed: [], removed: ['council'], kept: 1, articles: 1 });
    expect(live.current.get('council')).toBeUndefined();
    expect(answer(live.current, { command: 'source', query: '', article: 'council' })).toMatchObject({ found: false, reason: 'unknown-article' });
  });

  it('keeps the previous good version of an article whose file turns bad, and reports it once', async () => {
    const dir = folder(BASE);
    const live = watched(dir);
    const good = live.current.get('tempo');
    let reloaded = nextReload(live);
    writeFileSync(join(dir, 'tempo.txt'), Buffer.from([0x4b, 0x00, 0xff, 0xfe, 0x00]));
    let report = await reloaded;
    expect(report.swapped).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/tempo\.txt: is a binary file, not text; still serving its previous version$/);
    expect(live.current.get('tempo')).toBe(good);
    expect(answer(live.current, { command: 'where', query: 'Kursk', article: 'tempo' }).found).toBe(true);

    // A new file that was never good is reported and not served; the good one still is.
    reloaded = nextReload(live);
    writeFileSync(join(dir, 'empty.txt'), '  \n\n');
    report = await reloaded;
    expect(report.problems).toEqual([expect.stringMatching(/empty\.txt: is empty$/)]);
    expect(live.current.get('empty')).toBeUndefined();

    // Fixed: the article is read again.
    reloaded = nextReload(live);
    writeFileSync(join(dir, 'tempo.txt'), fixtureText('antara-2017-08-26-jepang-sanksi-korut.txt'));
    report = await reloaded;
    expect(report).toMatchObject({ changed: ['tempo'], problems: [] });
    expect(live.current.get('tempo')).not.toBe(good);
  });

  it('reads a burst of changes as they ended, in one rescan', async () => {
    const dir = folder({ ...BASE, 'harbour.txt': 'en-harbour-strike.txt' });
    const live = watched(dir);
    const reloaded = nextReload(live);
    // All in one turn of the event loop: no rescan can run before the last write.
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 4; i++) writeFileSync(join(dir, `new-${i}.txt`), `${fixtureText('en-council-vote.txt')}\nRound ${round} of the burst.\n`);
      writeFileSync(join(dir, 'tempo.txt'), `${fixtureText('tempo-2024-11-02-korut-rusia.txt')}\nRevisi ${round}.\n`);
    }
    rmSync(join(dir, 'harbour.txt'));
    const report = await reloaded;
    expect(report).toMatchObject({ added: ['new-0', 'new-1', 'new-2', 'new-3'], changed: ['tempo'], removed: ['harbour'], kept: 1, articles: 6 });
    expect(live.current.get('tempo')!.article.paragraphs.at(-1)!.text).toBe('Revisi 4.');
    expect(live.current.entries.map((e) => e.article)).toEqual(loadLibrary({ dir }).entries.map((e) => e.article));
  });

  it('keeps the cache working: a changed article is cached in place of its old text, a touched one is not read again', async () => {
    const dir = folder(BASE);
    const cacheDir = mkdtempSync(join(tmpdir(), 'kutip-live-cache-'));
    made.push(cacheDir);
    const live = watched(dir, cacheDir);
    const before = readdirSync(cacheDir);
    expect(before).toHaveLength(2);
    const oldCouncil = before.find((name) => name.endsWith(`-${live.current.get('council')!.article.contentHash}.json`));
    expect(oldCouncil).toBeDefined();
    const reloaded = nextReload(live);
    writeFileSync(join(dir, 'council.txt'), fixtureText('en-harbour-strike.txt'));
    await reloaded;
    const after = readdirSync(cacheDir);
    expect(after).toHaveLength(2);
    expect(after).not.toContain(oldCouncil);
    // A restart now reads every article from the cache.
    expect(loadLibrary({ dir, cacheDir }).stats.loaded.map((a) => a.cache)).toEqual(['hit', 'hit']);

    // Touched, not changed: no new library, the same entry (explicit rescans: nothing to wait for).
    const entry = live.current.get('council');
    const library = live.current;
    utimesSync(join(dir, 'council.txt'), new Date(), new Date(Date.now() + 5000));
    expect(live.rescan()).toMatchObject({ swapped: false, kept: 2, problems: [] });
    expect(live.current).toBe(library);
    expect(live.current.get('council')).toBe(entry);

    // Removed: its cached file goes with it.
    rmSync(join(dir, 'council.txt'));
    expect(live.rescan()).toMatchObject({ removed: ['council'], swapped: true });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(`-${entry!.article.contentHash}.json`))).toEqual([]);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('keeps the cached file of a text another article still has when one copy is removed', () => {
    const dir = folder({ 'first.txt': 'en-council-vote.txt', 'copy.txt': 'en-council-vote.txt' });
    const cacheDir = mkdtempSync(join(tmpdir(), 'kutip-live-cache-'));
    made.push(cacheDir);
    const { live } = loadLiveLibrary({ dir, cacheDir });
    const hash = live.current.get('copy')!.article.contentHash;
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(`-${hash}.json`))).toHaveLength(1);
    rmSync(join(dir, 'first.txt'));
    expect(live.rescan()).toMatchObject({ removed: ['first'], swapped: true });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(`-${hash}.json`))).toHaveLength(1);
    rmSync(join(dir, 'copy.txt'));
    writeFileSync(join(dir, 'other.txt'), fixtureText('en-harbour-strike.txt'));
    expect(live.rescan()).toMatchObject({ removed: ['copy'], added: ['other'] });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(`-${hash}.json`))).toEqual([]);
  });

  it('finds changes by rescanning when fs.watch gives none', async () => {
    const dir = folder(BASE);
    const { live } = loadLiveLibrary({ dir });
    watchers.push(watchArticles(live, { fsWatch: false, rescanMs: 100 }));
    const reloaded = nextReload(live);
    writeFileSync(join(dir, 'harbour.txt'), fixtureText('en-harbour-strike.txt'));
    expect(await reloaded).toMatchObject({ added: ['harbour'], swapped: true });
  });

  it('keeps serving when the folder vanishes, says so once, and follows it when it is back', () => {
    const dir = folder(BASE);
    const { live } = loadLiveLibrary({ dir });
    const library = live.current;
    rmSync(dir, { recursive: true });
    const gone = live.rescan();
    expect(gone).toMatchObject({ swapped: false, problems: [expect.stringMatching(/cannot read the articles folder \(ENOENT\); still serving the 2 articles loaded$/)] });
    expect(live.rescan().problems).toEqual([]);
    expect(live.current).toBe(library);
    mkdirSync(dir);
    copyFileSync(join(fixturesDir, 'en-harbour-strike.txt'), join(dir, 'harbour.txt'));
    expect(live.rescan()).toMatchObject({ added: ['harbour'], removed: ['council', 'tempo'], articles: 1, swapped: true });
  });

  it('checks a library loaded without stamps once, reading nothing that did not change', () => {
    const dir = folder(BASE);
    const loaded = loadLibrary({ dir });
    const live = new LiveLibrary(loaded, dir);
    expect(live.rescan()).toMatchObject({ swapped: false, kept: 2, problems: [] });
    expect(live.current).toBe(loaded);
  });
});

describe('the debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rescans once for changes that keep coming, at most maxWaitMs after the first, then once for a lone change', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    let rescans = 0;
    const live = { dir: join(tmpdir(), 'kutip-no-such-folder'), rescan: () => (rescans++, { tookMs: 0 }) } as unknown as LiveLibrary;
    const watcher = watchArticles(live, { fsWatch: false, debounceMs: 150, maxWaitMs: 1000, rescanMs: 60_000 });
    watchers.push(watcher);
    // A change every 50 ms for 900 ms: one rescan, at 1000 ms.
    for (let t = 0; t < 900; t += 50) {
      watcher.nudge();
      vi.advanceTimersByTime(50);
    }
    watcher.nudge();
    expect(rescans).toBe(0);
    vi.advanceTimersByTime(99);
    expect(rescans).toBe(0);
    vi.advanceTimersByTime(1);
    expect(rescans).toBe(1);
    // A lone change: one rescan, debounceMs later.
    watcher.nudge();
    vi.advanceTimersByTime(149);
    expect(rescans).toBe(1);
    vi.advanceTimersByTime(1);
    expect(rescans).toBe(2);
    // Nothing more until the safety-net rescan.
    vi.advanceTimersByTime(59_000);
    expect(rescans).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(rescans).toBe(3);
  });

  it('spaces the safety-net rescans to 20 times what the last one took', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    let rescans = 0;
    const live = { dir: join(tmpdir(), 'kutip-no-such-folder'), rescan: () => (rescans++, { tookMs: 500 }) } as unknown as LiveLibrary;
    watchers.push(watchArticles(live, { fsWatch: false, rescanMs: 1000 }));
    vi.advanceTimersByTime(1000);
    expect(rescans).toBe(1);
    vi.advanceTimersByTime(9999);
    expect(rescans).toBe(1);
    vi.advanceTimersByTime(1);
    expect(rescans).toBe(2);
  });
});

describe('serving a live library', () => {
  const logs: LogLine[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) } });

  it('logs one info line per reload and one warning per bad file; WATCH_ARTICLES=0 follows nothing', async () => {
    const dir = folder(BASE);
    const { live } = loadLiveLibrary({ dir });
    const serving = serveLive(live, parseConfig({}), logger);
    try {
      const reloaded = nextReload(live);
      writeFileSync(join(dir, 'harbour.txt'), fixtureText('en-harbour-strike.txt'));
      writeFileSync(join(dir, 'tempo.txt'), '');
      await reloaded;
      const lines = logs.filter((l) => l.msg === 'articles reloaded' || l.msg === 'article not reloaded');
      expect(lines).toEqual([
        expect.objectContaining({ msg: 'article not reloaded', level: 40, problem: expect.stringMatching(/tempo\.txt: is empty; still serving its previous version$/) }),
        expect.objectContaining({
          msg: 'articles reloaded',
          level: 30,
          added: 1,
          changed: 0,
          removed: 0,
          kept: 2,
          articles: 3,
          tookMs: expect.any(Number),
          ids: { added: ['harbour'], changed: [], removed: [] },
        }),
      ]);
      expect(serving.folder.live).toBe(true);
      expect(await serving.folder.served('harbour', true, 10_000)).toBe(true);
    } finally {
      serving.close();
    }

    const off = serveLive(live, parseConfig({ WATCH_ARTICLES: '0' }), logger);
    expect(off.folder.live).toBe(false);
    expect(await off.folder.served('harbour', false, 10_000)).toBe(false);
    off.close();
  });

  it('WATCH_ARTICLES is 0 or 1', () => {
    expect(parseConfig({ WATCH_ARTICLES: '0' }).watchArticles).toBe(false);
    expect(parseConfig({ WATCH_ARTICLES: '1' }).watchArticles).toBeUndefined();
    expect(parseConfig({}).watchArticles).toBeUndefined();
    expect(() => parseConfig({ WATCH_ARTICLES: 'yes' })).toThrow('Invalid WATCH_ARTICLES');
  });
});

describe('an interaction in flight across a reload', () => {
  it('is answered from the library it started with; the next one from the new library, autocomplete too', async () => {
    const dir = folder({ 'tempo.txt': 'tempo-2024-11-02-korut-rusia.txt' });
    const { live } = loadLiveLibrary({ dir });
    const old = live.current;
    const dispatcher = createDispatcher({ library: live, commands: commandsByName, logger: createLogger({ level: 'silent' }), cooldownSeconds: 0 });
    const sent: Payload[] = [];
    // /ask defers: the reload lands between the acknowledgement and the answer.
    const replier: Replier = {
      defer: async () => {
        rmSync(join(dir, 'tempo.txt'));
        writeFileSync(join(dir, 'harbour.txt'), fixtureText('en-harbour-strike.txt'));
        expect(live.rescan()).toMatchObject({ added: ['harbour'], removed: ['tempo'] });
      },
      send: async (payload) => void sent.push(payload),
    };
    const input = (values: Record<string, string>) => ({ string: (name: string) => values[name] });
    await dispatcher.command({ id: '1', command: 'ask', locale: 'en-US', userId: '2', input: input({ question: 'Siapa Menteri Luar Negeri Rusia?' }) }, replier);
    const asked = answer(old, { command: 'ask', query: 'Siapa Menteri Luar Negeri Rusia?', locale: 'en' });
    expect(asked.found).toBe(true);
    expect(sent).toEqual([render({ kind: 'answer', answer: asked }, old, 'en')]);

    await dispatcher.command({ id: '3', command: 'source', locale: 'en-US', userId: '2', input: input({ article: 'tempo' }) }, replier);
    expect(sent[1]?.content).toMatch(/I have no article “tempo”/);
    const choices: string[] = [];
    await dispatcher.autocomplete(
      { id: '4', command: 'source', locale: 'en-US', input: input({}), focused: { name: 'article', value: '' } },
      async (c) => void choices.push(...c.map((x) => x.value)),
    );
    expect(choices).toEqual(['harbour']);
  });
});
