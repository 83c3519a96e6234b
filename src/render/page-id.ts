// The state of a paging button, in its custom_id (Discord allows 100 characters): paging must
// survive a restart and work across shards and HTTP replicas, so nothing is kept in memory.
//
//   kp1.<command><locale>.<page>.<article>.<query hash>.<library>     e.g. kp1.we.2..Xb3k9QvZ1a.q7Rt0aZc
//
// `kp1` is the version of this encoding; command and locale one letter each; page and article
// (its position in the library, empty for every article) in base 36; then 10 characters of a
// SHA-256 of the command, the article id and the query, and the library's 8-character fingerprint.
//
// The query itself does not fit (a question may be 300 characters): the handler reads it back from
// the message the button is on (the embed's question line, which render/embed.ts writes in full)
// and checks it against the hash, so a tampered or mangled id is refused, never misread. A button
// made for another set of articles is refused by its fingerprint. Decoding is a fixed number of
// steps over at most 100 characters, and every number is bounded, so no id makes kutip do
// unbounded work.
import { createHash } from 'node:crypto';
import { commandNames } from '../../commands/catalog.js';
import type { CommandName } from '../types.js';
import type { Locale } from './words/index.js';

export const PAGE_ID_VERSION = 'kp1';
/** Discord's limit on a custom_id. */
export const CUSTOM_ID_MAX = 100;
/** Highest page a button may name (base 36, four digits). */
export const PAGE_MAX = 36 ** 4 - 1;

export interface PageState {
  readonly command: CommandName;
  readonly locale: Locale;
  readonly page: number;
  /** Position of the article in the library, when the answer was aimed at one. */
  readonly article?: number;
  readonly hash: string;
  readonly library: string;
}

const COMMAND_LETTERS: Readonly<Record<string, CommandName>> = { w: 'who', n: 'when', r: 'where', q: 'quote', a: 'ask', s: 'search', o: 'source', h: 'help', t: 'timeline', p: 'people', c: 'check' };
const LETTER_OF = Object.fromEntries(Object.entries(COMMAND_LETTERS).map(([k, v]) => [v, k])) as Record<CommandName, string>;

/** The query as the hash and the question line see it: trimmed, runs of white space as one space. */
export const normalQuery = (query: string): string => query.trim().replace(/\s+/g, ' ');

/** 10 characters naming a command, an article and a query; a change of any one changes it. */
export function queryHash(command: CommandName, article: string | undefined, query: string): string {
  return createHash('sha256').update(`${command}\n${article ?? ''}\n${normalQuery(query)}`).digest('base64url').slice(0, 10);
}

export function encodePageId(state: PageState): string {
  const id = [PAGE_ID_VERSION, `${LETTER_OF[state.command]}${state.locale === 'id' ? 'i' : 'e'}`, state.page.toString(36), state.article?.toString(36) ?? '', state.hash, state.library].join('.');
  if (id.length > CUSTOM_ID_MAX) throw new Error(`custom_id of ${id.length} characters`);
  return id;
}

const SHAPE = /^kp1\.([a-z])([ei])\.([0-9a-z]{1,4})\.([0-9a-z]{0,4})\.([A-Za-z0-9_-]{10})\.([A-Za-z0-9_-]{8})$/;

/** The state a custom_id holds, or undefined when it is not one of ours (another version, tampered, cut). */
export function decodePageId(customId: string): PageState | undefined {
  if (customId.length > CUSTOM_ID_MAX) return undefined;
  const m = SHAPE.exec(customId);
  if (!m) return undefined;
  const command = COMMAND_LETTERS[m[1]!];
  const page = parseInt(m[3]!, 36);
  if (command === undefined || !commandNames.includes(command) || !(page >= 1 && page <= PAGE_MAX)) return undefined;
  return {
    command,
    locale: m[2] === 'i' ? 'id' : 'en',
    page,
    ...(m[4] !== '' && { article: parseInt(m[4]!, 36) }),
    hash: m[5]!,
    library: m[6]!,
  };
}
