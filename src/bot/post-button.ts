// A click on "Post to channel" under a private /check → the button spent (disabled, in place) and
// the same check posted as a new public message in the channel (nobody pinged), or a clear ephemeral
// message when the button cannot be trusted. The button's custom_id names the checked text by a hash (render/post-id.ts); the text is
// read back from the quote that opens the private reply's embed, which Discord sends with the click,
// and checked against the hash; the check is then run again on the articles loaded now. Nothing is
// kept between the check and the click, so any shard, HTTP replica or restarted bot posts alike.
import { answer } from '../core.js';
import type { Library } from '../index/library.js';
import type { Reply } from '../render/embed.js';
import { checkedHash, checkedTextOf, decodePostId } from '../render/post-id.js';
import type { Locale } from '../render/words/index.js';
import type { ComponentCall } from './paging.js';

export interface PostClick {
  readonly reply: Reply;
  /** For a post: the private message it came from, its button spent (sent first, so a second click has nothing to press). */
  readonly spent?: Reply;
  /** The language of the check the button is under, when the button was readable: the post keeps it. */
  readonly locale?: Locale;
}

export function postClick(library: Library, call: ComponentCall): PostClick {
  const state = decodePostId(call.customId);
  if (state === undefined) return { reply: { kind: 'stale-post' } };
  if (state.library !== library.overview.fingerprint) return { reply: { kind: 'library-changed' } };
  const article = state.article === undefined ? undefined : library.entries[state.article]?.article.id;
  if (state.article !== undefined && article === undefined) return { reply: { kind: 'stale-post' } };
  const text = checkedTextOf(call.description);
  if (text === '' || checkedHash(article, text) !== state.hash) return { reply: { kind: 'stale-post' } };
  const result = answer(library, { command: 'check', query: text, ...(article !== undefined && { article }), locale: state.locale });
  return { reply: { kind: 'post', answer: result }, spent: { kind: 'posted', answer: result, ...(article !== undefined && { article }) }, locale: state.locale };
}
