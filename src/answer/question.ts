// /ask for an open who/when question ("Siapa yang meresmikan pelabuhan …?", "Kapan X terjadi?"): find
// where the passage says what the question says, then take the answer of the asked type closest
// to those words — a person (or, failing one, an organisation) for who, a date for when. The
// question's own words are never the answer. Nothing close enough is found:false, not a guess.
import type { LibraryEntry } from '../index/library.js';
import { allTables } from '../lang/index.js';
import { termSimilarity } from '../text/similarity.js';
import { fold } from '../text/normalize.js';
import { termsOf } from '../text/terms.js';
import { paragraphsWithAny } from '../index/search.js';
import type { Answer, Citation } from '../types.js';
import { classifyQuestion } from '../query/classify.js';
import { messages, type Locale } from './messages.js';
import { listAround, nameSpans, type KnownNames } from './name-answers.js';
import { paragraphWords, partsOf, type ParagraphWord as Word } from '../text/words.js';
import { focusOf, usesWord, type OpenKind, type QuestionFocus } from '../query/focus.js';

/** How the answer is chosen; exported for tests and the eval. */
export const questionSettings = {
  /** Words of distance at which a question word's pull halves. */
  halfDistance: 4,
  /** Extra distance for each sentence boundary between the answer and a question word. */
  sentenceGap: 8,
  /** Extra distance for each comma or bracket between them. */
  markGap: 0.5,
  /** Least share of the question's content words found around the answer (a wrong answer is worse than none). */
  minCoverage: 0.3,
  /** Least score of the chosen answer. */
  minScore: 0.6,
} as const;

const pronouns = new Set(allTables.flatMap((t) => t.quoteWords?.pronouns ?? []));
const phrases = (pick: (w: NonNullable<(typeof allTables)[number]['dateWords']>) => readonly string[]): string[][] =>
  allTables.flatMap((t) => (t.dateWords ? pick(t.dateWords) : [])).map((p) => p.split(' '));
const rangeStartWords = phrases((w) => w.rangeStartWords);
const rangeEndWords = phrases((w) => w.rangeEndWords);
const askDayWords = phrases((w) => w.askDay);
const asks = (focus: QuestionFocus, list: readonly (readonly string[])[]): boolean => list.some((p) => p.every((w) => focus.words.has(w)));
const birthWords = new Set(allTables.flatMap((t) => t.answerWords?.birthWords ?? []));
const deathWords = new Set(allTables.flatMap((t) => t.answerWords?.deathWords ?? []));

/** A sentence that tells of a birth and not of a death (or the other way round) does not date the other. */
function tellsOtherEnd(words: readonly Word[], sentence: number, focus: QuestionFocus): boolean {
  if (focus.birth === focus.death) return false;
  const said = words.filter((w) => w.sentence === sentence && !w.mark);
  const birth = said.some((w) => birthWords.has(w.norm));
  const death = said.some((w) => deathWords.has(w.norm));
  return focus.death ? birth && !death : death && !birth;
}

/** Which end of a span the question asks for: 0 its start ("lahir", "pertama kali"), 1 its end ("meninggal", "sampai"), else none. */
function rangeEndAsked(focus: QuestionFocus): 0 | 1 | undefined {
  const start = focus.birth || asks(focus, rangeStartWords);
  const end = focus.death || asks(focus, rangeEndWords);
  return start === end ? undefined : start ? 0 : 1;
}
const titleWords = new Set(allTables.flatMap((t) => t.titles.flatMap((title) => title.split(' '))));

interface Candidate {
  readonly entry: LibraryEntry;
  readonly paragraph: number;
  readonly words: readonly Word[];
  /** Word indexes where the candidate stands (a pronoun stands for a name written earlier). */
  readonly first: number;
  readonly last: number;
  /** Offsets of the short answer in the paragraph. */
  readonly start: number;
  readonly end: number;
  /** How plainly it is an answer of the asked type, 0–1. */
  readonly prior: number;
}

