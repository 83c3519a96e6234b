// The possible answers to an open who/when question in one paragraph, and how each is scored: a
// person (or organisation) cut from the paragraph's name runs for who, a date of the paragraph for
// when, weighed by how close it stands to the question's words.
import type { LibraryEntry } from '../index/library.js';
import { usesWord, type QuestionFocus } from '../query/focus.js';
import { memoize } from '../memo.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { termSimilarity } from '../text/similarity.js';
import { partsOf, type ParagraphWord as Word } from '../text/words.js';
import { allTables } from '../lang/index.js';
import { listAround, nameSpans, type KnownNames } from './name-answers.js';

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

export interface Candidate {
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
export function weightsOf(focus: QuestionFocus, sentences: readonly (readonly Word[])[], total: number): number[] {
  const n = Math.max(1, total);
  return focus.terms.map((term) => {
    const df = sentences.filter((ws) => ws.some((w) => similarity(term, w) > 0)).length;
    return df === 0 ? 1 : 1 + Math.log(n / df);
  });
}

export function similarity(term: string, w: Word): number {
  if (w.mark) return 0;
  return wordSimilarity(`${term}\u0000${w.norm}`);
}

/** A question word against a paragraph word (by its parts): asked again and again for the same pairs, so remembered. */
const wordSimilarity = memoize((key: string): number => {
  const [term, norm] = key.split('\u0000') as [string, string];
  let best = 0;
  for (const part of partsOf(norm)) best = Math.max(best, termSimilarity(term, part));
  return best;
}, 65_536);

/** Distance in words from a candidate to word i, with sentence and punctuation gaps. */
function distance(words: readonly Word[], c: { first: number; last: number }, i: number): number {
  const [from, to] = i < c.first ? [i, c.first] : [c.last, i];
  let d = 0;
  for (let k = from + 1; k < to; k++) d += words[k]!.mark ? (/[,;:()[\]]/.test(words[k]!.text) ? questionSettings.markGap : 0) : 1;
  const gaps = Math.abs(words[to]!.sentence - words[from]!.sentence);
  return d + gaps * questionSettings.sentenceGap;
}

export interface Scored {
  readonly candidate: Candidate;
  readonly score: number;
  readonly coverage: number;
}

export function score(c: Candidate, focus: QuestionFocus, weights: readonly number[]): Scored {
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
export function whoCandidates(entry: LibraryEntry, paragraph: number, words: readonly Word[], focus: QuestionFocus): Candidate[] {
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
    if (w.mark || !lexicon.pronouns.has(w.norm) || inQuestion(w)) return;
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
export function whenCandidates(entry: LibraryEntry, paragraph: number, words: readonly Word[], focus: QuestionFocus): Candidate[] {
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

