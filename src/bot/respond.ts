// The one choke point for everything the bot sends. A handler says *what* to reply (an Answer, an
// error, a cooldown …); this module builds the payload — embed, citations as ¶N with the verbatim
// excerpt and its matched words in bold, the article's outlet, title, date and link — escapes
// Markdown, cuts every piece to Discord's limits at a word boundary with "…", never lets a message
// mention anyone, and decides reply vs edit vs follow-up and ephemeral vs public. The payload is
// transport-free: discord.js sends it (sendPayload), or the HTTP endpoint as raw JSON (messageData).
import {
  MessageFlags,
  type APIEmbed,
  type APIEmbedField,
  type AutocompleteInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { Library } from '../library.js';
import type { Answer, ArticleMeta, Citation, CommandName } from '../types.js';
import { LABELS, type Labels, type Locale } from './labels.js';
import { LIMITS } from './limits.js';

/** On every message: nobody is pinged, whatever the text says. */
export const NO_MENTIONS = { parse: [] as [] };

const ELLIPSIS = '…';
const COLOR_FOUND = 0x2f6fdb;
const COLOR_NOT_FOUND = 0x99aab5;

/** What a handler wants said. */
export type Reply =
  | { readonly kind: 'answer'; readonly answer: Answer }
  | { readonly kind: 'error'; readonly interactionId: string }
  | { readonly kind: 'cooldown'; readonly seconds: number }
  | { readonly kind: 'unknown-article'; readonly article: string; readonly interactionId: string };

export interface Payload {
  readonly content?: string;
  readonly embeds?: readonly APIEmbed[];
  readonly ephemeral: boolean;
}

export interface Choice {
  readonly name: string;
  readonly value: string;
}

// ── Markdown ────────────────────────────────────────────────────────────────────────────────────

/**
 * Escapes text so Discord shows it as typed: no bold, links, spoilers, code, headings, lists,
 * quotes, mentions, emoji or timestamps. Discord hides a backslash before punctuation.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|<>[\]]/g, '\\$&')
    .replace(/@(everyone|here)/g, '\\@$1')
    .replace(/^(\s*)(#|-#|[-+] )/gm, (_, space: string, marker: string) => `${space}\\${marker}`)
    .replace(/^(\s*\d+)\. /gm, '$1\\. ');
}

/** A run of text, bold or not, before escaping. */
export interface Segment {
  readonly text: string;
  readonly bold: boolean;
}

function renderSegment({ text, bold }: Segment): string {
  const escaped = escapeMarkdown(text);
  return bold && escaped.trim() !== '' ? `**${escaped}**` : escaped;
}

/** Splits an excerpt into runs, bold where a highlight (a verbatim substring) occurs. */
export function highlightSegments(excerpt: string, highlights: readonly string[] = []): Segment[] {
  const bold = new Array<boolean>(excerpt.length).fill(false);
  for (const highlight of highlights) {
    const needle = highlight.trim();
    if (needle === '') continue;
    for (let at = excerpt.indexOf(needle); at !== -1; at = excerpt.indexOf(needle, at + needle.length)) {
      bold.fill(true, at, at + needle.length);
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= excerpt.length; i++) {
    if (i === excerpt.length || bold[i] !== bold[start]) {
      segments.push({ text: excerpt.slice(start, i), bold: bold[start] ?? false });
      start = i;
    }
  }
  return segments;
}

// ── Cutting to a limit ─────────────────────────────────────────────────────────────────────────

/**
 * The longest prefix of `text` that ends at a word boundary and measures at most `room`.
 * With `hard`, a single word longer than the room is cut at a character (never inside a surrogate pair).
 */
function prefixWithin(text: string, room: number, measure: (s: string) => number, hard: boolean): string {
  if (room <= 0) return '';
  const ends: number[] = [];
  for (const match of text.matchAll(/\s+/g)) if (match.index > 0) ends.push(match.index);
  let lo = 0;
  let hi = ends.length - 1;
  let best = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = text.slice(0, ends[mid]);
    if (measure(candidate) <= room) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best !== '' || !hard) return best;
  let out = '';
  for (const char of text) {
    if (measure(out + char) > room) break;
    out += char;
  }
  return out;
}

/** Renders runs as Markdown of at most `max` characters, cut at a word boundary with "…". */
export function fitSegments(segments: readonly Segment[], max: number): string {
  const rendered = segments.map(renderSegment);
  if (rendered.reduce((sum, r) => sum + r.length, 0) <= max) return rendered.join('');
  let out = '';
  for (const [i, segment] of segments.entries()) {
    const piece = rendered[i] ?? '';
    if (out.length + piece.length + ELLIPSIS.length <= max) {
      out += piece;
      continue;
    }
    const room = max - out.length - ELLIPSIS.length - (segment.bold ? 4 : 0);
    const prefix = prefixWithin(segment.text, room, (s) => escapeMarkdown(s).length, out === '').trimEnd();
    if (prefix !== '') out += renderSegment({ text: prefix, bold: segment.bold });
    break;
  }
  return out.trimEnd() + ELLIPSIS;
}

/** Escapes `text` and fits it in `max` characters. */
export function fitMarkdown(text: string, max: number): string {
  return fitSegments([{ text, bold: false }], max);
}

/** Fits plain text (shown without Markdown: author names, footers, choice names) in `max` characters. */
export function fitPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  return prefixWithin(text, max - ELLIPSIS.length, (s) => s.length, true).trimEnd() + ELLIPSIS;
}

// ── Payloads ───────────────────────────────────────────────────────────────────────────────────

