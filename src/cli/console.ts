// The local console: the bot's slash commands on the terminal, when no Discord token is set.
import { createInterface } from 'node:readline';
import { CATALOG } from '../../commands/catalog.js';
import { answer, type Locale } from '../core.js';
import { articlesLocale, parseCommandLine } from './command-line.js';
import type { Library } from '../index/library.js';
import { renderText } from '../render/text.js';

const banner = (library: Library): string =>
  [
    'kutip local console — not connected to Discord.',
    `Articles loaded: ${library.entries.map((e) => e.article.id).join(', ')}`,
    'Type a command (/help lists them) or a question; Ctrl-D to leave.',
    'To connect to Discord, put DISCORD_TOKEN (and DISCORD_CLIENT_ID) in .env, run `npm run register`, then `npm start`.',
  ].join('\n');

/** Answer one typed line as console text. */
export function consoleReply(library: Library, line: string, locale?: Locale): string {
  const parsed = parseCommandLine(line, locale, articlesLocale(library));
  if ('error' in parsed) return parsed.error;
  return renderText(answer(library, parsed.request), { showArticle: library.entries.length > 1, locale: parsed.request.locale });
}

/** Runs until end of input; resolves when the input closes. */
export function runConsole(
  library: Library,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  locale?: Locale,
): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const completions = CATALOG.flatMap((c) => [`/${c.name} `, `/${c.id} `]);
  const rl = createInterface({
    input,
    output,
    terminal: interactive,
    historySize: 200,
    completer: (line: string): [string[], string] => {
      const hits = completions.filter((c) => c.startsWith(line));
      return [hits.length > 0 ? hits : completions, line];
    },
  });
  output.write(`${banner(library)}\n`);
  if (interactive) {
    rl.setPrompt('kutip> ');
    rl.prompt();
  }
  // A reader that goes away (`npm start | head`) ends the console quietly, as end of input does.
  output.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') rl.close();
  });
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      if (line.trim() !== '') output.write(`${consoleReply(library, line, locale)}\n\n`);
      if (interactive) rl.prompt();
    });
    rl.on('close', () => resolve());
  });
}
