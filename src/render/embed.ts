// The one choke point for everything the bot sends. A handler says *what* to reply (an Answer, an
// error, a cooldown …); this module builds the payload — embed, citations as ¶N with the verbatim
// excerpt and its matched words in bold, the article's outlet, title, date and link — escapes
// Markdown, cuts every piece to Discord's limits at a word boundary with "…", never lets a message
// mention anyone, and decides ephemeral vs public. The payload is transport-free: discord.js sends
// it (bot/send.ts), or the HTTP endpoint as raw JSON (messageData).
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Library } from '../index/library.js';
import type { Answer, Citation } from '../findings.js';
import type { ArticleMeta } from '../types.js';
import { WORDS, type Locale, type Words } from './words/index.js';
import { escapeMarkdown, fitMarkdown, fitPlain, fitSegments, highlightSegments } from './markdown.js';
import { LIMITS } from './limits.js';
import { encodePageId, PAGE_MAX, queryHash } from './page-id.js';
import { checkedBlock, checkedHash, encodePostId } from './post-id.js';
import { questionLine } from './question-line.js';
import { pageLine } from './text.js';

/** On every message: nobody is pinged, whatever the text says. */
export const NO_MENTIONS = { parse: [] as [] };

const ELLIPSIS = '…';
const COLOR_FOUND = 0x2f6fdb;
const COLOR_NOT_FOUND = 0x99aab5;

/** What a handler wants said. */
export type Reply =
  /** `article`: the article the request was aimed at, which paging buttons keep. */
  | { readonly kind: 'answer'; readonly answer: Answer; readonly article?: string; readonly ephemeral?: boolean }
  /** A paging button: another page of the answer, in place of the message it is on. */
  | { readonly kind: 'page'; readonly answer: Answer; readonly article?: string }
  /** The "Post to channel" button of a private /check: the same check, as a new public message. */
  | { readonly kind: 'post'; readonly answer: Answer }
  /** The private /check the post came from, its "Post to channel" spent (disabled), so a second click cannot post again. */
  | { readonly kind: 'posted'; readonly answer: Answer; readonly article?: string }
  | { readonly kind: 'stale-button' }
  | { readonly kind: 'stale-post' }
  | { readonly kind: 'library-changed' }
  | { readonly kind: 'no-page'; readonly page: number; readonly pages: number }
  | { readonly kind: 'error'; readonly interactionId: string }
  | { readonly kind: 'cooldown'; readonly seconds: number }
  | { readonly kind: 'unknown-article'; readonly article: string; readonly interactionId: string };

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface Payload {
  readonly content?: string;
  readonly embeds?: readonly APIEmbed[];
  /** Previous/Next buttons under a ranked answer of several pages; "Post to channel" under a private /check. */
  readonly components?: readonly ButtonRow[];
  readonly ephemeral: boolean;
  /** Replaces the message a button is on (a page), rather than answering with a new one. */
  readonly update?: boolean;
}

export interface Choice {
  readonly name: string;
  readonly value: string;
}

// ── Payloads ───────────────────────────────────────────────────────────────────────────────────

export function formatDate(iso: string | undefined, labels: Words): string | undefined {
  const day = iso?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (day === undefined) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(labels.dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An http(s) link safe inside Markdown's `(…)`, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return undefined;
  }
}

/** One line naming an article: **Outlet** · [Title](link) · date. */
export function sourceLine(id: string, meta: ArticleMeta | undefined, labels: Words): string {
  const title = escapeMarkdown(fitPlain(meta?.title ?? id, 200));
  const url = safeUrl(meta?.url);
  const parts = [
    ...(meta?.outlet ? [`**${escapeMarkdown(meta.outlet)}**`] : []),
    url ? `[${title}](${url})` : title,
    ...(formatDate(meta?.publishedAt, labels) !== undefined ? [formatDate(meta?.publishedAt, labels)!] : []),
  ];
  return parts.join(' · ');
}

function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function citationField(citation: Citation, library: Library, tagArticle: boolean): APIEmbedField {
  const outlet = library.get(citation.article)?.article.meta.outlet ?? citation.article;
  const name = tagArticle ? `¶${citation.paragraph} · ${fitPlain(outlet, 100)}` : `¶${citation.paragraph}`;
  const value = fitSegments(highlightSegments(citation.excerpt, citation.highlights), LIMITS.fieldValue);
  return { name, value: value.trim() === '' ? ELLIPSIS : value };
}

