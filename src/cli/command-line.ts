// One line a person types ("/search bantuan militer", "/cari bantuan militer") → a request for the
// core. A line without a slash is a question for /ask. A line may also be a JSON object
// {"command": "/search …", "article": "<id>", "locale": "id"} that aims one command at one article
// and says which language to answer in.
import { CATALOG, commandNamed } from '../../commands/catalog.js';
import type { AnswerRequest } from '../core.js';
import { localeOfText } from '../core.js';
import { WORDS, type Locale } from '../render/words/index.js';

/** What was wrong with a line: a short code for scripts (the sentence is in the line's language). */
export type LineErrorKind = 'bad-json' | 'bad-line' | 'bad-locale' | 'unknown-command';

export type ParsedLine =
  | { readonly request: AnswerRequest & { readonly locale: Locale } }
  | { readonly error: string; readonly kind: LineErrorKind; readonly locale: Locale };

export const isLocale = (v: unknown): v is Locale => v === 'id' || v === 'en';

/** The fields a JSON line may have. */
const FIELDS = ['command', 'article', 'locale', 'page'];

/** Highest page a line or --page may ask for: far past any answer's last page, and no more. */
export const MAX_PAGE = 100_000;

export const isPage = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_PAGE;

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
      return { error: WORDS[fallback].badJson, kind: 'bad-json', locale: fallback };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: WORDS[fallback].jsonNeedsCommand, kind: 'bad-line', locale: fallback };
    const { command, article, locale: asked, page } = data as { command?: unknown; article?: unknown; locale?: unknown; page?: unknown };
    if (asked !== undefined && !isLocale(asked)) return { error: WORDS[fallback].jsonLocale, kind: 'bad-locale', locale: fallback };
    const lang = asked ?? fallback;
    const unknown = Object.keys(data).find((field) => !FIELDS.includes(field));
    if (unknown !== undefined) return { error: WORDS[lang].jsonUnknownField(unknown.slice(0, 40)), kind: 'bad-line', locale: lang };
    if (typeof command !== 'string') return { error: WORDS[lang].jsonNeedsCommand, kind: 'bad-line', locale: lang };
    if (article !== undefined && typeof article !== 'string') return { error: WORDS[lang].jsonArticleType, kind: 'bad-line', locale: lang };
    if (page !== undefined && !isPage(page)) return { error: WORDS[lang].jsonPage(MAX_PAGE), kind: 'bad-line', locale: lang };
    const parsed = parseCommandLine(command, asked ?? locale);
    if ('error' in parsed) return parsed;
    return { request: { ...parsed.request, ...(article !== undefined && { article }), ...(page !== undefined && { page }) } };
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
    return { error: WORDS[answerIn].unknownCommand(typed.slice(0, 40), names), kind: 'unknown-command', locale: answerIn };
  }
  return { request: { command: entry.name, query: rest, locale: answerIn } };
}
