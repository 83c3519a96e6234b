// Issue 6, item 1: hostile and odd input to every command, through the core `answer()` and through
// the real discord.js client on the loopback Discord. Each gets a friendly answer or a clean "not in
// the article"; no reply pings anyone (allowed_mentions parse [], no live @everyone or <@…>), no reply
// shows Markdown the bot did not write (test/helpers/markdown-checks.ts reads it as Discord would),
// every payload keeps Discord's limits (the stand-in's own referee), and nothing throws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { commandNames } from '../commands/catalog.js';
import { render } from '../src/render/embed.js';
import { loadLibrary } from '../src/load/library.js';
import type { Answer } from '../src/findings.js';
import type { CommandName } from '../src/types.js';
import { DiscordStandIn, messageProblems } from './discord-standin.js';
import { APP, GUILD, command, fakeToken, startBot, type BotProcess, type Exchange } from './helpers/bot.js';
import { dataDir, TEMPO } from './helpers/articles.js';
import { markdownProblems, messageMarkdownProblems, shown } from './helpers/markdown-checks.js';

const library = loadLibrary({ dir: dataDir });
const tempo = library.get(TEMPO)!;
const paragraphText = (n: number) => tempo.article.paragraphs.find((p) => p.n === n)?.text ?? '';

/** Article text pasted whole, cut to 2,000 characters (Discord's message limit). */
const pasted = tempo.article.paragraphs.map((p) => p.text).join('\n\n').slice(0, 2000);

/** [label, text]: what a user might type, from odd to hostile. */
const INPUTS: readonly (readonly [string, string])[] = [
  ['empty', ''],
  ['whitespace only', ' \t  \u3000 '],
  ['one character', 'a'],
  ['one character of another script', 'ж'],
  ['the maximum length (200)', 'Lavrov Putin Kursk bantuan militer '.repeat(6).slice(0, 200)],
  ['the maximum question length (300)', 'Siapa yang bertemu Lavrov di Moskow? '.repeat(9).slice(0, 300)],
  ['emoji', '🇷🇺🤝🇰🇵 Lavrov 👍🏽 👨‍👩‍👧'],
  ['zero-width characters', 'La\u200Bvrov\u200D Pu\uFEFFtin\u2060'],
  ['right-to-left characters', '\u202EvorvaL\u202C مرحبا Lavrov \u200F'],
  ['combining marks', 'La\u0301vro\u0308v Z̷̢͎̈́a̵l̴g̶o̸'],
  ['non-Latin scripts', 'Лавров 拉夫罗夫 라브로프 ラブロフ ลาฟรอฟ'],
  ['@everyone', '@everyone Lavrov'],
  ['@here', '@here'],
  ['a user mention', '<@123> <@!123>'],
  ['a role mention', '<@&123>'],
  ['a channel mention', '<#123>'],
  ['other angle-bracket syntax', '</who:123> <t:0:R> <:kutip:123> <a:kutip:123>'],
  ['Markdown', '** __ ~~ || ` > # Lavrov'],
  ['Markdown at line starts', '# Lavrov\n> quoted\n- list\n1. item\n-# small'],
  ['a code block', '```js\nalert(1)\n```'],
  ['a masked link', '[click here](https://example.com/x) Lavrov'],
  ['fuse.js extended-search operators', "=foo 'bar !baz ^q q$ a|b"],
  ['a negated name', '!Lavrov'],
  ['regex metacharacters', '.*+?^${}()|[]\\ (a+)+$ [^a-z]'],
  ['a pasted 2,000-character paragraph', pasted],
  ['a URL', 'https://www.tempo.co/internasional/korut?q=<script>&x=1#frag'],
  ['HTML', '<script>alert("x")</script><b>Lavrov</b><img src=x onerror=alert(1)>'],
  ['backslash escapes typed by the user', '\\@everyone \\<@123\\> \\*\\*bold\\*\\* \\'],
  ['control characters', 'Lav\u0000rov\u0007\u001b[31m red'],
  ['a lone surrogate', '\uD800Lavrov\uDFFF'],
];

/** Inputs that name nothing in the article: the only right answer is a clean "not found". */
const NOTHING_IN_THE_ARTICLE = new Set([
  '@here',
  'a user mention',
  'a role mention',
  'a channel mention',
  'other angle-bracket syntax',
  'fuse.js extended-search operators',
  'regex metacharacters',
]);

/** Commands that take typed text, and the option that carries it. */
const TEXT_OPTION: Readonly<Partial<Record<CommandName, string>>> = {
  who: 'query', when: 'query', where: 'query', quote: 'query', search: 'query', ask: 'question', timeline: 'about', people: 'about', check: 'text',
};