function sourceField(citations: readonly Citation[], library: Library, labels: Words): APIEmbedField | undefined {
  const ids = [...new Set(citations.map((c) => c.article))];
  if (ids.length === 0) return undefined;
  const lines: string[] = [];
  let length = 0;
  for (const id of ids) {
    const line = sourceLine(id, library.get(id)?.article.meta, labels);
    if (length + line.length + 1 > LIMITS.fieldValue) break;
    lines.push(line);
    length += line.length + 1;
  }
  const value = lines.length > 0 ? lines.join('\n') : fitMarkdown(ids.join(', '), LIMITS.fieldValue);
  return { name: ids.length > 1 ? labels.sourcesLabel : labels.sourceLabel, value };
}

/** Description budget kept for the answer before later citations are dropped to fit 6000. */
const DESCRIPTION_RESERVE = 1500;
/** Answers that are a list of cited lines (each line names its ¶): the lines come before the excerpts. */
const LIST_ANSWERS = new Set(['timeline', 'people', 'check']);

/** The embed for an Answer: every piece within Discord's limits, the whole within 6000. */
export function answerEmbed(answer: Answer, library: Library, locale: Locale): APIEmbed {
  const labels = WORDS[locale];
  const heading = Object.hasOwn(labels.titles, answer.command) ? labels.titles[answer.command]! : answer.command;
  const title = fitMarkdown(answer.found ? answer.value?.trim() || heading : labels.notFoundTitle, LIMITS.embedTitle);
  const query = answer.query.trim();
  // A check quotes the text it checked whole, line by line (its post button reads it back); others their question line.
  const question = answer.command === 'check' ? checkedBlock(query).block : questionLine(query);

  const tagArticle = new Set(answer.citations.map((c) => c.article)).size > 1;
  const citationLimit = LIMITS.embedFields - 1;
  const cited = answer.citations.slice(0, citationLimit).map((c) => citationField(c, library, tagArticle));
  const omitted = answer.citations.slice(citationLimit).map((c) => c.paragraph);
  const source = sourceField(answer.citations, library, labels);

  const shell = (fields: APIEmbedField[], dropped: number[]): APIEmbed => ({
    title,
    color: answer.found ? COLOR_FOUND : COLOR_NOT_FOUND,
    ...(fields.length + (source ? 1 : 0) > 0 && { fields: source ? [...fields, source] : fields }),
    ...(footerOf(dropped) !== undefined && { footer: { text: fitPlain(footerOf(dropped)!, LIMITS.footerText) } }),
  });
  const footerOf = (dropped: number[]): string | undefined => {
    const parts = [...(dropped.length > 0 ? [labels.more(dropped.length, dropped.map((n) => `¶${n}`).join(', '))] : []), ...(page !== undefined ? [page] : [])];
    return parts.length > 0 ? parts.join(' · ') : undefined;
  };
  const page = pageLine(answer, locale);
  const reserve = LIST_ANSWERS.has(answer.command) ? LIMITS.embedDescription : DESCRIPTION_RESERVE;
  const wanted = Math.min(question.length + answer.answer.length + 8, reserve);
  let embed = shell(cited, omitted);
  while (cited.length > 1 && embedSize(embed) + wanted > LIMITS.embedTotal) {
    cited.pop();
    omitted.unshift(answer.citations[cited.length]!.paragraph);
    embed = shell(cited, omitted);
  }
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - embedSize(embed)) - question.length;
  const text = answer.answer.trim();
  const description = question + (text === '' || room <= 0 ? '' : fitMarkdown(text, room));
  return description.trim() === '' ? embed : { ...embed, description: description.trimEnd() };
}

/**
 * Previous / "Page 2 of 76" / Next under an answer of several pages; none for one page. Each button
 * carries the whole state of its page in its custom_id (render/page-id.ts).
 */
export function pageButtons(answer: Answer, article: string | undefined, library: Library, locale: Locale): ButtonRow[] {
  const { page, pages } = answer;
  if (page === undefined || pages === undefined || pages <= 1 || answer.command === 'help') return [];
  const at = article === undefined ? undefined : library.indexOf(article);
  if (at !== undefined && at < 0) return [];
  const command = answer.command as Parameters<typeof queryHash>[0];
  const state = { command, locale, ...(at !== undefined && { article: at }), hash: queryHash(command, article, answer.query), library: library.overview.fingerprint };
  const labels = WORDS[locale];
  const last = Math.min(pages, PAGE_MAX);
  const button = (label: string, to: number, disabled: boolean, suffix = ''): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: fitPlain(label, 80),
    custom_id: `${encodePageId({ ...state, page: Math.max(1, Math.min(to, PAGE_MAX)) })}${suffix}`,
    disabled,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button(`◀ ${labels.previous}`, page - 1, page <= 1, page <= 1 ? '.p' : ''),
        button(labels.pageOf(Math.min(page, pages), pages), page, true, '.x'),
        button(`${labels.next} ▶`, page + 1, page >= last, page >= last ? '.n' : ''),
      ],
    },
  ];
}

