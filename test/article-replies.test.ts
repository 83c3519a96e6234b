// What /article and /articles say, rendered: every kind of reply in both languages stays within
// Discord's limits, pings no one, shows typed or scraped text as it is, and is private except the list.
import { describe, expect, it } from 'vitest';
import { renderArticleReply, type ArticleReply, type ArticleSummary } from '../src/render/article-replies.js';
import type { AddRefusal } from '../src/render/words/index.js';
import { messageProblems } from './discord-standin.js';
import { live } from './helpers/markdown-checks.js';

const hostile: ArticleSummary = {
  id: 'artikel-`kode`-@everyone',
  title: `**Judul** @everyone <@123> [tautan](https://contoh.id) ${'panjang '.repeat(60)}`,
  outlet: '_Media_ @here',
  publishedAt: '2024-11-02',
  url: 'https://contoh.id/berita/(1)',
  paragraphs: 12,
  lede: `> kutipan @everyone ${'kalimat teras yang panjang. '.repeat(200)}`,
};
const plain: ArticleSummary = { id: 'plain', paragraphs: 3, lede: 'A lede.' };

const refusals: AddRefusal[] = [
  { reason: 'address' }, { reason: 'bad-link' }, { reason: 'no-article' }, { reason: 'too-large', limitMb: 5 },
  { reason: 'timeout', seconds: 10 }, { reason: 'not-found' }, { reason: 'unreachable' }, { reason: 'http-status', status: 404 },
  { reason: 'not-a-page' }, { reason: 'redirects', limit: 5 }, { reason: 'duplicate', id: 'x`y' },
];

const replies: ArticleReply[] = [
  ...(['now', 'after-restart', 'not-yet'] as const).flatMap((served) => [
    { kind: 'added', article: hostile, served } as const,
    { kind: 'added', article: plain, served } as const,
    { kind: 'removed', article: hostile, served } as const,
  ]),
  ...refusals.map((refusal) => ({ kind: 'refused', refusal }) as const),
  { kind: 'no-such-article', id: '../../etc/passwd @everyone' },
  { kind: 'not-allowed' },
  { kind: 'cannot-change' },
  { kind: 'failed', interactionId: '1234567890' },
  { kind: 'list', page: 1, pages: 3, total: 25, first: 1, items: Array.from({ length: 10 }, () => hostile) },
  { kind: 'list', page: 1, pages: 1, total: 0, first: 1, items: [] },
];

const strings = (payload: ReturnType<typeof renderArticleReply>): string[] => [
  payload.content ?? '',
  ...(payload.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
];

describe('library replies', () => {
  for (const locale of ['en', 'id'] as const) {
    it(`render within Discord's limits, private but for the list, with no live mention (${locale})`, () => {
      for (const reply of replies) {
        const payload = renderArticleReply(reply, locale);
        const what = `${reply.kind} (${locale})`;
        expect(messageProblems({ ...payload, embeds: payload.embeds as unknown as Record<string, unknown>[] } as Record<string, unknown>), what).toEqual([]);
        expect(payload.ephemeral, what).toBe(reply.kind !== 'list');
        for (const text of strings(payload)) {
          // Inside the bot's own code spans (an id) nothing renders; outside, nothing may be a live mention.
          expect(live(text).replace(/`[^`\n]*`/g, ''), what).not.toMatch(/@(everyone|here)|<@\d/);
          expect(text.trim().length > 0 || text === '', what).toBe(true);
        }
      }
    });
  }

  it('says every refusal in both languages, each differently', () => {
    for (const locale of ['en', 'id'] as const) {
      const lines = refusals.map((refusal) => renderArticleReply({ kind: 'refused', refusal }, locale).content);
      expect(new Set(lines).size, locale).toBe(refusals.length);
    }
    const en = renderArticleReply({ kind: 'refused', refusal: { reason: 'no-article' } }, 'en').content;
    const id = renderArticleReply({ kind: 'refused', refusal: { reason: 'no-article' } }, 'id').content;
    expect([en, id]).toEqual(['No article found on that page.', 'Tidak ada artikel di halaman itu.']);
  });

  it('numbers the list across pages and links the titles', () => {
    const payload = renderArticleReply({ kind: 'list', page: 2, pages: 2, total: 12, first: 11, items: [plain, { ...plain, id: 'b', title: 'B', url: 'https://b.example/x' }] }, 'en');
    expect(payload.embeds?.[0]).toMatchObject({ title: 'Articles (12)', footer: { text: 'Page 2 of 2' } });
    expect(payload.embeds?.[0]?.description?.split('\n')).toEqual(['11. **plain** — 3 ¶ · `plain`', '12. [B](https://b.example/x) — 3 ¶ · `b`']);
  });
});
