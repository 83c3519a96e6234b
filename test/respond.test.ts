import { MessageFlags, type APIEmbed, type RepliableInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/render/limits.js';
import { answerEmbed, fitChoices, render } from '../src/render/embed.js';
import { escapeMarkdown, fitMarkdown, fitPlain, fitSegments, highlightSegments } from '../src/render/markdown.js';
import { sendPayload } from '../src/bot/send.js';
import { libraryOf, type Library, type LibraryEntry } from '../src/index/library.js';
import type { Answer, Citation } from '../src/findings.js';
import type { ArticleMeta } from '../src/types.js';

function libraryWith(metas: Record<string, ArticleMeta>): Library {
  const entries: LibraryEntry[] = Object.entries(metas).map(([id, meta]) => ({
    article: { id, meta, paragraphs: [], contentHash: id },
    understanding: { people: [], organisations: [], places: [], quotes: [], dates: [], names: [] },
  }));
  return libraryOf(entries);
}

const TEMPO: ArticleMeta = {
  title: 'Menlu Korea Utara dan Rusia Bertemu di Moskow',
  url: 'https://www.tempo.co/internasional/korut-rusia-(1)',
  outlet: 'Tempo',
  publishedAt: '2024-11-02',
  language: 'id',
};
const library = libraryWith({ tempo: TEMPO, other: { language: 'en', outlet: 'Other' } });

const P2 =
  'Dilansir dari media Korea Utara KCNA, Sabtu, 2 November 2024, Menteri Luar Negeri Korea Utara Choe Son Hui dan Menteri Luar Negeri Rusia Sergei Viktorovich Lavrov bertemu di Moskow.';

function answerOf(partial: Partial<Answer>): Answer {
  return { command: 'who', query: 'Lavrov', found: true, answer: 'Sergei Viktorovich Lavrov', citations: [], ...partial };
}

/** What Discord shows for escaped Markdown: a backslash before punctuation disappears. */
const shown = (markdown: string) => markdown.replace(/\\([^\p{L}\p{N}\s])/gu, '$1');
const size = (e: APIEmbed) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

function expectWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const field of embed.fields ?? []) {
    // Discord refuses a field whose name or value is blank, not only empty.
    expect(field.name.trim()).not.toBe('');
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.trim()).not.toBe('');
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(size(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
}

describe('escapeMarkdown', () => {
  it('neutralises mentions and formatting in hostile input', () => {
    const escaped = escapeMarkdown('@everyone <@&1> **x**');
    expect(escaped).toBe('\\@everyone \\<@&1\\> \\*\\*x\\*\\*');
    expect(shown(escaped)).toBe('@everyone <@&1> **x**');
  });

  it.each([
    ['__u__ ~~s~~ ||spoiler|| `code` ```block```', '\\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\` \\`\\`\\`block\\`\\`\\`'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['# heading\n-# small\n- item\n1. first\n> quote', '\\# heading\n\\-# small\n\\- item\n1\\. first\n\\> quote'],
    ['back\\slash @here <#123> <t:1:R>', 'back\\\\slash \\@here \\<#123\\> \\<t:1:R\\>'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
    expect(shown(escapeMarkdown(input))).toBe(input);
  });

  it('leaves ordinary article text readable', () => {
    expect(escapeMarkdown('Rusia-Korea Utara, 19 Juni 2024.')).toBe('Rusia-Korea Utara, 19 Juni 2024.');
  });
});

describe('highlightSegments', () => {
  it('bolds every occurrence of each highlight, merging touching runs', () => {
    const segments = highlightSegments('Putin bertemu Kim; Putin pulang.', ['Putin', 'Kim', 'Kim;']);
    expect(segments).toEqual([
      { text: 'Putin', bold: true },
      { text: ' bertemu ', bold: false },
      { text: 'Kim;', bold: true },
      { text: ' ', bold: false },
      { text: 'Putin', bold: true },
      { text: ' pulang.', bold: false },
    ]);
  });

  it('ignores blank highlights and ones not in the excerpt', () => {
    expect(highlightSegments('abc', ['', '  ', 'zzz'])).toEqual([{ text: 'abc', bold: false }]);
  });

  it('renders bold Markdown with the excerpt escaped inside', () => {
    const markdown = fitSegments(highlightSegments('a *b* c', ['*b*']), 100);
    expect(markdown).toBe('a **\\*b\\*** c');
  });
});

describe('cutting to a limit', () => {
  const words = Array.from({ length: 400 }, (_, i) => `kata${i}`).join(' ');

  it('leaves text within the limit unchanged', () => {
    expect(fitMarkdown('pendek saja', 20)).toBe('pendek saja');
    expect(fitPlain('pendek saja', 11)).toBe('pendek saja');
  });

  it('cuts at a word boundary and ends with …', () => {
    for (const max of [10, 57, 100, 1024]) {
      const cut = fitMarkdown(words, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      const kept = cut.slice(0, -1);
      expect(words.startsWith(kept)).toBe(true);
      expect(words[kept.length]).toBe(' ');
    }
  });

  it('never leaves bold unbalanced or an escape dangling', () => {
    const excerpt = `${'x '.repeat(30)}Lavrov *bertemu* Choe ${'y '.repeat(30)}`;
    for (let max = 20; max < 140; max++) {
      const cut = fitSegments(highlightSegments(excerpt, ['Lavrov *bertemu* Choe']), max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect((cut.match(/(?<!\\)\*\*/g) ?? []).length % 2).toBe(0);
      expect(cut).not.toMatch(/(?<!\\)\\…$/);
    }
  });

  it('cuts one endless word at a character, never inside an emoji', () => {
    const cut = fitPlain('😀'.repeat(80), 11);
    expect(cut).toBe(`${'😀'.repeat(5)}…`);
    expect(fitMarkdown('a'.repeat(5000), 1024)).toHaveLength(1024);
  });
});

describe('answerEmbed', () => {
  const lavrov: Citation = { article: 'tempo', paragraph: 2, excerpt: P2, highlights: ['Sergei Viktorovich Lavrov'] };

  it('titles the answer, quotes the question and cites ¶N with the excerpt in bold where it matched', () => {
    const embed = answerEmbed(answerOf({ value: 'Sergei Viktorovich Lavrov', citations: [lavrov] }), library, 'en');
    expect(embed.title).toBe('Sergei Viktorovich Lavrov');
    expect(embed.description).toBe('> Lavrov\nSergei Viktorovich Lavrov');
    expect(embed.fields).toEqual([
      { name: '¶2', value: P2.replace('Sergei Viktorovich Lavrov', '**Sergei Viktorovich Lavrov**') },
      {
        name: 'Source',
        value: '**Tempo** · [Menlu Korea Utara dan Rusia Bertemu di Moskow](https://www.tempo.co/internasional/korut-rusia-%281%29) · 2 November 2024',
      },
    ]);
  });

  it('speaks Indonesian for locale id', () => {
    const embed = answerEmbed(answerOf({ citations: [lavrov], value: undefined }), library, 'id');
    expect(embed.title).toBe('Siapa');
    expect(embed.fields?.at(-1)?.name).toBe('Sumber');
    expect(embed.fields?.at(-1)?.value).toContain('2 November 2024');
    expect(answerEmbed(answerOf({ found: false }), library, 'id').title).toBe('Tidak ada di artikel');
    expect(answerEmbed(answerOf({ found: false }), library, 'en').title).toBe('Not in the article');
  });

  it('names the outlet beside ¶N when citations come from more than one article', () => {
    const other: Citation = { article: 'other', paragraph: 5, excerpt: 'Other words.' };
    const embed = answerEmbed(answerOf({ citations: [lavrov, other] }), library, 'en');
    expect(embed.fields?.map((f) => f.name)).toEqual(['¶2 · Tempo', '¶5 · Other', 'Sources']);
  });

  it('escapes what the user typed', () => {
    const embed = answerEmbed(answerOf({ query: '@everyone <@&1> **x**', found: false, answer: '' }), library, 'en');
    expect(embed.description).toBe('> \\@everyone \\<@&1\\> \\*\\*x\\*\\*');
  });

  it('keeps every limit with 40 long citations and a long answer, noting the ¶ left out', () => {
    const citations = Array.from({ length: 40 }, (_, i): Citation => ({
      article: 'tempo',
      paragraph: i + 1,
      excerpt: `${P2} `.repeat(12).trim(),
      highlights: ['Lavrov'],
    }));
    const embed = answerEmbed(answerOf({ answer: 'jawaban '.repeat(1000), citations }), library, 'en');
    expectWithinLimits(embed);
    const cited = (embed.fields ?? []).filter((f) => f.name.startsWith('¶'));
    expect(cited.length).toBeGreaterThan(0);
    expect(embed.footer?.text).toBe(
      `${40 - cited.length} more: ${citations.slice(cited.length).map((c) => `¶${c.paragraph}`).join(', ')}`,
    );
    expect(embed.description?.endsWith('…')).toBe(true);
  });

  // Found by test/properties-answer.test.ts: a command name that is also a property of every object
  // ("toString") made the title a function, and the embed threw.
  it('titles an answer whose command is not a kutip command with the command', () => {
    for (const command of ['error', 'toString', 'constructor', '__proto__']) {
      expect(answerEmbed(answerOf({ command, value: undefined }), library, 'en').title).toBe(escapeMarkdown(command));
    }
  });

  it('keeps every limit for odd inputs', () => {
    const odd = ['', ' ', '*'.repeat(3000), '\\'.repeat(2000), `${'🙂'.repeat(3000)}`, 'a\u200bb\u202ec', 'x'.repeat(7000)];
    for (const text of odd) {
      const citations = [{ article: 'missing', paragraph: 1, excerpt: text, highlights: [text, '*'] }];
      expectWithinLimits(answerEmbed(answerOf({ query: text, answer: text, value: text, citations }), library, 'en'));
    }
  });
});

describe('render', () => {
  it('makes errors, cooldowns and unknown articles short ephemeral texts', () => {
    expect(render({ kind: 'error', interactionId: '1234567890' }, library, 'en')).toEqual({
      content: expect.stringContaining('`1234567890`'),
      ephemeral: true,
    });
    expect(render({ kind: 'cooldown', seconds: 2.2 }, library, 'en')).toEqual({
      content: 'Please wait 3 s before your next command.',
      ephemeral: true,
    });
    expect(render({ kind: 'cooldown', seconds: 4 }, library, 'id').content).toBe('Tunggu 4 detik sebelum perintah berikutnya.');
    expect(render({ kind: 'unknown-article', article: '**x** @here', interactionId: '42' }, library, 'en').content).toMatch(/“\\\*\\\*x\\\*\\\* \\@here”.*`42`/);
  });
});

describe('respond', () => {
  function fake(state: { deferred?: boolean; replied?: boolean }) {
    const calls: [string, unknown][] = [];
    const interaction = {
      deferred: state.deferred ?? false,
      replied: state.replied ?? false,
      reply: async (body: unknown) => void calls.push(['reply', body]),
      editReply: async (body: unknown) => void calls.push(['editReply', body]),
      followUp: async (body: unknown) => void calls.push(['followUp', body]),
    };
    return { interaction: interaction as unknown as RepliableInteraction, calls };
  }

  it('replies publicly with the embed and no mentions', async () => {
    const { interaction, calls } = fake({});
    await sendPayload(interaction, render({ kind: 'answer', answer: answerOf({}) }, library, 'en'));
    expect(calls).toEqual([['reply', { embeds: [expect.any(Object)], allowedMentions: { parse: [] } }]]);
  });

  it('replies ephemerally to errors, edits a deferred reply, follows up after a reply', async () => {
    const first = fake({});
    await sendPayload(first.interaction, render({ kind: 'error', interactionId: '1' }, library, 'en'));
    expect(first.calls[0]?.[1]).toMatchObject({ flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });

    const deferred = fake({ deferred: true });
    await sendPayload(deferred.interaction, render({ kind: 'answer', answer: answerOf({}) }, library, 'en'));
    expect(deferred.calls.map(([how]) => how)).toEqual(['editReply']);
    expect(deferred.calls[0]?.[1]).toMatchObject({ allowedMentions: { parse: [] } });

    const replied = fake({ deferred: true, replied: true });
    await sendPayload(replied.interaction, render({ kind: 'cooldown', seconds: 1 }, library, 'en'));
    expect(replied.calls[0]).toEqual(['followUp', expect.objectContaining({ flags: MessageFlags.Ephemeral })]);
  });
});

describe('fitChoices', () => {
  it('keeps at most 25 choices of 1–100 characters, never blank, no repeats, order kept', () => {
    const choices = [
      { name: '  ', value: 'blank' },
      { name: 'Lavrov', value: 'Lavrov' },
      { name: 'again', value: 'Lavrov' },
      { name: 'n'.repeat(300), value: 'long-name' },
      { name: 'too long value', value: 'v'.repeat(101) },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `Person ${i}`, value: `p${i}` })),
    ];
    const fitted = fitChoices(choices);
    expect(fitted).toHaveLength(25);
    expect(fitted[0]).toEqual({ name: 'Lavrov', value: 'Lavrov' });
    expect(fitted[1]?.name).toHaveLength(100);
    expect(fitted[2]).toEqual({ name: 'Person 0', value: 'p0' });
    for (const choice of fitted) expect(choice.name.trim().length).toBeGreaterThan(0);
  });
});
