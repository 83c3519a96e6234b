// "Siapa yang mengatakan bahwa …?", "Who said that …?": the statement of the article — a reported
// one ("X mengatakan, …", "…, kata X", "X said …") or a direct quote — whose words best say the
// question's clause answers with its speaker, as the passage writes them at the statement (the
// role before the name with it: "Kepala Dinas Budi"; the name alone when the question gives the role
// itself: "Siapa juru bicara yang mengatakan …?"). The clause's words are matched as the support
// check matches them (affixes, typos, concepts of the tables). No statement says enough of the
// clause: undefined, and /ask goes on as before (its own support check refuses what is not said).
import { allTables } from '../lang/index.js';
import type { LibraryEntry } from '../index/library.js';
import { paragraphsWithAny } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import { negationWords } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { queryTerms } from '../text/terms.js';
import { paragraphWords, wordsOf, type ParagraphWord as Word } from '../text/words.js';
import type { Paragraph } from '../types.js';
import type { Finding } from '../findings.js';
import { says } from './written.js';

/** Share of the clause's words a statement must say. */
const COVER = 0.7;
/** Clauses shorter than this are left to the open-question route. */
const MIN_TERMS = 3;

/**
 * The verbs of a who-said question, per language: saying, not writing, judging or concluding ("Who
 * wrote …?", "Siapa yang menilai …?" ask for an author or a judge, whom the open-question route finds).
 */
