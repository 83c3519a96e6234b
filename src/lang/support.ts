// Each language's words for deciding whether a passage supports a question (answer/support.ts;
// the shape is in support-words.ts): which question words need no support, which words negate, and which words
// say the same thing. Concepts and roles are keyed by a name shared by both languages, so an English
// question finds an Indonesian passage ("born" ~ "lahir", "police chief" ~ "Kapolres").
import type { Language } from '../types.js';
import { supportEn } from './support-en.js';
import { supportId } from './support-id.js';
import type { SupportWords } from './support-words.js';

export type { SupportWords } from './support-words.js';

/**
 * Concepts (keys of `concepts`) that a span of years says of what it follows: "Dinasti Lorem
 * (1368–1644)" says when it was founded and when it ended; a person's "(1901–1968)" when they were
 * born and died. A question about one of these is answered by that end of the span.
 */
export const spanConcepts: Readonly<Record<'start' | 'end', readonly string[]>> = {
  start: ['born', 'founded', 'began', 'appeared', 'built', 'created', 'released', 'produced', 'operated', 'enacted'],
  end: ['died', 'ended', 'collapsed'],
};

/**
 * Span concepts only a bracket after a name says without the words ("Budi (1901–1968)"): a span in
 * running text ("ditahan pada 2005–2010", "sejak 1945") is the time of what its sentence tells, not
 * a life.
 */
export const lifeConcepts: readonly string[] = ['born', 'died'];

/**
 * Concepts (keys of `concepts`) of opposite events: a birth and a death, a beginning and an end, a
 * founding and a fall. A passage whose nearest event word to an answer is the opposite of the one a
 * question asks about tells of the other event ("lahir: 1263 – wafat: 1328" answers no "Kapan X
 * wafat?" with 1263).
 */
export const opposedConcepts: readonly (readonly [string, string])[] = [
  ['born', 'died'],
  ['began', 'ended'],
  ['founded', 'collapsed'],
  ['founded', 'ended'],
  ['built', 'collapsed'],
  ['appeared', 'ended'],
];

/**
 * Concepts (keys of `concepts`) of what is given after one side asked for it: a sentence handed down
 * after the one prosecutors sought. A question of one that writes no sought word (soughtWords) asks
 * what was given: "Berapa lama hukumannya?" is told by "divonis enam tahun", not by "jaksa menuntut
 * sembilan tahun".
 */
export const grantedConcepts: readonly string[] = ['sentenced'];

/**
 * The roles' concepts (keys of `roles`) that name a government's portfolio: one minister holds one, so a question
 * naming one is not answered by a role naming another ("Menteri Dalam Negeri" is no "Menteri Luar Negeri").
 */
export const portfolioConcepts: readonly string[] = [
  'foreign', 'defence', 'finance', 'home', 'trade', 'health', 'education', 'transport', 'agriculture', 'energy', 'labour', 'industry', 'tourism', 'justice',
];

export const supportTables: Readonly<Record<Language, SupportWords>> = { id: supportId, en: supportEn };
export const allSupportTables: readonly SupportWords[] = [supportId, supportEn];