/** What a private /check has checked (claims, whatever their verdict): only such a reply can be posted. */
const checkedSomething = (answer: Answer): boolean => answer.command === 'check' && (answer.reason === 'answered' || answer.reason === 'not-in-article');

/**
 * "Post to channel" under a private /check: its custom_id names the checked text by a hash (the text
 * is read back from the embed's quote when clicked; render/post-id.ts). None when the quote had to
 * be cut, since the text could not be read back whole.
 */
export function postButton(answer: Answer, article: string | undefined, library: Library, locale: Locale, spent = false): ButtonRow[] {
  if (!checkedSomething(answer) || !checkedBlock(answer.query).whole) return [];
  const at = article === undefined ? undefined : library.indexOf(article);
  if (at !== undefined && at < 0) return [];
  const customId = encodePostId({ locale, ...(at !== undefined && { article: at }), hash: checkedHash(article, answer.query), library: library.overview.fingerprint });
  const label = fitPlain(spent ? WORDS[locale].postedToChannel : WORDS[locale].postToChannel, 80);
  const button: APIButtonComponentWithCustomId = { type: ComponentType.Button, style: ButtonStyle.Primary, label, custom_id: customId, ...(spent && { disabled: true }) };
  return [{ type: ComponentType.ActionRow, components: [button] }];
}

/** The payload for a Reply: an embed for answers, a short ephemeral text for everything else. */
export function render(reply: Reply, library: Library, locale: Locale): Payload {
  const labels = WORDS[locale];
  switch (reply.kind) {
    case 'answer':
    case 'page': {
      const post = reply.kind === 'answer' && reply.ephemeral === true ? postButton(reply.answer, reply.article, library, locale) : [];
      const components = [...pageButtons(reply.answer, reply.article, library, locale), ...post];
      return {
        embeds: [answerEmbed(reply.answer, library, locale)],
        ...(components.length > 0 && { components }),
        ...(reply.kind === 'page' && { components, update: true }),
        ephemeral: reply.kind === 'answer' ? (reply.ephemeral ?? false) : false,
      };
    }
    case 'post':
      // A new message in the channel, for everyone: no buttons (only the asker could post it again).
      return { embeds: [answerEmbed(reply.answer, library, locale)], ephemeral: false };
    case 'posted':
      // Only the buttons of the private message change (its embed stays as it is): the post button, spent.
      return { components: [...pageButtons(reply.answer, reply.article, library, locale), ...postButton(reply.answer, reply.article, library, locale, true)], update: true, ephemeral: false };
    case 'stale-button':
      return { content: labels.staleButton, ephemeral: true };
    case 'stale-post':
      return { content: labels.stalePost, ephemeral: true };
    case 'library-changed':
      return { content: labels.libraryChanged, ephemeral: true };
    case 'no-page':
      return { content: labels.noPage(reply.page, reply.pages), ephemeral: true };
    case 'error':
      return { content: fitPlain(labels.error(reply.interactionId), LIMITS.content), ephemeral: true };
    case 'cooldown':
      return { content: labels.cooldown(Math.max(1, Math.ceil(reply.seconds))), ephemeral: true };
    case 'unknown-article':
      return { content: labels.unknownArticleOption(fitMarkdown(reply.article, 100), locale === 'id' ? 'artikel' : 'article', reply.interactionId), ephemeral: true };
  }
}

/** A message as Discord's API takes it (interaction response data, webhook edit or follow-up). */
export interface MessageData {
  readonly content?: string;
  readonly embeds?: APIEmbed[];
  readonly components?: ButtonRow[];
  readonly allowed_mentions: typeof NO_MENTIONS;
  /** Ephemeral (64) or absent; an edit of a deferred reply cannot change it and leaves it out. */
  readonly flags?: number;
}

/** A Payload as raw API JSON, for transports without discord.js (the HTTP interactions endpoint). */
export function messageData(payload: Payload, { edit = false }: { edit?: boolean } = {}): MessageData {
  return {
    ...(payload.content !== undefined && { content: payload.content }),
    ...(payload.embeds !== undefined && { embeds: [...payload.embeds] }),
    ...(payload.components !== undefined && { components: [...payload.components] }),
    allowed_mentions: NO_MENTIONS,
    ...(payload.ephemeral && !edit && !payload.update && { flags: MessageFlags.Ephemeral }),
  };
}

/** Autocomplete choices within Discord's rules: ≤ 25, names 1–100 characters, values ≤ 100, no repeats. */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const choice of choices) {
    const name = fitPlain(choice.name.replace(/\s+/g, ' ').trim(), LIMITS.choiceName);
    const value = choice.value;
    if (name === '' || value.trim() === '' || value.length > LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}
