// What /article add, /article remove and /articles do. Adding calls addArticle (the same reading
// and the same safe fetching as `kutip add`) and replies once the live library serves the new
// article; removing deletes the article's files (src/add/remove-article.ts), found by the id among
// the loaded articles (the typed text is never a path); listing pages through the library. Like
// every module that sees what users type, this one touches no file itself. Refusals are said plainly and
// never name an address a host resolved to: whoever manages a server is not whoever runs kutip.
import { addArticle, type AddedArticle } from '../add/add-article.js';
import type { AddProblem } from '../add/problems.js';
import { removeArticleFiles } from '../add/remove-article.js';
import type { Library, LibraryEntry } from '../index/library.js';
import type { ArticleReply, ArticleSummary, Served } from '../render/article-replies.js';
import type { AddRefusal } from '../render/words/index.js';
import type { ActionContext, ArticleFolder } from './action.js';

/** How long a reply waits for the library to serve a change before saying it is not served yet. */
export const SERVED_TIMEOUT_MS = 10_000;
/** Articles per page of /articles. */
export const PAGE_SIZE = 10;

/** What a user may be told of a problem; undefined for this side's trouble (a write that failed …), which goes to the log. */
export function refusalOf(problem: AddProblem): AddRefusal | undefined {
  switch (problem.code) {
    case 'refused-host':
    case 'refused-address':
    case 'credentials-in-url':
    case 'bad-scheme':
      return { reason: 'address' };
    case 'empty-input':
    case 'bad-url':
      return { reason: 'bad-link' };
    case 'no-article':
      return { reason: 'no-article' };
    case 'too-large':
      return { reason: 'too-large', limitMb: problem.limitMb };
    case 'timeout':
      return { reason: 'timeout', seconds: problem.seconds };
    case 'dns-failed':
      return { reason: 'not-found' };
    case 'connect-failed':
    case 'bad-redirect':
      return { reason: 'unreachable' };
    case 'http-status':
      return { reason: 'http-status', status: problem.status };
    case 'bad-content-type':
    case 'binary-file':
      return { reason: 'not-a-page' };
    case 'too-many-redirects':
      return { reason: 'redirects', limit: problem.limit };
    case 'duplicate-url':
    case 'duplicate-text':
      return { reason: 'duplicate', id: problem.id };
    default:
      return undefined;
  }
}

function summaryOf({ article }: LibraryEntry): ArticleSummary {
  const { title, outlet, publishedAt, url } = article.meta;
  return {
    id: article.id,
    ...(title !== undefined && { title }),
    ...(outlet !== undefined && { outlet }),
    ...(publishedAt !== undefined && { publishedAt }),
    ...(url !== undefined && { url }),
    paragraphs: article.paragraphs.length,
    lede: article.paragraphs[0]?.text ?? '',
  };
}

const addedSummary = (a: AddedArticle): ArticleSummary => ({
  id: a.id,
  ...(a.title !== undefined && { title: a.title }),
  ...(a.outlet !== undefined && { outlet: a.outlet }),
  ...(a.publishedAt !== undefined && { publishedAt: a.publishedAt }),
  ...(a.url !== undefined && { url: a.url }),
  paragraphs: a.paragraphs,
  lede: a.lede,
});

/** Waits until the change is served, when the folder is watched. */
async function servedAfter(folder: ArticleFolder, id: string, present: boolean): Promise<Served> {
  if (!folder.live) return 'after-restart';
  return (await folder.served(id, present, SERVED_TIMEOUT_MS)) ? 'now' : 'not-yet';
}

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
};

/** /article add url: fetch, read, write the files, and reply once the article is served. */
export async function addFromLink({ input, folder, logger, interactionId }: ActionContext): Promise<ArticleReply> {
  if (folder === undefined) return { kind: 'cannot-change' };
  const url = input.string('url') ?? '';
  const result = await addArticle({ url }, { dir: folder.dir, fetch: folder.fetch });
  if (!result.ok) {
    const refusal = refusalOf(result.problem);
    if (refusal === undefined) {
      logger.warn({ interaction: interactionId, problem: result.problem }, 'article could not be added');
      return { kind: 'failed', interactionId };
    }
    logger.info({ interaction: interactionId, problem: result.problem.code, host: hostOf(url) }, 'article not added');
    return { kind: 'refused', refusal };
  }
  const { article } = result;
  logger.info({ interaction: interactionId, article: article.id, host: hostOf(url) }, 'article added');
  const served = await servedAfter(folder, article.id, true);
  if (served === 'not-yet') logger.warn({ interaction: interactionId, article: article.id, waitedMs: SERVED_TIMEOUT_MS }, 'added article not served yet');
  return { kind: 'added', article: addedSummary(article), served };
}

/** /article remove id: delete the files of a loaded article, and reply once it is no longer served. */
export async function removeArticle({ input, library, folder, logger, interactionId }: ActionContext): Promise<ArticleReply> {
  if (folder === undefined) return { kind: 'cannot-change' };
  const typed = input.string('id')?.trim() ?? '';
  const entry = library.get(typed);
  if (entry === undefined) return { kind: 'no-such-article', id: typed };
  // The id of the loaded article, never the typed text, names the files.
  const { id } = entry.article;
  const removed = removeArticleFiles(folder.dir, id);
  if (!removed.ok) {
    logger.warn({ interaction: interactionId, article: id, reason: removed.reason }, 'article could not be removed');
    return { kind: 'failed', interactionId };
  }
  logger.info({ interaction: interactionId, article: id }, 'article removed');
  const served = await servedAfter(folder, id, false);
  if (served === 'not-yet') logger.warn({ interaction: interactionId, article: id, waitedMs: SERVED_TIMEOUT_MS }, 'removed article still served');
  return { kind: 'removed', article: summaryOf(entry), served };
}

/** /articles page: the library, newest first (undated last), PAGE_SIZE a page; a page past the end shows the last. */
export function listArticles(library: Library, page: number): ArticleReply {
  const sorted = [...library.entries].sort(
    (a, b) => (b.article.meta.publishedAt ?? '').localeCompare(a.article.meta.publishedAt ?? '') || a.article.id.localeCompare(b.article.id),
  );
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.trunc(page)), pages);
  const first = (shown - 1) * PAGE_SIZE;
  return { kind: 'list', page: shown, pages, total: sorted.length, first: first + 1, items: sorted.slice(first, first + PAGE_SIZE).map(summaryOf) };
}
