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
import { saidQuestion, type SaidQuestion } from './said.js';
import { subjectOf, type Subject } from './subject.js';
import { roleAskedOf } from './role-asked.js';
import { quoteAskedOf } from './quote-asked.js';
import { ownerAskedOf } from './owner-asked.js';

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
  /** A who-said question's clause and role ("Siapa yang mengatakan bahwa …?"), for /ask. */
  readonly said?: SaidQuestion;
  /** A what-question asking someone's office ("Apa jabatan X?", "What is X's job?"): the name asked about (role-asked.ts). */
  readonly roleAsked?: string;
  /** A what-question asking what someone said ("Apa kata X?", "What did X say?"): the name asked about (quote-asked.ts). */
  readonly quoteAsked?: string;
  /** A who-question asking whose a thing is ("Aset siapa …?", "Whose assets …?"): the thing (owner-asked.ts). */
  readonly ownerAsked?: string;
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

/**
 * A Query whose parts are read when first asked for, then kept: most commands read only a few of
 * them (a /who of a name never needs the question's focus or its place groups), and a Query is read
 * for every request, so the parts nobody reads are never computed. Reading a part twice gives the
 * same value; the request's text is never read again once every part is.
 */
class LazyQuery implements Query {
  readonly command: CommandName;
  readonly text: string;
  readonly article?: string;
  readonly page?: number;
  readonly #raw: string;
  #kind: QuestionKind | null | undefined;
  #language: Language | null | undefined;
  #terms: readonly string[] | undefined;
  #subject: Subject | undefined;
  #groups: readonly TermGroup[] | undefined;
  #focus: QuestionFocus | null | undefined;
  #claims: readonly Claim[] | null | undefined;
  #said: SaidQuestion | null | undefined;
  #roleAsked: string | null | undefined;
  #quoteAsked: string | null | undefined;
  #ownerAsked: string | null | undefined;

  constructor(request: QueryRequest) {
    this.command = request.command;
    this.#raw = request.query;
    this.text = request.query.trim();
    const article = request.article?.trim();
    if (article !== undefined && article !== '') this.article = article;
    if (request.page !== undefined && request.page !== 1) this.page = request.page;
  }

  get kind(): QuestionKind | undefined {
    if (this.#kind === undefined) this.#kind = classifyQuestion(this.text) ?? null;
    return this.#kind ?? undefined;
  }

  get language(): Language | undefined {
    if (this.#language === undefined) this.#language = languageOf(this.text) ?? null;
    return this.#language ?? undefined;
  }

  get terms(): readonly string[] {
    return (this.#terms ??= queryTerms(this.text));
  }

  get subject(): Subject {
    return (this.#subject ??= subjectOf(this.text));
  }

  get groups(): readonly TermGroup[] {
    return (this.#groups ??= termGroupsOf(this.text, this.terms));
  }

  get focus(): QuestionFocus | undefined {
    if (this.#focus === undefined) {
      const kind = this.kind;
      this.#focus = kind === 'who' || kind === 'when' || kind === 'where' ? focusOf(this.text, kind, this.terms) : null;
    }
    return this.#focus ?? undefined;
  }

  get said(): SaidQuestion | undefined {
    if (this.#said === undefined) this.#said = this.kind === 'who' ? (saidQuestion(this.text) ?? null) : null;
    return this.#said ?? undefined;
  }

  get roleAsked(): string | undefined {
    if (this.#roleAsked === undefined) this.#roleAsked = this.kind === 'what' || this.kind === undefined ? (roleAskedOf(this.text) ?? null) : null;
    return this.#roleAsked ?? undefined;
  }

  get quoteAsked(): string | undefined {
    if (this.#quoteAsked === undefined) this.#quoteAsked = this.kind === 'what' || this.kind === undefined ? (quoteAskedOf(this.text) ?? null) : null;
    return this.#quoteAsked ?? undefined;
  }

  get ownerAsked(): string | undefined {
    if (this.#ownerAsked === undefined) this.#ownerAsked = this.kind === 'who' ? (ownerAskedOf(this.text) ?? null) : null;
    return this.#ownerAsked ?? undefined;
  }

  get claims(): readonly Claim[] | undefined {
    if (this.#claims === undefined) this.#claims = this.command === 'check' ? readClaims(this.#raw) : null;
    return this.#claims ?? undefined;
  }
}

export function readQuery(request: QueryRequest): Query {
  return new LazyQuery(request);
}

/** The places a query names: for each, its names, each name as its words. */
export function placesAsked(query: Query): readonly (readonly (readonly string[])[])[] {
  return query.groups.flatMap((g) => (g.names ? [g.names] : []));
}

/** The same query read again with other words (a subject, the article's own names for its places). */
export function reread(query: Query, text: string): Query {
  return readQuery({ command: query.command, query: text, ...(query.article !== undefined && { article: query.article }), ...(query.page !== undefined && { page: query.page }) });
}
