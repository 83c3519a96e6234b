// `kutip add <url | page.html | text.txt> [--id ID]`: the command-line face of addArticle.
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { addArticle, inputOf } from './add-article.js';
import { addedText, problemText, type Locale } from './words.js';

export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Run `kutip add`; the exit code is 0 when the article was added, 1 when it was refused. */
export async function runAdd(argv: string[], config: Config, io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      'articles-dir': { type: 'string' },
      lang: { type: 'string', default: 'en' },
      json: { type: 'boolean', default: false },
    },
  });
  const locale: Locale = values.lang === 'id' ? 'id' : 'en';
  if (values.lang !== 'en' && values.lang !== 'id') {
    io.err(`kutip: --lang must be en or id\n`);
    return 2;
  }
  if (positionals.length !== 1) {
    io.err(`kutip: ${problemText({ code: 'empty-input' }, locale)} (kutip --help)\n`);
    return 2;
  }
  const result = await addArticle(inputOf(positionals[0]!), {
    dir: values['articles-dir'] ?? config.articlesDir,
    ...(values.id !== undefined && { id: values.id }),
    fetch: { allowLoopback: config.fetchAllowLoopback === true },
    // A folder named on the command line that does not exist yet is made, as for a first article.
    createDir: true,
  });
  if (values.json) io.out(`${JSON.stringify(result)}\n`);
  if (result.ok) {
    if (!values.json) io.out(`${addedText(result.article, locale)}\n`);
    return 0;
  }
  io.err(`kutip: ${problemText(result.problem, locale)}\n`);
  return 1;
}
