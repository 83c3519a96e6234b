// query: what someone typed → one Query, read once at the entry. Every answerer reads this value;
// none reads the raw text again for question words, content words or places.
import type { QuestionKind } from '../lang/index.js';
import { queryTerms } from '../text/terms.js';
import type { CommandName, Language } from '../types.js';
import { classifyQuestion } from './classify.js';
import { readClaims, type Claim } from './claims.js';
import { focusOf, type QuestionFocus } from './focus.js';
import { termGroupsOf, type TermGroup } from './groups.js';
import { languageOf } from './language.js';
import { subjectOf, type Subject } from './subject.js';

export interface Query {
  readonly command: CommandName;
  /** What was typed, outer spaces trimmed. */
  readonly text: string;
  /** The language the question is written in, when its words tell. */
  readonly language?: Language;
  /** What a question asks for, from its question word wherever it stands ("Budi itu siapa?"). */
  readonly kind?: QuestionKind;
  /** Content words, folded, without question words or stop words. */
  readonly terms: readonly string[];
  /** The words after any opening question words ("siapa", "who is"). */
  readonly subject: Subject;
  /** The content words as groups: a place counts as one group of all its names. */
  readonly groups: readonly TermGroup[];
  /** For a who or when question: its focus (names typed, cues such as a birth or a plural). */
  readonly focus?: QuestionFocus;
  /** Aim the request at one article id; absent: every article. */
  readonly article?: string;
  /** /check: the message's checkable sentences. */
  readonly claims?: readonly Claim[];
  /** Which page of a ranked answer to give (1-based); absent: the first. */
  readonly page?: number;
}

export interface QueryRequest {
  readonly command: CommandName;
  /** What the user typed, raw. */
  readonly query: string;
  readonly article?: string;
  readonly page?: number;
}

export function readQuery(request: QueryRequest): Query {
  const text = request.query.trim();
  const kind = classifyQuestion(text);
  const language = languageOf(text);
  const article = request.article?.trim();
  return {
    command: request.command,
    text,
    ...(language !== undefined && { language }),
    ...(kind !== undefined && { kind }),
    terms: queryTerms(text),
    subject: subjectOf(text),
    groups: termGroupsOf(text),
    ...((kind === 'who' || kind === 'when' || kind === 'where') && { focus: focusOf(text, kind) }),
    ...(article !== undefined && article !== '' && { article }),
    ...(request.command === 'check' && { claims: readClaims(request.query) }),
    ...(request.page !== undefined && request.page !== 1 && { page: request.page }),
  };
}

/** The places a query names: for each, its names, each name as its words. */
export function placesAsked(query: Query): readonly (readonly (readonly string[])[])[] {
  return query.groups.flatMap((g) => (g.names ? [g.names] : []));
}

/** The same query read again with other words (a subject, the article's own names for its places). */
export function reread(query: Query, text: string): Query {
  return readQuery({ command: query.command, query: text, ...(query.article !== undefined && { article: query.article }), ...(query.page !== undefined && { page: query.page }) });
}
