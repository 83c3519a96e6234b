// The question line of an answer's embed ("> what was asked"), written in full so that a paging
// button can read the question back from the message it is on (render/page-id.ts): the query is
// escaped for Markdown, and unescaping gives it back exactly, white space runs aside.
import { escapeMarkdown } from './markdown.js';
import { normalQuery } from './page-id.js';

/** Longer than any query a command takes (300 characters) once escaped, so the line is never cut. */
export const QUESTION_LINE_MAX = 700;

/** "> the query\n", or '' for an empty query. */
export function questionLine(query: string): string {
  const text = normalQuery(query);
  if (text === '') return '';
  const escaped = escapeMarkdown(text);
  return escaped.length <= QUESTION_LINE_MAX ? `> ${escaped}\n` : `> ${escaped.slice(0, QUESTION_LINE_MAX).replace(/\\$/, '')}…\n`;
}

/** The query a message's embed description asks, as typed (white space runs as one space); '' when it has none. */
export function questionOf(description: string | undefined): string {
  if (description === undefined || !description.startsWith('> ')) return '';
  const line = description.slice(2).split('\n', 1)[0] ?? '';
  // escapeMarkdown puts a backslash before punctuation (a backslash before itself): undo it, left to right.
  return line.replace(/\\([^\p{L}\p{N}\s])/gu, '$1');
}
