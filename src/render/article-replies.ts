// What /article add, /article remove and /articles say, as Discord payloads: the added article
// (title, outlet, date, paragraph count, lede), a removal, one page of the library's list, and
// every refusal as one plain private line. Like render/embed.ts, every piece is escaped and cut to
// Discord's limits; every word comes from render/words.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { formatDate, safeUrl, type Payload } from './embed.js';
import { LIMITS } from './limits.js';
import { escapeMarkdown, fitMarkdown, fitPlain } from './markdown.js';
import { WORDS, type AddRefusal, type ArticleWords, type Locale } from './words/index.js';

/** What the library reply names of one article. */
export interface ArticleSummary {
  readonly id: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly publishedAt?: string;
  readonly url?: string;
  readonly paragraphs: number;
  readonly lede: string;
}

/** Whether a change is served: now, after the next restart (live reload off), or not yet (timed out). */
export type Served = 'now' | 'after-restart' | 'not-yet';

export type ArticleReply =
  | { readonly kind: 'added'; readonly article: ArticleSummary; readonly served: Served }
  | { readonly kind: 'refused'; readonly refusal: AddRefusal }
  | { readonly kind: 'removed'; readonly article: ArticleSummary; readonly served: Served }
  | { readonly kind: 'no-such-article'; readonly id: string }
  | { readonly kind: 'not-allowed' }
  | { readonly kind: 'cannot-change' }
  | { readonly kind: 'failed'; readonly interactionId: string }
  | {
      readonly kind: 'list';
      readonly page: number;
      readonly pages: number;
      readonly total: number;
      /** The place in the whole list of the page's first article (1-based). */
      readonly first: number;
      readonly items: readonly ArticleSummary[];
    };

const COLOR = 0x2f6fdb;

/** An id shown inside `…`: no backtick can end the code span early. */
const code = (id: string): string => fitPlain(id, 100).replace(/`/g, "'");

/** One private line, within Discord's content limit. */
const privately = (text: string): Payload => ({ content: fitPlain(text, LIMITS.content), ephemeral: true });

function refusalText(refusal: AddRefusal, words: ArticleWords): string {
  const say = words.refused[refusal.reason] as (r: AddRefusal) => string;
  return say(refusal.reason === 'duplicate' ? { ...refusal, id: code(refusal.id) } : refusal);
}

/** A day as the asker's calendar writes it. */
const day = (iso: string | undefined, locale: Locale): string | undefined => formatDate(iso, WORDS[locale]);

const servedLine = (served: Served, words: ArticleWords, removal: boolean): string =>
  removal
    ? { now: words.goneNow, 'after-restart': words.goneAfterRestart, 'not-yet': words.notGoneYet }[served]
    : { now: words.servedNow, 'after-restart': words.servedAfterRestart, 'not-yet': words.notServedYet }[served];

/** The embed of an added article: its title (linked), outlet, date, paragraphs, id and lede. */
function addedEmbed(article: ArticleSummary, served: Served, locale: Locale): APIEmbed {
  const words = WORDS[locale].articles;
  const field = (name: string, value: string): APIEmbedField => ({ name, value: fitMarkdown(value, LIMITS.fieldValue), inline: true });
  const fields = [
    field(words.outlet, article.outlet ?? words.unknown),
    field(words.published, day(article.publishedAt, locale) ?? words.unknown),
    field(words.paragraphs, String(article.paragraphs)),
    { name: words.id, value: `\`${code(article.id)}\``, inline: true },
  ];
  const intro = `${words.added} ${servedLine(served, words, false)}`;
  const lede = `**${words.lede}:** ${fitMarkdown(article.lede, 1500)}`;
  const url = safeUrl(article.url);
  return {
    title: fitMarkdown(article.title ?? article.id, LIMITS.embedTitle),
    ...(url !== undefined && { url }),
    color: COLOR,
    description: `${escapeMarkdown(intro)}\n\n${lede}`,
    fields,
  };
}

/** One page of the library: a line per article with its outlet, date, paragraphs and id. */
function listEmbed(reply: Extract<ArticleReply, { kind: 'list' }>, locale: Locale): APIEmbed {
  const words = WORDS[locale].articles;
  const lines = reply.items.map((a, i) => {
    const n = reply.first + i;
    const title = escapeMarkdown(fitPlain(a.title ?? a.id, 120));
    const url = safeUrl(a.url);
    const facts = [a.outlet === undefined ? undefined : escapeMarkdown(fitPlain(a.outlet, 60)), day(a.publishedAt, locale), words.paragraphCount(a.paragraphs)];
    return `${n}. ${url === undefined ? `**${title}**` : `[${title}](${url})`} — ${facts.filter((f) => f !== undefined).join(' · ')} · \`${code(a.id)}\``;
  });
  const description = lines.length === 0 ? words.listEmpty : lines.join('\n');
  return {
    title: words.listTitle(reply.total),
    color: COLOR,
    description: fitPlain(description, LIMITS.embedDescription),
    ...(reply.pages > 1 && { footer: { text: words.page(reply.page, reply.pages) } }),
  };
}

/** The payload for a library reply: the list is public, everything else private to the asker. */
export function renderArticleReply(reply: ArticleReply, locale: Locale): Payload {
  const words = WORDS[locale].articles;
  switch (reply.kind) {
    case 'added':
      return { embeds: [addedEmbed(reply.article, reply.served, locale)], ephemeral: true };
    case 'removed':
      return privately(`${words.removed(escapeMarkdown(fitPlain(reply.article.title ?? reply.article.id, 200)))} ${servedLine(reply.served, words, true)}`);
    case 'refused':
      return privately(refusalText(reply.refusal, words));
    case 'no-such-article':
      return privately(words.noSuchArticle(escapeMarkdown(fitPlain(reply.id, 100))));
    case 'not-allowed':
      return privately(words.notAllowed);
    case 'cannot-change':
      return privately(words.cannotChange);
    case 'failed':
      return privately(words.failed(reply.interactionId));
    case 'list':
      return { embeds: [listEmbed(reply, locale)], ephemeral: false };
  }
}