/** Term weights: a question word found in few sentences says more than one found in many. */
function weightsOf(focus: QuestionFocus, sentences: readonly (readonly Word[])[], total: number): number[] {
  const n = Math.max(1, total);
  return focus.terms.map((term) => {
    const df = sentences.filter((ws) => ws.some((w) => similarity(term, w) > 0)).length;
    return df === 0 ? 1 : 1 + Math.log(n / df);
  });
}

function similarity(term: string, w: Word): number {
  if (w.mark) return 0;
  let best = 0;
  for (const part of partsOf(w.norm)) best = Math.max(best, termSimilarity(term, part));
  return best;
}

/** Distance in words from a candidate to word i, with sentence and punctuation gaps. */
function distance(words: readonly Word[], c: { first: number; last: number }, i: number): number {
  const [from, to] = i < c.first ? [i, c.first] : [c.last, i];
  let d = 0;
  for (let k = from + 1; k < to; k++) d += words[k]!.mark ? (/[,;:()[\]]/.test(words[k]!.text) ? questionSettings.markGap : 0) : 1;
  const gaps = Math.abs(words[to]!.sentence - words[from]!.sentence);
  return d + gaps * questionSettings.sentenceGap;
}

interface Scored {
  readonly candidate: Candidate;
  readonly score: number;
  readonly coverage: number;
}

function score(c: Candidate, focus: QuestionFocus, weights: readonly number[]): Scored {
  let sum = 0;
  let near = 0;
  const sentence = c.words[c.first]!.sentence;
  focus.terms.forEach((term, t) => {
    let best = 0;
    let nearBest = 0;
    c.words.forEach((w, i) => {
      if (i >= c.first && i <= c.last) return;
      const s = similarity(term, w);
      if (s === 0) return;
      best = Math.max(best, s / (1 + distance(c.words, c, i) / questionSettings.halfDistance));
      if (Math.abs(w.sentence - sentence) <= 1) nearBest = Math.max(nearBest, s);
    });
    sum += weights[t]! * best;
    near += nearBest;
  });
  return { candidate: c, score: sum * c.prior, coverage: near / focus.terms.length };
}