/** The question as the bot quotes it back: trimmed, whitespace runs as one space. */
const asQuoted = (text: string) => text.trim().replace(/\s+/g, ' ');

/** What must hold for any Answer to any input. */
function checkAnswer(result: Answer, label: string): void {
  expect(typeof result.answer, label).toBe('string');
  expect(result.answer.trim(), label).not.toBe('');
  // A person who is never quoted is /quote's one not-found that still cites where they are named.
  if (!result.found && result.command !== 'quote') expect(result.citations, label).toEqual([]);
  for (const citation of result.citations) {
    expect(library.get(citation.article), label).toBeDefined();
    expect(paragraphText(citation.paragraph), `${label}: excerpt of ¶${citation.paragraph} is verbatim`).toContain(citation.excerpt);
  }
}

/** What must hold for any message the bot sends. */
function checkMessage(message: Parameters<typeof messageMarkdownProblems>[0], label: string): void {
  expect(messageMarkdownProblems(message), label).toEqual([]);
  expect(messageProblems(message as Record<string, unknown>), label).toEqual([]);
}

/** The embed's first line quotes the question as typed (a check: its first lines, one a line of the message): shown literally, whole or cut with "…". */
function checkQuotedQuestion(description: string | undefined, typed: string, label: string): void {
  const expected = asQuoted(typed);
  if (expected === '') return;
  const lines = (description ?? '').split('\n');
  const end = lines.findIndex((l) => !l.startsWith('> '));
  const quoted = lines.slice(0, end < 0 ? lines.length : Math.max(1, end));
  expect(quoted[0]!.startsWith('> '), `${label}: quote line`).toBe(true);
  const seen = quoted.map((line) => shown(line.slice(2))).join(' ');
  if (seen.endsWith('…') && !expected.endsWith('…')) expect(expected.startsWith(seen.slice(0, -1).trimEnd()), label).toBe(true);
  else expect(seen, label).toBe(expected);
}

describe('the Markdown checker these tests rely on', () => {
  it('flags what would ping or format, and passes what the bot writes', () => {
    const bad = ['@everyone', '@here', '<@123>', '<@&1>', '<#1>', '\\\\<@1>', '**x', '__x__', '~~x~~', '||x||', '`x` y`', '[x](y)', '# x', 'a\n- x', '> x'];
    for (const text of bad) expect(markdownProblems(text), text).not.toEqual([]);
    const good = ['\\@everyone', '\\<@123\\>', '**Lavrov** said', '\\*\\*x', 'a \\# b', '\\> x', '(interaction `123`)'];
    for (const text of good) expect(markdownProblems(text), text).toEqual([]);
    expect(markdownProblems('> the question\nthe answer', { quoteLine: true })).toEqual([]);
    expect(markdownProblems('[Title](https://example.com/a)', { links: true })).toEqual([]);
  });
});

describe('hostile input to the core answer()', () => {
  for (const command of commandNames) {
    it(`/${command}: every input gets a well-formed answer that renders cleanly, in both locales`, () => {
      for (const [label, text] of INPUTS) {
        for (const locale of ['en', 'id'] as const) {
          for (const article of [undefined, TEMPO]) {
            const name = `/${command} ${label} (${locale}${article ? ', one article' : ''})`;
            const result = answer(library, { command, query: text, locale, ...(article && { article }) });
            checkAnswer(result, name);
            const payload = render({ kind: 'answer', answer: result }, library, locale);
            expect(payload.ephemeral, name).toBe(false);
            checkMessage({ embeds: [...(payload.embeds ?? [])] }, name);
            if (TEXT_OPTION[command]) checkQuotedQuestion(payload.embeds?.[0]?.description, text, name);
          }
        }
      }
    });
  }

  it('input that names nothing in the article is a clean not-found for every command that searches', () => {
    for (const [label, text] of INPUTS.filter(([l]) => NOTHING_IN_THE_ARTICLE.has(l))) {
      for (const command of Object.keys(TEXT_OPTION) as CommandName[]) {
        const result = answer(library, { command, query: text });
        expect(result.found, `/${command} ${label}: ${result.answer}`).toBe(false);
        expect(result.citations).toEqual([]);
      }
    }
  });

  it('fuse.js operators are words, not operators: "!Lavrov" finds Lavrov rather than everything else', () => {
    for (const command of ['search', 'who', 'ask'] as const) {
      const result = answer(library, { command, query: '!Lavrov' });
      expect(result.found, command).toBe(true);
      for (const citation of result.citations) expect(citation.excerpt, command).toContain('Lavrov');
    }
  });

  it('an article id that is not loaded, however hostile, is a clean not-found and renders cleanly', () => {
    for (const [label, text] of [...INPUTS, ['a path', '../../../etc/passwd'] as const, ['a file name', `${TEMPO}.txt`] as const]) {
      if (text.trim() === '') continue;
      const result = answer(library, { command: 'who', query: 'Lavrov', article: text });
      expect(result.found, label).toBe(false);
      expect(result.citations, label).toEqual([]);
      checkMessage({ embeds: [...(render({ kind: 'answer', answer: result }, library, 'en').embeds ?? [])] }, label);
      const reply = render({ kind: 'unknown-article', article: text, interactionId: '1' }, library, 'en');
      expect(reply.ephemeral, label).toBe(true);
      checkMessage(reply, label);
    }
  });
});