const askedSpeechVerbs: Readonly<Record<'id' | 'en', readonly string[]>> = {
  id: ['mengatakan', 'menyatakan', 'mengungkapkan', 'menjelaskan', 'menegaskan', 'menambahkan', 'menuturkan', 'menyebutkan', 'menyebut', 'berkata', 'menyampaikan', 'memperingatkan', 'mengakui'],
  en: ['said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'claimed', 'claims', 'declared', 'announced', 'warned', 'insisted'],
};
const speechVerbs = new Set([...askedSpeechVerbs.id, ...askedSpeechVerbs.en]);
const invertedVerbs = new Set(allTables.flatMap((t) => [...(t.quoteWords?.invertedVerbs ?? t.speechVerbs)]));
const subjectVerbs = new Set(allTables.flatMap((t) => [...(t.quoteWords?.subjectVerbs ?? t.speechVerbs)]));
/** "menurut", "according to": the phrase's words, read where its last word stands. */
const accordingTo = allTables.flatMap((t) => (t.quoteWords?.accordingTo ?? []).map((p) => p.split(' ')));
const prepositions = new Set(allTables.flatMap((t) => t.quoteWords?.prepositions ?? []));
const fillers = new Set(allTables.flatMap((t) => t.quoteWords?.fillers ?? []));
const introducesSource = (words: readonly Word[], i: number): boolean =>
  accordingTo.some((p) => p.every((part, k) => words[i - p.length + 1 + k]?.norm === part));
/** Lower-case words inside a speaker's role ("Direktur Pelayanan dan Pendidikan", "Menteri of …"). */
const roleJoiners = new Set(['dan', 'of', 'and', 'the']);
/** Titles written in lower case inside a role ("Staf Medis drh Budi"). */
const titles = new Set(allTables.flatMap((t) => [...t.titles, ...(t.quoteWords?.titles ?? [])]).filter((w) => !w.includes(' ')));
/** Words of the question between "siapa" and "yang" that ask for no role ("nama", "salah satu"). */
const notRoles = new Set(['nama', 'salah', 'satu', 'orang', 'tokoh', 'pihak', 'kah']);

/** The shape of a who-said question: its clause, and the role it names (if any). */
export interface SaidQuestion {
  readonly clause: readonly string[];
  readonly role: readonly string[];
  /** The clause is negated ("tidak", "not"). */
  readonly negated: boolean;
}

/** "Siapa(kah) [role] yang <speech verb> …" or "Who <speech verb> …"; undefined for any other question. */
export function saidQuestion(text: string): SaidQuestion | undefined {
  const words = fold(text).replace(/[?!.]+\s*$/, '');
  const id = /^siapa(?:kah)?\s+(.*?)\byang\s+(\S+)\s+(.*)$/.exec(words);
  const en = /^who\s+(\S+)\s+(.*)$/.exec(words);
  let role: string[] = [];
  let rest: string;
  if (id && speechVerbs.has(id[2]!)) {
    role = queryTerms(id[1]!).filter((w) => !notRoles.has(w));
    rest = id[3]!;
  } else if (en && speechVerbs.has(en[1]!)) rest = en[2]!;
  else return undefined;
  // "… kepada Kompas bahwa X", "told reporters that X": the clause is what follows the conjunction.
  const that = /\b(?:bahwa|bahawa|that)\b\s*(.*)$/.exec(rest);
  const said = that ? that[1]! : rest;
  const clause = queryTerms(said);
  const negated = said.split(/\s+/).some((w) => negationWords.has(w) || w.endsWith("n't"));
  return clause.length >= MIN_TERMS ? { clause, role, negated } : undefined;
}

export interface Statement {
  readonly entry: LibraryEntry;
  readonly paragraph: Paragraph;
  readonly speaker: string;
  readonly cover: number;
}

const isCap = (w: Word | undefined): boolean => w !== undefined && !w.mark && w.cap;

/** The speaker written before a subject verb: the capitalised run, its role with it, past a dated aside ("X, Kamis (29/12), mengatakan"). */
function speakerBefore(words: readonly Word[], verb: number): [number, number] | undefined {
  let i = verb - 1;
  // Skip fillers, commas and a bracketed aside between the speaker and the verb.
  for (let depth = 0; i >= 0; i--) {
    const w = words[i]!;
    if (w.text === ')') depth++;
    else if (w.text === '(') depth--;
    else if (depth > 0 || w.text === ',' || fillers.has(w.norm)) continue;
    else if (!(isCap(w) && (words[i + 1]?.text === '(' || words[i + 1]?.text === ','))) break;
    else if (words[i + 1]?.text === '(' && !isCap(words[i - 1])) continue;
    else break;
  }
  // "Budi dalam siaran pers, Kamis (22/12), mengatakan": a phrase a preposition opens stands between.
  let p = i;
  while (p > 0 && i - p < 5 && !words[p]!.mark && !words[p]!.cap) p--;
  if (p < i && isCap(words[p]) && prepositions.has(words[p + 1]!.norm)) i = p;
  const last = i;
  if (!isCap(words[last])) return undefined;
  let first = last;
  for (let k = last - 1; k >= 0 && words[k]!.sentence === words[last]!.sentence; k--) {
    const w = words[k]!;
    if (isCap(w) || ((w.text === ',' || roleJoiners.has(w.norm)) && isCap(words[k - 1]))) first = k;
    else break;
  }
  // "Budi, aktivis Partai X, mengatakan", "Budi, seperti dikutip dari siaran pers Y, mengatakan": an
  // aside opened by a lower-case word is set off by commas; the speaker stands before it.
  let k = first - 1;
  while (k >= 0 && !words[k]!.mark && !words[k]!.cap) k--;
  if (k < first - 1 && words[k]?.text === ',' && isCap(words[k - 1])) return speakerBefore(words, k) ?? [first, last];
  // "Di Paris, Menteri …": a place phrase that opens the sentence is no part of the speaker.
  if (prepositions.has(words[first]!.norm) || ['di', 'in', 'at', 'dari', 'from'].includes(words[first]!.norm)) {
    const comma = words.findIndex((w, k) => k > first && k < last && w.text === ',');
    if (comma < 0) return undefined;
    first = comma + 1;
  }
  return [first, last];
}

/** The speaker written after an inverted verb or "menurut": "…, kata Kepala Dinas Budi", "said Ms Smith". */
function speakerAfter(words: readonly Word[], verb: number): [number, number] | undefined {
  let first = verb + 1;
  // "kata hakim Budi", "menurut salah satu murid Budi": a few lower-case words of a role before the name.
  let lower = first;
  while (lower < first + 4 && words[lower] && !words[lower]!.mark && !words[lower]!.cap && !lexicon.stopWords.has(words[lower]!.norm)) lower++;
  if (!isCap(words[lower])) return undefined;
  if (lower > first && !titles.has(words[lower - 1]!.norm)) first = lower;
  let last = lower;
  const joins = (w: Word | undefined): boolean => w !== undefined && (roleJoiners.has(w.norm) || titles.has(w.norm));
  for (;;) {
    if (isCap(words[last + 1]) || (joins(words[last + 1]) && isCap(words[last + 2]))) last++;
    // "Universitas X (UX) Makassar": an acronym in brackets inside the run.
    else if (words[last + 1]?.text === '(' && words[last + 3]?.text === ')' && isCap(words[last + 2]) && isCap(words[last + 4])) last += 4;
    else break;
  }
  // "menurut murid Teguh, Budi Santoso, …": the name set off after a run a lower-case role opens
  // ("kata Kolonel Budi, Asisten Operasi …," names first and sets off the role).
  if (lower > verb + 1 && words[last + 1]?.text === ',' && isCap(words[last + 2])) {
    let end = last + 2;
    while (isCap(words[end + 1])) end++;
    if (words[end + 1]?.text === ',') last = end;
  }
  return [first, last];
}

/** The speakers a sentence attributes its words to, as written, with the verb's position. */
function speakersOf(words: readonly Word[], text: string, role: ReadonlySet<string>): { span: string; name: string }[] {
  const out: { span: string; name: string }[] = [];
  words.forEach((w, i) => {
    if (w.mark) return;
    const range = invertedVerbs.has(w.norm) || introducesSource(words, i) ? speakerAfter(words, i) ?? (subjectVerbs.has(w.norm) ? speakerBefore(words, i) : undefined) : subjectVerbs.has(w.norm) ? speakerBefore(words, i) : undefined;
    if (!range) return;
    let [first, last] = range;
    while (words[first]!.mark) first++;
    while (words[last]!.mark) last--;
    if (first > last) return;
    // The name: what follows the words of the role the question gives, titles and commas.
    let nameFirst = first;
    for (let k = first; k < last; k++) if (role.has(words[k]!.norm) || words[k]!.mark || !words[k]!.cap || titles.has(words[k]!.norm)) nameFirst = k + 1;
    out.push({ span: text.slice(words[first]!.start, words[last]!.end), name: text.slice(words[nameFirst]!.start, words[last]!.end) });
  });
  return out;
}

/** Share of the clause's words said by these words. */
const coverOf = (clause: readonly string[], words: readonly Word[]): number => clause.filter((t) => says(t, words)).length / clause.length;

/** The statements of a paragraph with their speaker and how much of the clause they say: a sentence and the one after it. */
function statementsOf(entry: LibraryEntry, paragraph: Paragraph, asked: SaidQuestion): Statement[] {
  const out: Statement[] = [];
  const sentences = new Map<number, Word[]>();
  for (const w of paragraphWords(paragraph)) (sentences.get(w.sentence) ?? sentences.set(w.sentence, []).get(w.sentence)!).push(w);
  for (const [n, sentence] of sentences) {
    const speakers = speakersOf(sentence, paragraph.text, new Set(asked.role));
    if (speakers.length === 0) continue;
    const window = [...sentence, ...(sentences.get(n + 1) ?? [])];
    // "Who said he did not …?" is not answered by a statement that says it without a negation.
    if (asked.negated && !window.some((w) => negationWords.has(w.norm))) continue;
    const cover = Math.max(coverOf(asked.clause, sentence), coverOf(asked.clause, window) - 0.05);
    const s = speakers[0]!;
    out.push({ entry, paragraph, speaker: asked.role.length > 0 ? s.name : s.span, cover });
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
  if (query.kind !== 'who') return undefined;
  const asked = saidQuestion(query.text);
  if (!asked) return undefined;
  let best: Statement | undefined;
  for (const { entry, paragraph } of paragraphsWithAny(scope, asked.clause, PARAGRAPHS)) {
    for (const s of statementsOf(entry, paragraph, asked)) if (!best || s.cover > best.cover) best = s;
  }
  return best;
}

/** /ask for a who-said question: the speaker of the statement that says the clause, else undefined. */
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