/** Full names (two words or more) of the people an article names, folded: a run holding one is a known person. */
function knownPeople(entry: LibraryEntry): KnownNames {
  return entry.understanding.people.map((p) => fold(p.name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter((n) => n.includes(' '));
}

/** Who: people (and organisations) of the paragraph, and pronouns standing for a person before them. */
function whoCandidates(entry: LibraryEntry, paragraph: number, words: readonly Word[], focus: QuestionFocus): Candidate[] {
  const runs = entry.understanding.names.filter((r) => r.paragraph === paragraph);
  const inQuestion = (w: Word): boolean => usesWord(focus, w);
  const spans = nameSpans(words, runs, inQuestion, knownPeople(entry));
  const out: Candidate[] = [];
  spans.forEach((s, k) => {
    const { first, last } = focus.plural && s.kind === 'person' ? listAround(words, spans, k) : s;
    let prior = s.kind === 'person' ? 0.5 + 0.5 * s.evidence : 0.45;
    if (focus.preposition && precededBy(words, s.first, focus.preposition)) prior *= 1.5;
    out.push({ entry, paragraph, words, first: s.first, last: s.last, start: words[first]!.start, end: words[last]!.end, prior });
  });
  // "Dia kemudian …": the pronoun stands for the last person named before it.
  words.forEach((w, i) => {
    if (w.mark || !pronouns.has(w.norm) || inQuestion(w)) return;
    const before = [...spans].reverse().find((s) => s.kind === 'person' && s.last < i);
    if (!before) return;
    out.push({ entry, paragraph, words, first: i, last: i, start: words[before.first]!.start, end: words[before.last]!.end, prior: 0.8 * (0.5 + 0.5 * before.evidence) });
  });
  return out;
}

/** Is the run of capitalised words holding word i preceded by one of these prepositions ("kepada …")? */
function precededBy(words: readonly Word[], i: number, group: readonly string[]): boolean {
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < 4 && /^\p{Lu}/u.test(words[j]!.text); steps++) j--;
  const w = words[j];
  return w !== undefined && group.includes(w.norm);
}

/** When: the dates of the paragraph (as extract read them) that the question does not itself name. */
function whenCandidates(entry: LibraryEntry, paragraph: number, words: readonly Word[], focus: QuestionFocus): Candidate[] {
  const out: Candidate[] = [];
  const end = rangeEndAsked(focus);
  // "Tanggal berapa …?", "What day …?": a year or a month does not say it.
  const day = asks(focus, askDayWords);
  for (const d of entry.understanding.dates) {
    if (d.paragraph !== paragraph || (day && d.precision !== 'day')) continue;
    const span = { start: d.short.offset, end: d.short.offset + d.short.text.length };
    const first = words.findIndex((w) => w.end > span.start);
    let last = first;
    while (last + 1 < words.length && words[last + 1]!.start < span.end) last++;
    if (first < 0) continue;
    const digits = words.slice(first, last + 1).filter((w) => !w.mark && /\p{N}/u.test(w.norm));
    if (digits.length > 0 && digits.every((w) => partsOf(w.norm).every((p) => focus.words.has(p) || !/\p{N}/u.test(p)))) continue;
    // "(1901-1968)", "1801–1817": a question about a start or an end takes that end alone.
    const chosen = d.ends && end !== undefined ? d.ends[end] : d.short;
    // "Kapan X meninggal?" is not answered by "X lahir tahun 1930".
    if (!d.ends && tellsOtherEnd(words, words[first]!.sentence, focus)) continue;
    out.push({ entry, paragraph, words, first, last, start: chosen.offset, end: chosen.offset + chosen.text.length, prior: d.strength });
  }
  return out;
}

/** An Answer that also says what the question asked for. */
export type QuestionAnswer = Answer & { readonly asks: OpenKind };

function notFound(question: string, kind: OpenKind, locale: Locale): QuestionAnswer {
  return { command: 'ask', query: question, found: false, answer: messages[locale].notFound(question), citations: [], asks: kind };
}

const nameWordsCache = new WeakMap<LibraryEntry, Set<string>>();

/** Folded words of every person, place and organisation name an article's understanding holds. */
export function knownNameWords(entry: LibraryEntry): Set<string> {
  let words = nameWordsCache.get(entry);
  if (words) return words;
  words = new Set<string>();
  const u = entry.understanding;
  const forms = [
    ...u.people.flatMap((p) => [p.name, ...p.aliases]),
    ...u.places.flatMap((p) => [p.name, ...p.aliases]),
    ...u.organisations.flatMap((o) => [o.name, ...o.aliases, ...(o.expansion === undefined ? [] : [o.expansion])]),
  ];
  for (const form of forms) for (const t of termsOf(form.replace(/[-'’]/g, ' '))) words.add(t.norm);
  nameWordsCache.set(entry, words);
  return words;
}

/**
 * Should /ask send this question to answerQuestion? Yes for a who/when question whose words, past
 * the question words, say more than a name the articles know: "Siapa yang meresmikan pelabuhan …?",
 * "Siapa Presiden X?", "Kapan Y ditandatangani?". No for a name alone, known to the articles or typed
 * with capitals ("Siapa Budi?", "Who is Jane Doe?", "Kapan Budi?": a profile or an event
 * look-up for the /who and /when answerers), nor for other kinds of question.
 */
export function isOpenQuestion(question: string, entries: readonly LibraryEntry[]): boolean {
  const kind = classifyQuestion(question);
  if (kind !== 'who' && kind !== 'when') return false;
  const { terms, names } = focusOf(question, kind);
  if (terms.length === 0) return false;
  // A role is a question ("Siapa Presiden X?"); a name alone, known or not, is a look-up ("Siapa Budi?").
  if (terms.some((t) => titleWords.has(t))) return true;
  return terms.some((t) => !names.has(t) && !entries.some((e) => knownNameWords(e).has(t)));
}

/** A possible answer with its score, best first: what answerQuestion chooses from. */
export interface RankedAnswer {
  readonly value: string;
  readonly article: string;
  readonly paragraph: number;
  readonly score: number;
  /** Share of the question's words found in the answer's sentence and the ones beside it. */
  readonly coverage: number;
}

/** Paragraphs read per question, at most: those holding the most question words. */
const MAX_PARAGRAPHS = 30;

const sentenceCounts = new WeakMap<readonly LibraryEntry[], number>();

/** Sentences in these articles (for term weights). */
function sentenceCount(entries: readonly LibraryEntry[]): number {
  let n = sentenceCounts.get(entries);
  if (n === undefined) {
    n = 0;
    for (const e of entries) for (const p of e.article.paragraphs) n += p.sentences.length;
    sentenceCounts.set(entries, n);
  }
  return n;
}

function rank(entries: readonly LibraryEntry[], focus: QuestionFocus): Scored[] {
  if (focus.terms.length === 0) return [];
  // Only paragraphs holding a question word can score; the inverted index finds them without
  // reading the rest of the corpus. Term weights count sentences within them, which is exact:
  // a sentence holding a term lies in a paragraph holding it.
  const paragraphs = paragraphsWithAny(entries, focus.terms, MAX_PARAGRAPHS).map(({ entry, paragraph: p }) => ({ entry, p, words: paragraphWords(p) }));
  const sentences = paragraphs.flatMap(({ words }) => {
    const by = new Map<number, Word[]>();
    for (const w of words) {
      const list = by.get(w.sentence);
      if (list) list.push(w);
      else by.set(w.sentence, [w]);
    }
    return [...by.values()];
  });
  const weights = weightsOf(focus, sentences, sentenceCount(entries));
  const scored: Scored[] = [];
  for (const { entry, p, words } of paragraphs) {
    if (!words.some((w) => focus.terms.some((t) => similarity(t, w) > 0))) continue;
    const candidates = focus.kind === 'who' ? whoCandidates(entry, p.n, words, focus) : whenCandidates(entry, p.n, words, focus);
    for (const c of candidates) scored.push(score(c, focus, weights));
  }
  return scored.sort((a, b) => b.score - a.score);
}

const valueOf = (c: Candidate): string => c.entry.article.paragraphs[c.paragraph - 1]!.text.slice(c.start, c.end);

/** Every possible answer with its score, best first (for the eval's misses and for tests). */
export function rankAnswers(entries: readonly LibraryEntry[], question: string, kind: OpenKind): RankedAnswer[] {
  return rank(entries, focusOf(question, kind)).map(({ candidate: c, score, coverage }) => ({
    value: valueOf(c),
    article: c.entry.article.id,
    paragraph: c.paragraph,
    score,
    coverage,
  }));
}

/** The best answer of the asked type to an open question, over every passage of the given articles. */
export function answerQuestion(entries: readonly LibraryEntry[], question: string, kind: OpenKind, locale: Locale): QuestionAnswer {
  const best = rank(entries, focusOf(question, kind))[0];
  if (!best || best.score < questionSettings.minScore || best.coverage < questionSettings.minCoverage) return notFound(question, kind, locale);
  const c = best.candidate;
  const paragraph = c.entry.article.paragraphs[c.paragraph - 1]!;
  const value = valueOf(c);
  const sentence = paragraph.sentences.find((s) => s.start <= c.start && c.start < s.end) ?? paragraph.sentences[0];
  const citation: Citation = { article: c.entry.article.id, paragraph: c.paragraph, excerpt: paragraph.text, highlights: [value] };
  return {
    command: 'ask',
    query: question,
    found: true,
    answer: sentence?.text ?? paragraph.text,
    value,
    citations: [citation],
    asks: kind,
  };
}
