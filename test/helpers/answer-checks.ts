// What the property tests hold every answer and every message to: the Answer contract, the
// documented near misses that may cite without finding, and Discord's limits. Shared by
// test/properties-answer.test.ts and test/properties-load.test.ts.
import { expect } from 'vitest';
import { z } from 'zod';
import { articleIds, paragraphText, type Answer, type AnswerRequest, type Library, type messageOf } from './engine.js';
import { live } from './markdown-checks.js';

type Message = ReturnType<typeof messageOf>;

export const notBlank = (s: string) => s.trim() !== '';

/** The Answer contract (src/types.ts): fields may be added, these never renamed. */
const citationSchema = z.object({
  article: z.string().min(1),
  paragraph: z.number().int().positive(),
  excerpt: z.string().refine(notBlank, 'is blank'),
  highlights: z.array(z.string()).optional(),
});
export const answerSchema = z.object({
  command: z.string(),
  query: z.string(),
  found: z.boolean(),
  answer: z.string().refine(notBlank, 'is blank'),
  value: z.string().optional(),
  citations: z.array(citationSchema),
});

/**
 * The only answers that say "not found" and still cite (by their `reason`): the article holds something near what was
 * asked, and the answer names the paragraphs it cites. Found in the code and documented in README:
 *  - /when (and /ask routed to /when), src/answer/when.ts: the passage that tells of the event
 *    gives no date. It cites that passage, and the nearest absolute date stated before it, which
 *    the answer labels as not the date of the event.
 *  - /quote, src/answer/quote.ts (step 3): the person is named in the article but never quoted. It
 *    cites the paragraphs that name them.
 * Any other found:false answer cites nothing.
 */
export const NEARBY: readonly { readonly name: string; readonly commands: readonly string[]; readonly reason: string; readonly maxCitations?: number }[] = [
  { name: 'passage without a date', commands: ['when', 'ask'], reason: 'undated', maxCitations: 2 },
  { name: 'named but not quoted', commands: ['quote'], reason: 'unquoted' },
];

/** Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD = { content: 2000, embeds: 10, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256, total: 6000 } as const;

/** Every string of a message Discord shows, with where it is. */
function shownStrings(message: Message): [string, string][] {
  const out: [string, string][] = [];
  if (message.content !== undefined) out.push(['content', message.content]);
  for (const [i, e] of (message.embeds ?? []).entries()) {
    if (e.title !== undefined) out.push([`embeds[${i}].title`, e.title]);
    if (e.description !== undefined) out.push([`embeds[${i}].description`, e.description]);
    if (e.footer !== undefined) out.push([`embeds[${i}].footer`, e.footer.text]);
    if (e.author !== undefined) out.push([`embeds[${i}].author`, e.author.name]);
    for (const [j, f] of (e.fields ?? []).entries()) out.push([`embeds[${i}].fields[${j}].name`, f.name], [`embeds[${i}].fields[${j}].value`, f.value]);
  }
  return out;
}

/** Every Discord limit, allowed_mentions empty, and no live @everyone, @here, <@, <@& or <# in any string shown. */
export function checkMessage(message: Message, label: string): void {
  expect(message.allowed_mentions, label).toEqual({ parse: [] });
  expect(message.content?.length ?? 0, label).toBeLessThanOrEqual(DISCORD.content);
  const embeds = message.embeds ?? [];
  expect(embeds.length, label).toBeGreaterThan(0);
  expect(embeds.length, label).toBeLessThanOrEqual(DISCORD.embeds);
  let total = 0;
  for (const e of embeds) {
    const fields = e.fields ?? [];
    expect(e.title?.length ?? 0, `${label}: title`).toBeLessThanOrEqual(DISCORD.title);
    expect(e.description?.length ?? 0, `${label}: description`).toBeLessThanOrEqual(DISCORD.description);
    expect(fields.length, `${label}: fields`).toBeLessThanOrEqual(DISCORD.fields);
    expect(e.footer?.text.length ?? 0, `${label}: footer`).toBeLessThanOrEqual(DISCORD.footer);
    expect(e.author?.name.length ?? 0, `${label}: author`).toBeLessThanOrEqual(DISCORD.author);
    for (const [j, f] of fields.entries()) {
      expect(notBlank(f.name) && f.name.length <= DISCORD.fieldName, `${label}: fields[${j}].name ${JSON.stringify(f.name)}`).toBe(true);
      expect(notBlank(f.value) && f.value.length <= DISCORD.fieldValue, `${label}: fields[${j}].value (${f.value.length})`).toBe(true);
    }
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    total += fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  }
  expect(total, `${label}: characters in all embeds`).toBeLessThanOrEqual(DISCORD.total);
  for (const [where, text] of shownStrings(message)) {
    const active = live(text);
    expect(/@(everyone|here)/.test(active), `${label}: ${where} has a live @everyone/@here: ${JSON.stringify(text)}`).toBe(false);
    expect(/<[@#]/.test(active), `${label}: ${where} has a raw <@, <@& or <#: ${JSON.stringify(text)}`).toBe(false);
  }
}

/** The citations of an answer: loaded articles, existing paragraphs, verbatim excerpts and highlights, within the article asked for. */
export function checkCitations(library: Library, request: AnswerRequest, answer: Answer, label: string): void {
  const id = request.article?.trim();
  const only = id !== undefined && articleIds(library).includes(id) ? id : undefined;
  for (const citation of answer.citations) {
    const where = `${label} → ${citation.article} ¶${citation.paragraph}`;
    const paragraph = paragraphText(library, citation.article, citation.paragraph);
    expect(paragraph, `${where}: no such article or paragraph`).toBeDefined();
    expect(paragraph!.includes(citation.excerpt), `${where}: excerpt is not a slice of the paragraph: ${JSON.stringify(citation.excerpt)}`).toBe(true);
    for (const h of citation.highlights ?? []) expect(citation.excerpt.includes(h), `${where}: highlight ${JSON.stringify(h)} is not in the excerpt`).toBe(true);
    if (only !== undefined) expect(citation.article, `${where}: outside the article asked for`).toBe(only);
  }
}

/** A found:false answer cites nothing, unless it is one of the documented near misses (NEARBY). */
export function checkNotFound(request: AnswerRequest, answer: Answer, label: string): void {
  if (answer.found || answer.citations.length === 0) return;
  const nearby = NEARBY.find((n) => n.commands.includes(request.command) && n.reason === answer.reason);
  expect(nearby, `${label}: found:false with ${answer.citations.length} citations: ${answer.answer}`).toBeDefined();
  expect(answer.citations.length, `${label}: ${nearby!.name}`).toBeLessThanOrEqual(nearby!.maxCitations ?? Infinity);
  for (const citation of answer.citations) expect(answer.answer, `${label}: ${nearby!.name} names what it cites`).toContain(`¶${citation.paragraph}`);
}

/** The Answer contract for the command asked. */
export function checkContract(request: AnswerRequest, answer: Answer, label: string): void {
  const parsed = answerSchema.safeParse(answer);
  expect(parsed.success ? [] : parsed.error.issues, label).toEqual([]);
  expect(answer.command, label).toBe(request.command);
}