function formatDate(iso: string | undefined, labels: Labels): string | undefined {
  const day = iso?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (day === undefined) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(labels.dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An http(s) link safe inside Markdown's `(…)`, or undefined. */
function safeUrl(url: string | undefined): string | undefined {
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
export function sourceLine(id: string, meta: ArticleMeta | undefined, labels: Labels): string {
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

function sourceField(citations: readonly Citation[], library: Library, labels: Labels): APIEmbedField | undefined {
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
  return { name: ids.length > 1 ? labels.sources : labels.source, value };
}

/** Description budget kept for the answer before later citations are dropped to fit 6000. */
const DESCRIPTION_RESERVE = 1500;

/** The embed for an Answer: every piece within Discord's limits, the whole within 6000. */
export function answerEmbed(answer: Answer, library: Library, locale: Locale): APIEmbed {
  const labels = LABELS[locale];
  const heading = Object.hasOwn(labels.titles, answer.command) ? labels.titles[answer.command as CommandName] : answer.command;
  const title = fitMarkdown(answer.found ? answer.value?.trim() || heading : labels.notFound, LIMITS.embedTitle);
  const query = answer.query.trim();
  const questionLine = query === '' ? '' : `> ${fitMarkdown(query.replace(/\s+/g, ' '), 500)}\n`;

  const tagArticle = new Set(answer.citations.map((c) => c.article)).size > 1;
  const citationLimit = LIMITS.embedFields - 1;
  const cited = answer.citations.slice(0, citationLimit).map((c) => citationField(c, library, tagArticle));
  const omitted = answer.citations.slice(citationLimit).map((c) => c.paragraph);
  const source = sourceField(answer.citations, library, labels);

  const shell = (fields: APIEmbedField[], dropped: number[]): APIEmbed => ({
    title,
    color: answer.found ? COLOR_FOUND : COLOR_NOT_FOUND,
    ...(fields.length + (source ? 1 : 0) > 0 && { fields: source ? [...fields, source] : fields }),
    ...(dropped.length > 0 && {
      footer: { text: fitPlain(labels.more(dropped.length, dropped.map((n) => `¶${n}`).join(', ')), LIMITS.footerText) },
    }),
  });
  const wanted = Math.min(questionLine.length + answer.answer.length + 8, DESCRIPTION_RESERVE);
  let embed = shell(cited, omitted);
  while (cited.length > 1 && embedSize(embed) + wanted > LIMITS.embedTotal) {
    cited.pop();
    omitted.unshift(answer.citations[cited.length]!.paragraph);
    embed = shell(cited, omitted);
  }
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - embedSize(embed)) - questionLine.length;
  const text = answer.answer.trim();
  const description = questionLine + (text === '' || room <= 0 ? '' : fitMarkdown(text, room));
  return description.trim() === '' ? embed : { ...embed, description: description.trimEnd() };
}

/** The payload for a Reply: an embed for answers, a short ephemeral text for everything else. */
export function render(reply: Reply, library: Library, locale: Locale): Payload {
  const labels = LABELS[locale];
  switch (reply.kind) {
    case 'answer':
      return { embeds: [answerEmbed(reply.answer, library, locale)], ephemeral: false };
    case 'error':
      return { content: fitPlain(labels.error(reply.interactionId), LIMITS.content), ephemeral: true };
    case 'cooldown':
      return { content: labels.cooldown(Math.max(1, Math.ceil(reply.seconds))), ephemeral: true };
    case 'unknown-article':
      return { content: labels.unknownArticle(fitMarkdown(reply.article, 100), reply.interactionId), ephemeral: true };
  }
}

/** Acknowledges now and answers later (edit), for work that may pass Discord's 3 seconds. */
export async function acknowledge(interaction: RepliableInteraction): Promise<void> {
  if (!interaction.deferred && !interaction.replied) await interaction.deferReply();
}

/** A message as Discord's API takes it (interaction response data, webhook edit or follow-up). */
export interface MessageData {
  readonly content?: string;
  readonly embeds?: APIEmbed[];
  readonly allowed_mentions: typeof NO_MENTIONS;
  /** Ephemeral (64) or absent; an edit of a deferred reply cannot change it and leaves it out. */
  readonly flags?: number;
}

/** A Payload as raw API JSON, for transports without discord.js (the HTTP interactions endpoint). */
export function messageData(payload: Payload, { edit = false }: { edit?: boolean } = {}): MessageData {
  return {
    ...(payload.content !== undefined && { content: payload.content }),
    ...(payload.embeds !== undefined && { embeds: [...payload.embeds] }),
    allowed_mentions: NO_MENTIONS,
    ...(payload.ephemeral && !edit && { flags: MessageFlags.Ephemeral }),
  };
}

/** Sends a rendered Payload with discord.js: the first response, the edit of a deferred one, or a follow-up. */
export async function sendPayload(interaction: RepliableInteraction, payload: Payload): Promise<void> {
  const body = {
    ...(payload.content !== undefined && { content: payload.content }),
    ...(payload.embeds !== undefined && { embeds: [...payload.embeds] }),
    allowedMentions: NO_MENTIONS,
  };
  const flags = payload.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.replied) await interaction.followUp({ ...body, ...(flags && { flags }) });
  // A deferred reply is public or ephemeral as deferred; an edit cannot change that.
  else if (interaction.deferred) await interaction.editReply(body);
  else await interaction.reply({ ...body, ...(flags && { flags }) });
}

/** Sends a Reply: the first response, the edit of a deferred one, or a follow-up. */
export async function respond(
  interaction: RepliableInteraction,
  reply: Reply,
  library: Library,
  locale: Locale,
): Promise<void> {
  await sendPayload(interaction, render(reply, library, locale));
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

/** Sends autocomplete choices with discord.js, fitted first. */
export async function respondChoices(interaction: AutocompleteInteraction, choices: readonly Choice[]): Promise<void> {
  await interaction.respond(fitChoices(choices));
}
