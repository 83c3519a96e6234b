// "Siapa yang mengatakan bahwa …?", "Who said that …?": the statement of the article — a reported
// one ("X mengatakan, …", "…, kata X", "X said …") or a direct quote — whose words best say the
// question's clause answers with its speaker, as the passage writes them at the statement (the
// role before the name with it: "Kepala Dinas Budi"; the name alone when the question gives the role
// itself: "Siapa juru bicara yang mengatakan …?"). The clause's words are matched as the support
// check matches them (affixes, typos, concepts of the tables). No statement says enough of the
// clause: undefined, and /ask goes on as before (its own support check refuses what is not said).
// The question is read in query/said.ts, the reported statements in extract/statements.ts: this
// file only weighs how much of the clause each statement says.
import type { LibraryEntry } from '../index/library.js';
import { paragraphsWithAny } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import type { SaidQuestion } from '../query/said.js';
import { negationWords } from '../query/concepts.js';
import { paragraphWords, wordsOf, type ParagraphWord as Word } from '../text/words.js';
import type { Paragraph, ReportedSpeech } from '../types.js';
import type { Finding } from '../findings.js';
import { says } from './written.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { resolvePerson } from '../text/name-match.js';

/** Share of the clause's words a statement must say. */
const COVER = 0.7;
/** Titles written in lower case inside a role ("Staf Medis drh Budi"). */
const titles = lexicon.speakerTitles;
const pronouns = new Set([...lexicon.pronouns, ...lexicon.personalPronouns]);

export interface Statement {
  readonly entry: LibraryEntry;
  readonly paragraph: Paragraph;
  readonly speaker: string;
  readonly cover: number;
}

/** The speaker of a reported statement as written; the name alone (past the words of the role the question gives, titles and commas) when the question names the role. */
function speakerAsked(paragraph: Paragraph, words: readonly Word[], speech: ReportedSpeech, role: ReadonlySet<string>): string {
  const span = words.filter((w) => w.start >= speech.start && w.end <= speech.end);
  if (role.size === 0 || span.length === 0) return paragraph.text.slice(speech.start, speech.end);
  let nameFirst = 0;
  for (let k = 0; k < span.length - 1; k++) if (role.has(span[k]!.norm) || span[k]!.mark || !span[k]!.cap || titles.has(span[k]!.norm)) nameFirst = k + 1;
  return paragraph.text.slice(span[nameFirst]!.start, speech.end);
}

/**
 * "Dr Lorem", "Pak Ipsum": an honorific before part of a name the article writes in full is that
 * person (resolvePerson reads past the honorific); a speaker written with a role stays as written.
 */
function withFullName(entry: LibraryEntry, speaker: string): string {
  const first = speaker.split(/\s+/, 1)[0]!;
  if (first === speaker || !lexicon.honorifics.has(fold(first).replace(/\.$/, ''))) return speaker;
  return resolvePerson(entry.understanding.people, speaker)?.name ?? speaker;
}

/** Share of the clause's words said by these words. */
const coverOf = (clause: readonly string[], words: readonly Word[]): number => clause.filter((t) => says(t, words)).length / clause.length;

/** The statements of a paragraph with their speaker and how much of the clause they say: a sentence and the one after it. */
function statementsOf(entry: LibraryEntry, paragraph: Paragraph, asked: SaidQuestion): Statement[] {
  const out: Statement[] = [];
  const words = paragraphWords(paragraph);
  const sentence = (n: number): Word[] => words.filter((w) => w.sentence === n);
  const role = new Set(asked.role);
  for (const speech of entry.understanding.statements ?? []) {
    if (speech.paragraph !== paragraph.n) continue;
    const said = sentence(speech.sentence);
    const window = [...said, ...sentence(speech.sentence + 1)];
    // "Who said he did not …?" is not answered by a statement that says it without a negation.
    if (asked.negated && !window.some((w) => negationWords.has(w.norm))) continue;
    const cover = Math.max(coverOf(asked.clause, said), coverOf(asked.clause, window) - 0.05);
    const speaker = withFullName(entry, speakerAsked(paragraph, words, speech, role));
    // "He said: …": a pronoun names no one; a quote of the sentence (below) or the who-candidates say whom it stands for.
    if (pronouns.has(speaker.toLowerCase())) continue;
    out.push({ entry, paragraph, speaker, cover });
  }
  // Direct quotes the reader found with their speaker ("”…,” ujarnya" after the speaker was named).
  for (const quote of entry.understanding.quotes) {
    if (quote.paragraph !== paragraph.n || quote.speaker === undefined) continue;
    const words = wordsOf(quote.text) as readonly Word[];
    if (asked.negated && !words.some((w) => negationWords.has(w.norm))) continue;
    out.push({ entry, paragraph, speaker: quote.speaker, cover: coverOf(asked.clause, words) });
  }
  return out;
}

/** Paragraphs read for a statement: those holding the most of the clause's words (the index finds them). */
const PARAGRAPHS = 64;

/** The statement of the scope that says most of a who-said question's clause. */
export function bestStatement(scope: Scope, query: Query): Statement | undefined {
  const asked = query.said;
  if (!asked) return undefined;
  let best: Statement | undefined;
  for (const { entry, paragraph } of paragraphsWithAny(scope, asked.clause, PARAGRAPHS)) {
    for (const s of statementsOf(entry, paragraph, asked)) if (!best || s.cover > best.cover) best = s;
  }
  return best;
}

/** /ask for a who-said question: the speaker of the statement that says the clause, else undefined (/ask adds the speaker's role, as for any who-answer). */
export function answerSaidBy(scope: Scope, query: Query): Finding | undefined {
  const best = bestStatement(scope, query);
  if (!best || best.cover < COVER) return undefined;
  const { entry, paragraph, speaker } = best;
  const highlights = paragraph.text.includes(speaker) ? [speaker] : [];
  return {
    command: 'ask',
    query: query.text,
    found: true,
    value: speaker,
    citations: [{ article: entry.article.id, paragraph: paragraph.n, excerpt: paragraph.text, highlights }],
    said: { kind: 'answer', value: speaker, paragraph: paragraph.n },
    asks: 'who',
    answerer: 'question',
  };
}
