// What Discord would make of a string the bot sends: which characters are live Markdown, what the
// user sees, and whether anything in it pings, links or breaks formatting. Written independently of
// src/bot/respond.ts, so a mistake in its escaping is caught here rather than repeated.

/** Discord lets a backslash escape any ASCII punctuation. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/** The character at each position, or `null` where it is escaped (shown literally, inert). */
function liveCharacters(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\\' && next !== undefined && PUNCTUATION.test(next)) {
      out.push(null, null);
      i++;
    } else out.push(c);
  }
  return out;
}

/** The string with every escaped character (and its backslash) replaced by U+FFFD: only live Markdown left. */
export function live(text: string): string {
  return liveCharacters(text)
    .map((c) => c ?? '\uFFFD')
    .join('');
}

/** What Discord shows: escapes resolved, the bot's own `**` bold markers gone. */
export function shown(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\\' && next !== undefined && PUNCTUATION.test(next)) {
      out += next;
      i++;
    } else if (c === '*' && next === '*') i++;
    else out += c;
  }
  return out;
}

export interface Where {
  /** The description may open with the bot's own `> ` quote: the question's line, or each line of a checked message. */
  readonly quoteLine?: boolean;
  /** The bot's own `[title](https://…)` link may occur (the Source field). */
  readonly links?: boolean;
}

/** Why this string, as sent, would ping someone or show Markdown the bot did not write. Empty when fine. */
export function markdownProblems(text: string, where: Where = {}): string[] {
  const problems: string[] = [];
  let active = live(text);
  if (/@(everyone|here)/.test(active)) problems.push('unescaped @everyone/@here');
  if (where.links) active = active.replace(/\[[^[\]\n]*\]\(https?:\/\/[^\s()]+\)/g, 'LINK');
  if (where.quoteLine) active = active.replace(/^(?:> [^\n]*(?:\n|$))+/, (block) => block.replace(/^> /gm, 'QUOTE '));
  const bold = active.match(/\*\*/g)?.length ?? 0;
  if (bold % 2 !== 0) problems.push(`unbalanced ** (${bold})`);
  // The bot's own inline code: an option name or an interaction id (typed text is escaped, never live).
  const rest = active.replace(/\*\*/g, '').replace(/`[\w-]+`/g, 'CODE');
  const markers: [RegExp, string][] = [
    [/</, 'live < (mention, channel, role, emoji or timestamp syntax)'],
    [/\*/, 'live *'],
    [/_/, 'live _'],
    [/~/, 'live ~'],
    [/\|/, 'live |'],
    [/`/, 'live `'],
    [/[[\]]/, 'live [ or ]'],
    [/>/, 'live >'],
    [/^\s*(#{1,3} |-# |[-+] |\d+\. )/m, 'a line starting with a heading or list marker'],
  ];
  for (const [pattern, problem] of markers) if (pattern.test(rest)) problems.push(problem);
  return problems;
}

export interface SentMessage {
  readonly content?: string;
  readonly embeds?: readonly {
    readonly title?: string;
    readonly description?: string;
    readonly footer?: { readonly text: string };
    readonly author?: { readonly name: string };
    readonly fields?: readonly { readonly name: string; readonly value: string }[];
  }[];
}

/** Every problem of every rendered string of a message, each prefixed with where it is. */
export function messageMarkdownProblems(message: SentMessage): string[] {
  const problems: string[] = [];
  const check = (where: string, text: string | undefined, options?: Where) => {
    for (const problem of markdownProblems(text ?? '', options)) problems.push(`${where}: ${problem}`);
  };
  check('content', message.content);
  for (const [i, embed] of (message.embeds ?? []).entries()) {
    check(`embeds[${i}].title`, embed.title);
    check(`embeds[${i}].description`, embed.description, { quoteLine: true });
    check(`embeds[${i}].footer`, embed.footer?.text);
    check(`embeds[${i}].author`, embed.author?.name);
    for (const [j, field] of (embed.fields ?? []).entries()) {
      check(`embeds[${i}].fields[${j}].name`, field.name);
      // Citations are excerpts; the last field names the sources, with links.
      check(`embeds[${i}].fields[${j}].value`, field.value, { links: !field.name.startsWith('¶') });
    }
  }
  return problems;
}
