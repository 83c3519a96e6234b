#!/usr/bin/env node
// kutip: the command line. `kutip ask` answers slash commands from the terminal (text or JSON),
// `kutip inspect` shows what the bot understood of each article, `kutip serve-http` runs the HTTP
// interactions endpoint, `kutip add` adds an article from a link or a saved page.
import { compactWhile } from './v8-flags.js';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { addUsage } from './add/usage.js';
import { answerLine } from './cli/ask-lines.js';
import { articlesLocale, isLocale, isPage, MAX_PAGE, parseCommandLine } from './cli/command-line.js';
import { loadConfig } from './config.js';
import { EXIT, reportFailure, UsageError } from './cli/exit-codes.js';
import { loadLibrary } from './load/library.js';
import { renderText } from './render/text.js';
import { WORDS } from './render/words/index.js';

const usage = `Usage:
  kutip ask [COMMAND] [--json] [--article ID] [--lang id|en] [--page N] [--articles-dir DIR]
      COMMAND is a slash command such as "/search bantuan militer" (or by its
      Indonesian name, "/cari bantuan militer") or a question. kutip answers in the
      language of the question unless --lang (or a line's "locale") says otherwise.
      Without COMMAND, reads one command per line from standard input and prints
      JSON Lines, one per input line. A line may be
      {"article": "<id>", "command": "/search …", "locale": "id", "page": 2}.
      Long answers come a page at a time (5 articles or passages over many
      articles, 10 citations within one, 10 timeline events, 8 people);
      --page N (or a line's "page") asks for page N.
      Exits 2 when a command or line was an error (an unknown command or article, bad JSON).
  kutip inspect [--article ID] [--articles-dir DIR] [--json]
      What the bot understood of each article: paragraphs, people, organisations,
      places, quotes and dates.
  kutip console [--article ID] [--articles-dir DIR] [--lang id|en]
      The interactive local console (what npm start opens without DISCORD_TOKEN).
  kutip serve-http [--articles-dir DIR]
      The HTTP interactions endpoint (npm run start:http): POST /interactions and
      GET /healthz on PORT (default 8787). Needs DISCORD_PUBLIC_KEY.
${addUsage}`;

async function readLines(onLine: (line: string) => void): Promise<void> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) if (line.trim() !== '') onLine(line);
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'add') {
    const { runAdd } = await import('./add/cli-add.js');
    return runAdd(argv.slice(1), loadConfig(), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      article: { type: 'string' },
      lang: { type: 'string' },
      page: { type: 'string' },
      'articles-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [verb, ...rest] = positionals;
  if (values.help || verb === undefined) {
    // Asked for: on stdout, exit 0; a command missing: on stderr, exit 2.
    (values.help ? process.stdout : process.stderr).write(`${usage}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const locale = values.lang;
  if (locale !== undefined && !isLocale(locale)) throw new UsageError('--lang must be id or en');
  const page = values.page === undefined ? undefined : Number(values.page);
  if (page !== undefined && (!/^\d+$/.test(values.page!) || !isPage(page))) throw new UsageError(`--page must be a whole number from 1 to ${MAX_PAGE}`);
  const config = loadConfig();
  const dir = values['articles-dir'] ?? config.articlesDir;
  // --article narrows what is loaded for inspect and console; for ask it aims the commands.
  const library = compactWhile(() => loadLibrary({
    dir,
    ...(config.cacheDir !== undefined && { cacheDir: config.cacheDir }),
    ...(config.loadThreads !== undefined && { parallel: { threads: config.loadThreads } }),
    ...(verb !== 'ask' && values.article !== undefined && { only: values.article }),
  }));
  for (const problem of library.stats.problems) process.stderr.write(`kutip: skipped ${problem}\n`);
  const showArticle = library.entries.length > 1;
  switch (verb) {
    case 'ask': {
      const defaults = { ...(values.article !== undefined && { article: values.article }), ...(locale !== undefined && { locale }), ...(page !== undefined && { page }) };
      if (rest.length > 0) {
        const line = rest.join(' ');
        const result = answerLine(library, line, defaults);
        const parsed = parseCommandLine(line, locale, articlesLocale(library, values.article));
        const shownIn = 'error' in parsed ? parsed.locale : parsed.request.locale;
        if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else if (result.error !== undefined) process.stderr.write(`kutip: ${result.answer}\n`);
        else {
          const { page: at = 1, pages = 1 } = 'pages' in result ? result : {};
          const more = at < pages ? `\n${WORDS[shownIn].nextPageHint(at + 1)}` : '';
          process.stdout.write(`${renderText(result, { showArticle, locale: shownIn })}${more}\n`);
        }
        return result.error === undefined ? EXIT.ok : EXIT.usage;
      }
      // Every line gets its answer, errors included; one error makes the exit code 2.
      let errors = 0;
      await readLines((line) => {
        const result = answerLine(library, line, defaults);
        if (result.error !== undefined) errors++;
        process.stdout.write(`${JSON.stringify(result)}\n`);
      });
      return errors === 0 ? EXIT.ok : EXIT.usage;
    }
    case 'inspect': {
      const { inspectLibrary, renderInspection } = await import('./cli/inspect.js');
      const report = inspectLibrary(library);
      process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderInspection(report));
      return 0;
    }
    case 'console': {
      const { runConsole } = await import('./cli/console.js');
      await runConsole(library, process.stdin, process.stdout, locale);
      return 0;
    }
    case 'serve-http': {
      // Serves until SIGINT or SIGTERM, which exit the process.
      const { serveHttp } = await import('./serve-http.js');
      // The folder is followed; not when only one of its articles was loaded (--article).
      await serveHttp({ ...config, articlesDir: dir, ...(values.article !== undefined && { watchArticles: false }) }, library);
      return 0;
    }
    default:
      process.stderr.write(`kutip: unknown command "${verb.slice(0, 40)}"\n${usage}\n`);
      return 2;
  }
}

// A reader that goes away (`kutip ask < lines | head`) is no error: stop writing, quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => reportFailure(err),
);
