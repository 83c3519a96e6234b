// The "Post to channel" button under a private /check (the message command's reply): its custom_id,
// and the checked text as the reply's embed quotes it, from which a click reads it back.
//
//   kc1.<locale>.<article>.<text hash>.<library>     e.g. kc1.e..Xb3k9QvZ1a.q7Rt0aZc
//
// `kc1` is the version; the locale one letter (e, i); the article its position in the library in
// base 36 (empty for every article); 10 characters of a SHA-256 of the article id and the checked
// text; the library's 8-character fingerprint. The text itself does not fit a custom_id (100
// characters): as paging does (render/page-id.ts), the click reads it back from the message the
// button is on — the block quote that opens the embed's description, one "> " line per line of the
// text — and checks it against the hash, so a tampered or mangled id or message is refused, never
// misread, and a button made for other articles is refused by the fingerprint.
import { createHash } from 'node:crypto';
import { escapeMarkdown } from './markdown.js';
import type { Locale } from './words/index.js';

export const POST_ID_VERSION = 'kc1';

/** Longest quoted text (escaped) the embed holds whole; a longer one is cut and gets no post button. */
export const CHECKED_BLOCK_MAX = 2500;

export interface PostState {
  readonly locale: Locale;
  /** Position of the article in the library, when the check was aimed at one. */
  readonly article?: number;
  readonly hash: string;
  readonly library: string;
}

/**
 * The text a check reads, as the embed can give it back: each line trimmed, runs of white space as
 * one space, empty lines dropped (claims are split at line ends either way, so nothing checked changes).
 */
export function checkedText(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '')
    .join('\n');
}

/** 10 characters naming an article and a checked text; a change of either changes it. */
export function checkedHash(article: string | undefined, text: string): string {
  return createHash('sha256').update(`post\n${article ?? ''}\n${checkedText(text)}`).digest('base64url').slice(0, 10);
}

/** The checked text as a block quote ("> line" per line, escaped), and whether it is whole. */
export function checkedBlock(text: string): { readonly block: string; readonly whole: boolean } {
  const lines = checkedText(text).split('\n').filter((l) => l !== '');
  if (lines.length === 0) return { block: '', whole: true };
  const block = lines.map((line) => `> ${escapeMarkdown(line)}\n`).join('');
  if (block.length <= CHECKED_BLOCK_MAX) return { block, whole: true };
  return { block: `${block.slice(0, CHECKED_BLOCK_MAX).replace(/\\?\n?$/, '').replace(/\\$/, '')}…\n`, whole: false };
}

/** The text a message's embed description quotes at its top, as written ('' when none). */
export function checkedTextOf(description: string | undefined): string {
  if (description === undefined) return '';
  const lines: string[] = [];
  for (const line of description.split('\n')) {
    if (!line.startsWith('> ')) break;
    // escapeMarkdown puts a backslash before punctuation (a backslash before itself): undo it, left to right.
    lines.push(line.slice(2).replace(/\\([^\p{L}\p{N}\s])/gu, '$1'));
  }
  return lines.join('\n');
}

export function encodePostId(state: PostState): string {
  return [POST_ID_VERSION, state.locale === 'id' ? 'i' : 'e', state.article?.toString(36) ?? '', state.hash, state.library].join('.');
}

const SHAPE = /^kc1\.([ei])\.([0-9a-z]{0,4})\.([A-Za-z0-9_-]{10})\.([A-Za-z0-9_-]{8})$/;

/** The state a custom_id holds, or undefined when it is not a post button of this version. */
export function decodePostId(customId: string): PostState | undefined {
  if (customId.length > 100) return undefined;
  const m = SHAPE.exec(customId);
  if (!m) return undefined;
  return { locale: m[1] === 'i' ? 'id' : 'en', ...(m[2] !== '' && { article: parseInt(m[2]!, 36) }), hash: m[3]!, library: m[4]! };
}

/** Whether a custom_id is meant as a post button (of any version), so the click goes to its handler. */
export const isPostId = (customId: string): boolean => /^kc\d+\./.test(customId);
