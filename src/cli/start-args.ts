// The command line of the long-running entry points (`npm start`, `npm run start:sharded`,
// `npm run start:http`): --articles-dir DIR (as `kutip` takes it) and --help. Anything else is
// refused with the usage, never ignored.
import { parseArgs } from 'node:util';
import { UsageError, parseArgsProblem } from './exit-codes.js';

export interface StartArgs {
  /** Folder of articles; wins over ARTICLES_DIR. */
  readonly articlesDir?: string;
  readonly help: boolean;
}

/** The usage of one entry point, e.g. usageOf('npm start'). */
export const usageOf = (command: string): string =>
  `usage: ${command} [-- --articles-dir DIR]   (settings come from the environment or .env; see .env.example)`;

/** Throws a UsageError (exit 2) for an unknown option, a positional argument or a missing value. */
export function parseStartArgs(argv: readonly string[], usage: string): StartArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        'articles-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const dir = values['articles-dir'];
    if (dir !== undefined && dir.trim() === '') throw new UsageError(`--articles-dir needs a folder\n${usage}`);
    return { help: values.help, ...(dir !== undefined && { articlesDir: dir }) };
  } catch (err) {
    const problem = parseArgsProblem(err);
    if (problem !== undefined) throw new UsageError(`${problem}\n${usage}`);
    throw err;
  }
}
