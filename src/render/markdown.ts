// Markdown for Discord: user and article text escaped so it shows as typed, runs of it in bold, and
// any piece cut to a limit at a word boundary with "…".
const ELLIPSIS = '…';

/**
 * Escapes text so Discord shows it as typed: no bold, links, spoilers, code, headings, lists,
 * quotes, mentions, emoji or timestamps. Discord hides a backslash before punctuation.
 * (discord.js's own escapeMarkdown leaves mentions, block quotes and subtext alone, and takes
 * quadratic time on long text — 7 s for 48 KB — where this is one pass per rule.)
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

