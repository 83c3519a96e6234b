// A click on a paging button → the reply: another page of the same answer, in place of the message
// the button is on, or a clear ephemeral message when the button cannot be trusted. The button's
// custom_id holds the state (render/page-id.ts); the question is read back from the message and
// checked against the id's hash. Nothing here is kept between clicks, so any process — another
// shard, another HTTP replica, the bot after a restart — pages the same way.
import { answer } from '../core.js';
import type { Library } from '../index/library.js';
import type { Reply } from '../render/embed.js';
import { decodePageId, queryHash } from '../render/page-id.js';
import { questionOf } from '../render/question-line.js';
import type { CommandName } from '../types.js';

/** A click on a button, as any transport delivers it. */
export interface ComponentCall {
  readonly id: string;
  readonly customId: string;
  /** Discord's locale of the user who clicked. */
  readonly locale: string | undefined;
  readonly userId: string;
  /** The description of the first embed of the message the button is on. */
  readonly description: string | undefined;
}

export interface PageClick {
  readonly reply: Reply;
  /** For the log line: the command paged, and the page, when the button was readable. */
  readonly command?: CommandName;
  readonly page?: number;
}

export function pageClick(library: Library, call: ComponentCall): PageClick {
  const state = decodePageId(call.customId);
  if (state === undefined) return { reply: { kind: 'stale-button' } };
  const seen = { command: state.command, page: state.page };
  if (state.library !== library.overview.fingerprint) return { ...seen, reply: { kind: 'library-changed' } };
  const article = state.article === undefined ? undefined : library.entries[state.article]?.article.id;
  if (state.article !== undefined && article === undefined) return { ...seen, reply: { kind: 'stale-button' } };
  const query = questionOf(call.description);
  if (queryHash(state.command, article, query) !== state.hash) return { ...seen, reply: { kind: 'stale-button' } };
  const result = answer(library, { command: state.command, query, ...(article !== undefined && { article }), locale: state.locale, page: state.page });
  if (result.reason === 'no-page') return { ...seen, reply: { kind: 'no-page', page: state.page, pages: result.pages ?? 0 } };
  return { ...seen, reply: { kind: 'page', answer: result, ...(article !== undefined && { article }) } };
}
