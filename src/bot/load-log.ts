// What the articles came to, at debug level: one line per article (its counts, and whether it came
// from the on-disk cache) and one summary with the cache's hits and misses. The loader returns these
// figures; only the entry points, which own a logger, write them.
import type { LoadStats } from '../load/library.js';
import type { Logger } from './log.js';

export function logLoad(logger: Logger, stats: LoadStats, cacheDir: string | undefined): void {
  if (!logger.isLevelEnabled('debug')) return;
  for (const { id, ...counts } of stats.loaded) logger.debug({ article: id, ...counts }, 'article loaded');
  const hits = stats.loaded.filter((a) => a.cache === 'hit').length;
  const misses = stats.loaded.filter((a) => a.cache === 'miss').length;
  logger.debug(
    { articles: stats.articles, skipped: stats.problems.length, cacheDir: cacheDir ?? 'off', cacheHits: hits, cacheMisses: misses },
    'articles loaded',
  );
}
