// How one fact of a /check claim stands against a sentence of the article: a date, a number, or a
// quote. Each comparison says `same` (the article says it), `differs` (the article says otherwise,
// and what it says), or `open` (the sentence does not settle it). Strict by design: only a date the
// article's falls inside, a number of the same value, or the quoted words themselves are the same.
import type { LibraryEntry } from '../index/library.js';
import type { ClaimDate, ClaimQuote } from '../query/claims.js';
import type { NumberSpan } from '../text/numbers.js';
import { fold } from '../text/normalize.js';
import { termSimilarity } from '../text/similarity.js';
import { wordsOf, type Word } from '../text/words.js';
import type { DateMention, NumberMention, Quote, Sentence } from '../types.js';
import type { DateText } from '../findings.js';

export type Comparison<T> = { readonly outcome: 'same' } | { readonly outcome: 'open' } | ({ readonly outcome: 'differs' } & T);

// ── Dates ────────────────────────────────────────────────────────────────────────────────────────

const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The days a claimed date may mean, one range per year it may be in. */
function claimRanges(date: ClaimDate, years: readonly number[]): [string, string][] {
  return (date.year !== undefined ? [date.year] : years).map((y) => {
    if (date.month !== undefined && date.day !== undefined) return [iso(y, date.month, date.day), iso(y, date.month, date.day)];
    if (date.month !== undefined) return [iso(y, date.month, 1), iso(y, date.month, lastDay(y, date.month))];
    return [iso(y, 1, 1), iso(y, 12, 31)];
  });
}

/** How a claimed date stands against one date of the article: within it, apart from it, or neither. */
function compareDate(date: ClaimDate, mention: DateMention): 'same' | 'differs' | 'open' {
  if (date.relative) return fold(date.text) === fold(mention.text) ? 'same' : 'open';
  const start = (mention as { start?: string }).start;
  if (start === undefined) return 'open';
  const end = mention.end ?? start;
  if (date.weekday !== undefined) {
    if (end !== start) return 'open';
    const day = new Date(`${start}T00:00:00Z`).getUTCDay();
    return (day === 0 ? 7 : day) === date.weekday ? 'same' : 'differs';
  }
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  if (date.year === undefined && last - first > 2) return 'open';
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const ranges = claimRanges(date, years);
  if (ranges.some(([s, e]) => s <= start && end <= e)) return 'same';
  if (ranges.every(([s, e]) => e < start || end < s)) return 'differs';
  return 'open';
}

/** The article's dates in a sentence against a claimed date: the same as one, or unlike every one. */
export function compareDates(date: ClaimDate, mentions: readonly DateMention[]): Comparison<{ readonly mention: DateText }> {
  if (mentions.length === 0) return { outcome: 'open' };
  const outcomes = mentions.map((m) => compareDate(date, m));
  if (outcomes.includes('same')) return { outcome: 'same' };
  if (outcomes.every((o) => o === 'differs')) {
    // Show the most exact of them: the shortest span.
    const span = (m: DateMention) => Date.parse(m.end ?? (m as { start?: string }).start ?? '') - Date.parse((m as { start?: string }).start ?? '');
    const mention = [...mentions].sort((a, b) => span(a) - span(b))[0]!;
    return { outcome: 'differs', mention };
  }
  return { outcome: 'open' };
}

// ── Numbers ──────────────────────────────────────────────────────────────────────────────────────

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sameUnit = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && (a === b || (a !== '%' && b !== '%' && termSimilarity(a, b) >= 0.8));

/** A claimed number against the article's numbers in a sentence: one of the same value, or another of the same unit. */
export function compareNumbers(claimed: NumberSpan, numbers: readonly NumberMention[]): Comparison<{ readonly number: NumberMention }> {
  if (numbers.some((n) => sameValue(n.value, claimed.value) && (claimed.unit === undefined || n.unit === undefined || sameUnit(n.unit, claimed.unit)))) {
    return { outcome: 'same' };
  }
  const other = numbers.find((n) => sameUnit(n.unit, claimed.unit));
  return other ? { outcome: 'differs', number: other } : { outcome: 'open' };
}

/** A number as the text writes it, with the word it counts ("0,2 persen", "15%"). */
export function numberAsWritten(text: string, offset: number, length: number): string {
  const tail = /^(\s?%|\s+[\p{L}][\p{L}-]*)/u.exec(text.slice(offset + length))?.[0] ?? '';
  return text.slice(offset, offset + length) + tail;
}

// ── Quotes ───────────────────────────────────────────────────────────────────────────────────────

const wordsOnly = (text: string): Word[] => wordsOf(text).filter((w) => !w.mark);

export interface QuoteMatch {
  readonly entry: LibraryEntry;
  readonly quote: Quote;
  /** The quoted words are the article's, word for word. */
  readonly exact: boolean;
  /** Where they differ: the article's words and the message's, each with a word around them, verbatim. */
  readonly article?: string;
  readonly message?: string;
}

/** The article's quote a claimed quote is (word for word) or nearly is (most of its words, in order), if any. */
export function matchQuote(claimed: ClaimQuote, entries: readonly LibraryEntry[]): QuoteMatch | undefined {
  const mine = wordsOnly(claimed.text);
  if (mine.length === 0) return undefined;
  let best: { entry: LibraryEntry; quote: Quote; words: Word[]; at: number; same: number } | undefined;
  for (const entry of entries) {
    for (const quote of entry.understanding.quotes) {
      const theirs = wordsOnly(quote.text);
      // The window of the article's quote that lines up best with the claimed words.
      for (let at = 0; at <= Math.max(0, theirs.length - mine.length); at++) {
        let same = 0;
        for (let i = 0; i < mine.length; i++) if (theirs[at + i]?.norm === mine[i]!.norm) same++;
        if (!best || same > best.same) best = { entry, quote, words: theirs, at, same };
      }
    }
  }
  if (!best || best.same < Math.max(3, Math.ceil(0.6 * mine.length))) return undefined;
  const { entry, quote, words, at, same } = best;
  if (same === mine.length && at + mine.length <= words.length) return { entry, quote, exact: true };
  let first = 0;
  while (first < mine.length && words[at + first]?.norm === mine[first]!.norm) first++;
  let last = mine.length - 1;
  while (last > first && words[at + last]?.norm === mine[last]!.norm) last--;
  const from = Math.max(0, first - 1);
  const to = Math.min(mine.length - 1, last + 1);
  const theirsFrom = words[at + from] ?? words[words.length - 1]!;
  const theirsTo = words[Math.min(at + to, words.length - 1)]!;
  return {
    entry,
    quote,
    exact: false,
    article: quote.text.slice(theirsFrom.start, Math.max(theirsFrom.end, theirsTo.end)),
    message: claimed.text.slice(mine[from]!.start, mine[to]!.end),
  };
}

/** The sentence of a paragraph that holds an offset. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences[0];
}
