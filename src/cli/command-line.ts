// One line a person types ("/search bantuan militer", "/cari bantuan militer") → a request for the
// core. A line without a slash is a question for /ask. A line may also be a JSON object
// {"command": "/search …", "article": "<id>", "locale": "id"} that aims one command at one article
// and says which language to answer in.
import { CATALOG, commandNamed } from '../../commands/catalog.js';
import type { AnswerRequest } from '../core.js';
import { localeOfText } from '../core.js';
import { WORDS, type Locale } from '../render/words/index.js';

export type ParsedLine = { readonly request: AnswerRequest & { readonly locale: Locale } } | { readonly error: string; readonly locale: Locale };

const isLocale = (v: unknown): v is Locale => v === 'id' || v === 'en';

/**
 * `locale` is the language to answer in when the line does not say (`--lang`); without it, the
 * language of what was typed.
 */
export function parseCommandLine(line: string, locale?: Locale): ParsedLine {
  const text = line.trim();
  const fallback = locale ?? localeOfText(text);
  if (text.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { error: WORDS[fallback].badJson, locale: fallback };
    }
    if (typeof data !== 'object' || data === null || typeof (data as { command?: unknown }).command !== 'string') {
      return { error: WORDS[fallback].jsonNeedsCommand, locale: fallback };
    }
    const { command, article, locale: asked } = data as { command: string; article?: unknown; locale?: unknown };
    if (article !== undefined && typeof article !== 'string') return { error: WORDS[fallback].jsonArticleType, locale: fallback };
    if (asked !== undefined && !isLocale(asked)) return { error: WORDS[fallback].jsonLocale, locale: fallback };
    const parsed = parseCommandLine(command, asked ?? locale);
    if ('error' in parsed) return parsed;
    return { request: { ...parsed.request, ...(article !== undefined && { article }) } };
  }
  if (!text.startsWith('/')) return { request: { command: 'ask', query: text, locale: fallback } };
  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(text);
  const typed = m?.[1] ?? '';
  const rest = m?.[2] ?? '';
  const entry = commandNamed(typed);
  // "/siapa …" asks in Indonesian as surely as its words do.
  const answerIn = locale ?? (entry && entry.id === typed.toLowerCase() ? 'id' : localeOfText(rest));
  if (!entry) {
    const names = CATALOG.map((c) => `/${answerIn === 'id' ? c.id : c.name}`).join(' ');
    return { error: WORDS[answerIn].unknownCommand(typed.slice(0, 40), names), locale: answerIn };
  }
  return { request: { command: entry.name, query: rest, locale: answerIn } };
}
