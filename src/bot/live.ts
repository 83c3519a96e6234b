// The live library in a running bot (the gateway process, each shard, each HTTP replica): watch the
// articles folder unless WATCH_ARTICLES=0, log one info line per reload and one warning per file
// that could not be read, and give /article add and /article remove the folder they change.
import type { Config } from '../config.js';
import type { LiveLibrary, ReloadReport } from '../load/live-library.js';
import { watchArticles, type WatchOptions } from '../load/watch-articles.js';
import type { ArticleFolder } from './action.js';
import type { Logger } from './log.js';

/** Ids named in a reload line at most, per kind; the counts are always whole. */
const IDS_SHOWN = 20;

export interface Live {
  /** What /article add and /article remove change. */
  readonly folder: ArticleFolder;
  /** Stops watching. */
  close(): void;
}

export function logReload(logger: Logger, report: ReloadReport): void {
  for (const problem of report.problems) logger.warn({ problem }, 'article not reloaded');
  if (!report.swapped) return;
  const { added, changed, removed, kept, articles, tookMs } = report;
  logger.info(
    {
      added: added.length,
      changed: changed.length,
      removed: removed.length,
      kept,
      articles,
      tookMs,
      ids: { added: added.slice(0, IDS_SHOWN), changed: changed.slice(0, IDS_SHOWN), removed: removed.slice(0, IDS_SHOWN) },
    },
    'articles reloaded',
  );
}

/** Starts following the folder (unless `config.watchArticles` is false) and logs what each reload does. */
export function serveLive(live: LiveLibrary, config: Config, logger: Logger, watch: WatchOptions = {}): Live {
  const watching = config.watchArticles !== false;
  const stopLogging = live.onReload((report) => logReload(logger, report));
  const watcher = watching
    ? watchArticles(live, {
        ...watch,
        onError: (err) => logger.error({ err }, 'articles reload failed'),
        onWatchProblem: (problem) => logger.warn({ problem }, 'articles folder not watched'),
      })
    : undefined;
  logger.debug({ dir: live.dir, watching }, watching ? 'watching the articles folder' : 'not watching the articles folder (WATCH_ARTICLES=0)');
  return {
    folder: {
      dir: live.dir,
      live: watching,
      fetch: { allowLoopback: config.fetchAllowLoopback === true },
      served(id, present, timeoutMs) {
        if (watcher === undefined) return Promise.resolve(false);
        watcher.nudge();
        return live.whenServed(id, present, timeoutMs);
      },
    },
    close() {
      watcher?.close();
      stopLogging();
    },
  };
}
