// One line a person types ("/search bantuan militer", "/cari bantuan militer") → a request for the
// core. A line without a slash is a question for /ask. A line may also be a JSON object
// {"command": "/search …", "article": "<id>", "locale": "id"} that aims one command at one article
// and says which language to answer in.
import { CATALOG, commandNamed } from '../../commands/catalog.js';
import type { AnswerRequest } from '../core.js';
import { localeOfText } from '../core.js';
import { WORDS, type Locale } from '../render/words/index.js';
import type { Library } from '../index/library.js';

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

/** The language of the articles a line asks of, by the article it aims at (an id, or none): undefined where they do not tell. */
export type ArticlesLocale = (article?: string) => Locale | undefined;

/** The language of the article aimed at (`aimed`: the default of lines that aim at none), else the one every article of the library is written in. */
export function articlesLocale(library: Library, aimed?: string): ArticlesLocale {
  return (article = aimed) => {
    const entry = article === undefined ? undefined : library.get(article.trim());
    if (entry) return entry.article.meta.language;
    const first = library.entries[0]?.article.meta.language;
    return library.entries.every((e) => e.article.meta.language === first) ? first : undefined;
  };
}

/**
 * `locale` is the language to answer in when the line does not say (`--lang`); without it, the
 * language of what was typed, and where its words do not tell (a name alone, "/who Lorem"), the
 * articles' (`untold`), else English.
 */
export function parseCommandLine(line: string, locale?: Locale, untold: ArticlesLocale = () => undefined): ParsedLine {
  const text = line.trim();
  const json = text.startsWith('{');
  // A JSON line's own words are its field names: what is wrong with its fields is said in English
  // unless it says otherwise; the articles' language is for the command it carries.
  const fallback = locale ?? localeOfText(text, json ? undefined : untold());
  if (json) {
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
    const parsed = parseCommandLine(command, asked ?? locale, (a) => untold(article ?? a));
    if ('error' in parsed) return parsed;
    return { request: { ...parsed.request, ...(article !== undefined && { article }), ...(page !== undefined && { page }) } };
  }
  if (!text.startsWith('/')) return { request: { command: 'ask', query: text, locale: fallback } };
  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(text);
  const typed = m?.[1] ?? '';
  const rest = m?.[2] ?? '';
  const entry = commandNamed(typed);
  // "/siapa …" asks in Indonesian as surely as its words do.
  const answerIn = locale ?? (entry && entry.id === typed.toLowerCase() ? 'id' : localeOfText(rest, untold()));
  if (!entry) {
    const names = CATALOG.map((c) => `/${answerIn === 'id' ? c.id : c.name}`).join(' ');
    return { error: WORDS[answerIn].unknownCommand(typed.slice(0, 40), names), kind: 'unknown-command', locale: answerIn };
  }
  return { request: { command: entry.name, query: rest, locale: answerIn } };
}
