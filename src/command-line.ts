// One line a person types ("/search bantuan militer") → a request for the core.
import { commandNames, type AnswerRequest, type Locale } from './answer/index.js';
import type { CommandName } from './types.js';

/** What was wrong with a line: a short code for scripts, and a sentence in the line's language. */
export type LineErrorKind = 'bad-json' | 'bad-line' | 'bad-locale' | 'unknown-command';

export type ParsedLine = { readonly request: AnswerRequest } | { readonly error: string; readonly kind: LineErrorKind };

const isCommand = (name: string): name is CommandName => (commandNames as readonly string[]).includes(name);

export const LOCALES: readonly Locale[] = ['en', 'id'];
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** The fields a JSON line may have. */
const FIELDS = ['command', 'article', 'locale'];

const commandList = commandNames.map((c) => `/${c}`).join(' ');
const cut = (text: string) => text.slice(0, 40);

const lineMessages: Readonly<Record<Locale, Readonly<Record<Exclude<LineErrorKind, 'unknown-command'>, string> & {
  unknownField: (field: string) => string;
  unknownCommand: (name: string) => string;
}>>> = {
  en: {
    'bad-json': 'That line looks like JSON but is not valid JSON.',
    'bad-line': 'A JSON line needs a "command" string, e.g. {"command": "/search Kursk"}.',
    'bad-locale': '"locale" must be "id" (Indonesian) or "en" (English).',
    unknownField: (field) => `Unknown field “${cut(field)}” in the JSON line; the fields are command, article and locale.`,
    unknownCommand: (name) => `Unknown command “/${cut(name)}”. Commands: ${commandList}`,
  },
  id: {
    'bad-json': 'Baris itu tampak seperti JSON, tetapi bukan JSON yang sah.',
    'bad-line': 'Baris JSON memerlukan string "command", misalnya {"command": "/search Kursk"}.',
    'bad-locale': '"locale" harus "id" (bahasa Indonesia) atau "en" (bahasa Inggris).',
    unknownField: (field) => `Kolom “${cut(field)}” tidak dikenal dalam baris JSON; kolomnya command, article, dan locale.`,
    unknownCommand: (name) => `Perintah “/${cut(name)}” tidak dikenal. Perintah: ${commandList}`,
  },
};

const articleMessage: Readonly<Record<Locale, string>> = {
  en: '"article" must be a string (an article id).',
  id: '"article" harus berupa string (id artikel).',
};

/**
 * "/who Sutrisno" → who; a line without a slash is a question for /ask. A line may also be a JSON
 * object {"article": "<id>", "command": "/search …", "locale": "id"} that aims one command at one
 * article and chooses the language of kutip's own words (`locale`, default: `locale` given here).
 */
export function parseCommandLine(line: string, locale: Locale = 'en'): ParsedLine {
  const text = line.trim();
  const fail = (kind: Exclude<LineErrorKind, 'unknown-command'>, lang: Locale = locale): ParsedLine => ({ error: lineMessages[lang][kind], kind });
  if (text.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return fail('bad-json');
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('bad-line');
    const fields = data as Record<string, unknown>;
    if (fields.locale !== undefined && !isLocale(fields.locale)) return fail('bad-locale');
    const lang = isLocale(fields.locale) ? fields.locale : locale;
    const unknown = Object.keys(fields).find((field) => !FIELDS.includes(field));
    if (unknown !== undefined) return { error: lineMessages[lang].unknownField(unknown), kind: 'bad-line' };
    if (typeof fields.command !== 'string') return fail('bad-line', lang);
    if (fields.article !== undefined && typeof fields.article !== 'string') return { error: articleMessage[lang], kind: 'bad-line' };
    const parsed = parseCommandLine(fields.command, lang);
    if ('error' in parsed) return parsed;
    return { request: { ...parsed.request, ...(fields.article !== undefined && { article: fields.article }) } };
  }
  if (!text.startsWith('/')) return { request: { command: 'ask', query: text, locale } };
  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(text);
  const name = (m?.[1] ?? '').toLowerCase();
  if (!isCommand(name)) return { error: lineMessages[locale].unknownCommand(name), kind: 'unknown-command' };
  return { request: { command: name, query: m?.[2] ?? '', locale } };
}
