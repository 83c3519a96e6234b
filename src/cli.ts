#!/usr/bin/env node
// kutip: the command line. `kutip ask` answers slash commands from the terminal (text or JSON),
// `kutip inspect` shows what the bot understood of each article, `kutip serve-http` runs the HTTP
// interactions endpoint, `kutip add` adds an article from a link or a saved page.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { addUsage } from './add/usage.js';
import { answer, type Locale } from './core.js';
import { parseCommandLine } from './cli/command-line.js';
import { ConfigError, loadConfig } from './config.js';
import { ArticleError } from './load/article.js';
import { loadLibrary } from './load/library.js';
import type { Library } from './index/library.js';
import { renderText } from './render/text.js';

const usage = `Usage:
  kutip ask [COMMAND] [--json] [--article ID] [--articles-dir DIR] [--lang id|en]
      COMMAND is a slash command such as "/search bantuan militer" (or its Indonesian
      name, "/cari bantuan militer") or a question. Answers come in the language of
      the question unless --lang says otherwise.
      Without COMMAND, reads one command per line from standard input and prints
      JSON Lines, one per input line. A line may be {"article": "<id>", "command": "/search …", "locale": "id"}.
  kutip inspect [--article ID] [--articles-dir DIR] [--json]
      What the bot understood of each article: paragraphs, people, organisations,
      places, quotes and dates.
  kutip console [--article ID] [--articles-dir DIR] [--lang id|en]
      The interactive local console (what npm start opens without DISCORD_TOKEN).
  kutip serve-http [--articles-dir DIR]
      The HTTP interactions endpoint (npm run start:http): POST /interactions and
      GET /healthz on PORT (default 8787). Needs DISCORD_PUBLIC_KEY.
${addUsage}`;

function answerLine(library: Library, line: string, article?: string, locale?: Locale): object {
  const parsed = parseCommandLine(line, locale);
  if ('error' in parsed) return { command: 'error', query: line, found: false, answer: parsed.error, citations: [] };
  const request = article !== undefined && parsed.request.article === undefined ? { ...parsed.request, article } : parsed.request;
  return answer(library, request);
}

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
      'articles-dir': { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') {
    process.stderr.write(`kutip: --lang must be id or en\n${usage}\n`);
    return 2;
  }
  const lang = values.lang as Locale | undefined;
  const [verb, ...rest] = positionals;
  if (values.help || verb === undefined) {
    process.stdout.write(`${usage}\n`);
    return verb === undefined && !values.help ? 2 : 0;
  }
  const config = loadConfig();
  const dir = values['articles-dir'] ?? config.articlesDir;
  // --article narrows what is loaded for inspect and console; for ask it aims the commands.
  const library = loadLibrary({
    dir,
    ...(config.cacheDir !== undefined && { cacheDir: config.cacheDir }),
    ...(verb !== 'ask' && values.article !== undefined && { only: values.article }),
  });
  for (const problem of library.stats.problems) process.stderr.write(`kutip: skipped ${problem}\n`);
  const showArticle = library.entries.length > 1;
  switch (verb) {
    case 'ask': {
      if (rest.length > 0) {
        const result = answerLine(library, rest.join(' '), values.article, lang);
        const text = values.json ? JSON.stringify(result) : renderText(result as never, { showArticle });
        process.stdout.write(`${text}\n`);
        return 0;
      }
      await readLines((line) => process.stdout.write(`${JSON.stringify(answerLine(library, line, values.article, lang))}\n`));
      return 0;
    }
    case 'inspect': {
      const { inspectLibrary, renderInspection } = await import('./cli/inspect.js');
      const report = inspectLibrary(library);
      process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderInspection(report));
      return 0;
    }
    case 'console': {
      const { runConsole } = await import('./cli/console.js');
      await runConsole(library, process.stdin, process.stdout, lang);
      return 0;
    }
    case 'serve-http': {
      // Serves until SIGINT or SIGTERM, which exit the process.
      const { serveHttp } = await import('./serve-http.js');
      await serveHttp(config, library);
      return 0;
    }
    default:
      process.stderr.write(`kutip: unknown command "${verb.slice(0, 40)}"\n${usage}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof ConfigError || err instanceof ArticleError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`kutip: ${known ? (err as Error).message : `unexpected error: ${err instanceof Error ? err.message : String(err)}`}\n`);
    process.exitCode = known ? 2 : 1;
  },
);