describe('hostile input through the real discord.js client', () => {
  const token = fakeToken('hostile');
  let standIn: DiscordStandIn;
  let bot: BotProcess;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start({ token, applicationId: APP, guildId: GUILD, heartbeatIntervalMs: 5000, lifetimeMs: 90_000 });
    bot = await startBot(standIn, token);
  });

  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });

  /** Runs `jobs` a few at a time, as users would, and keeps every result. */
  async function inBatches<T>(jobs: (() => Promise<T>)[], size = 8): Promise<T[]> {
    const results: T[] = [];
    for (let i = 0; i < jobs.length; i += size) results.push(...(await Promise.all(jobs.slice(i, i + size).map((job) => job()))));
    return results;
  }

  function checkExchange({ type, message, log }: Exchange, label: string): void {
    expect([4, 5], label).toContain(type);
    expect(message.allowed_mentions, label).toEqual({ parse: [] });
    checkMessage(message, label);
    expect(log.outcome, `${label}: ${JSON.stringify(log)}`).not.toBe('error');
  }

  it('every command answers every input in the text option: an answer or a clean not-found, nobody pinged, Markdown as typed', async () => {
    const jobs = INPUTS.flatMap(([label, text], i) =>
      commandNames.map((name) => async () => {
        const option = TEXT_OPTION[name];
        const exchange = await command(standIn, bot, name, option ? { [option]: text } : {}, { locale: i % 2 ? 'id' : 'en-US' });
        const what = `/${name} ${label}`;
        checkExchange(exchange, what);
        expect(exchange.log.outcome, what).toBe('answered');
        expect(exchange.message.embeds, what).toHaveLength(1);
        if (option) checkQuotedQuestion(exchange.message.embeds?.[0]?.description, text, what);
        if (option && NOTHING_IN_THE_ARTICLE.has(label)) expect(exchange.log.found, what).toBe(false);
        return exchange;
      }),
    );
    const exchanges = await inBatches(jobs);
    expect(exchanges).toHaveLength(INPUTS.length * commandNames.length);
  });

  it('every input in the article option gets the ephemeral "no such article" reply, nobody pinged', async () => {
    const given = INPUTS.filter(([, text]) => text.trim() !== '');
    const jobs = given.flatMap(([label, text]) =>
      (['who', 'source', 'ask'] as const).map((name) => async () => {
        const what = `/${name} article=${label}`;
        const option = TEXT_OPTION[name];
        const exchange = await command(standIn, bot, name, { ...(option && { [option]: 'Lavrov' }), article: text });
        checkExchange(exchange, what);
        expect(exchange.log.outcome, what).toBe('unknown-article');
        expect(exchange.message.flags, what).toBe(64);
        expect(exchange.message.content, what).toContain(exchange.sent.id);
      }),
    );
    await inBatches(jobs);
  });

  it('autocomplete answers every input with valid choices (the stand-in refuses any others)', async () => {
    const jobs = INPUTS.flatMap(([label, text]) =>
      ([['who', 'query'], ['quote', 'query'], ['where', 'query'], ['search', 'article']] as const).map(([name, focused]) => async () => {
        const sent = standIn.autocomplete({ command: name, focused, options: { [focused]: text } });
        const callback = await standIn.callbackOf(sent);
        expect(callback.status, `/${name} ${focused}=${label}: ${JSON.stringify(callback.body)}`).toBe(204);
      }),
    );
    await inBatches(jobs);
  });

  it('nothing was logged as an error or a crash, and the bot is still running', () => {
    expect(bot.running).toBe(true);
    expect(bot.logs.filter((l) => (l.level ?? 0) >= 40)).toEqual([]);
    expect(bot.output).not.toMatch(/unhandled|uncaught|TypeError|RangeError/i);
    expect(standIn.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} → ${r.status}`)).toEqual([]);
  });
});
