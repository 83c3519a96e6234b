// One line a person types ("/search bantuan militer") → a request for the core.
import { commandNames, type AnswerRequest } from '../answer/index.js';
import type { CommandName } from '../types.js';

export type ParsedLine = { readonly request: AnswerRequest } | { readonly error: string };

const isCommand = (name: string): name is CommandName => (commandNames as readonly string[]).includes(name);

/**
 * "/who Sutrisno" → who; a line without a slash is a question for /ask. A line may also be a JSON
 * object {"article": "<id>", "command": "/search …"} that aims one command at one article.
 */
export function parseCommandLine(line: string): ParsedLine {
  const text = line.trim();
  if (text.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { error: 'That line looks like JSON but is not valid JSON.' };
    }
    if (typeof data !== 'object' || data === null || typeof (data as { command?: unknown }).command !== 'string') {
      return { error: 'A JSON line needs a "command" string, e.g. {"command": "/search Kursk"}.' };
    }
    const { command, article } = data as { command: string; article?: unknown };
    if (article !== undefined && typeof article !== 'string') return { error: '"article" must be a string (an article id).' };
    const parsed = parseCommandLine(command);
    if ('error' in parsed) return parsed;
    return { request: { ...parsed.request, ...(article !== undefined && { article }) } };
  }
  if (!text.startsWith('/')) return { request: { command: 'ask', query: text } };
  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(text);
  const name = (m?.[1] ?? '').toLowerCase();
  if (!isCommand(name)) return { error: `Unknown command “/${name.slice(0, 40)}”. Commands: ${commandNames.map((c) => `/${c}`).join(' ')}` };
  return { request: { command: name, query: m?.[2] ?? '' } };
}
