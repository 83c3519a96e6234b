// extract: where the quoted stretches of a paragraph are, from its quote marks alone.
//
// Marks: “ „ « open; » closes; " and ” may do either. Kompas and many scrapes write ” on both sides
// (`”Kami siap,” kata Budi.`), tokenised corpora put spaces on the wrong side (`” Kami siap , ” kata
// Budi.`, `… kemarin.” Kami siap, ”kata Budi`), and a paragraph may start inside a quote whose opening
// mark is lost or was in the paragraph before. So each mark is weighed for what it can be — opening,
// closing, or stray — from what stands around it:
//   opening: paragraph start; after `:`, `(` or a word and a space; before a capitalised word;
//   closing: paragraph end; before `,` `.` `)`; before a speech verb (`” kata`, `"ujarnya`, `" he said`)
//            or another lower-case word; after `,` `.` `?` `!` glued to it;
// and the whole paragraph is read at once: marks alternate opening/closing, and the reading that
// agrees best with the evidence wins (a small dynamic programme over "outside"/"inside a quote").
// Single marks (‘…’) are not quote marks here: inside a quote they are the nested quote, and
// outside they are mostly apostrophes.
import { tables } from '../lang/index.js';
import type { Language } from '../types.js';

export interface QuoteSpan {
  readonly paragraph: number;
  /** Index of the opening mark; -1 when the paragraph starts inside the quote (no opening mark). */
  readonly open: number;
  /** Index of the closing mark, or the paragraph length when unclosed. */
  readonly close: number;
  readonly closed: boolean;
}

export interface SpanOptions {
  /** The paragraph before ended inside a quote: starting inside one costs nothing. */
  readonly inside?: boolean;
  readonly language?: Language;
}

const MARKS = new Set(['"', '“', '”', '„', '«', '»']);
const OPEN_ONLY = new Set(['„', '«']);

/** Does the text hold a quote mark at all? Without one, a paragraph has no quote spans. */
export function hasQuoteMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (MARKS.has(text[i]!)) return true;
  return false;
}

/** Lower-case words that, right after a mark, show it closed a quote: speech verbs and the pronouns before them. */
const cueWords = (language: Language | undefined): ReadonlySet<string> => {
  const ts = language ? [tables[language]] : Object.values(tables);
  return new Set(
    ts.flatMap((t) => [...t.speechVerbs, ...t.pronounSpeechVerbs, ...t.relayPhrases, ...(t.quoteWords?.pronouns ?? []), ...(t.quoteWords?.accordingTo ?? [])].map((w) => w.split(' ')[0]!)),
  );
};
const cueCache = new Map<string, ReadonlySet<string>>();
function cuesOf(language: Language | undefined): ReadonlySet<string> {
  const key = language ?? '*';
  let set = cueCache.get(key);
  if (!set) cueCache.set(key, (set = cueWords(language)));
  return set;
}

/** Cost of reading a mark as stray (neither opening nor closing). */
const STRAY = 3;
/** Cost of starting inside a quote with no opening mark, and of ending the paragraph inside one. */
const START_INSIDE = 2.5;
const END_INSIDE = 2;
/** Cost of opening a quote inside a quote (`“Visi kami “Connect people”, kata …”`). */
const NEST = 3;

interface Evidence {
  readonly open: number;
  readonly close: number;
  /** Added to reading it as a quote mark at all: a unit (`3"`), an HTML attribute (`src="`). */
  readonly penalty: number;
}

/** How much the surroundings of the mark at `i` say it opens, and how much that it closes, a quote. */
function evidence(text: string, i: number, cues: ReadonlySet<string>): Evidence {
  const ch = text[i]!;
  let open = 0;
  let close = 0;
  let b = i - 1;
  while (b >= 0 && /\s/.test(text[b]!)) b--;
  const prev = b >= 0 ? text[b]! : '';
  const spaceBefore = b < i - 1;
  let a = i + 1;
  while (a < text.length && /\s/.test(text[a]!)) a++;
  const next = a < text.length ? text[a]! : '';
  const spaceAfter = a > i + 1;
  const word = /^\p{L}+/u.exec(text.slice(a, a + 30))?.[0] ?? '';

  if (OPEN_ONLY.has(ch) || ch === '“') open += 3;
  if (ch === '»') close += 3;
  if (prev === '') open += 3;
  else if (/[:(\[]/.test(prev)) open += 2;
  else if (/[\p{L}\p{N}]/u.test(prev)) spaceBefore ? (open += 1) : (close += 0.5);
  else if (prev === ',') spaceBefore ? (close += 0.5) : (close += 2);
  else if (/[.!?…]/.test(prev)) spaceBefore ? (open += 1) : (close += 1);
  if (next === '') close += 3;
  else if (/[,.;:!?)\]]/.test(next)) close += 2;
  else if (/\p{Lu}|\p{N}/u.test(next)) open += spaceAfter ? 1 : 1.5;
  else if (/\p{Ll}/u.test(next)) {
    if (cues.has(word)) close += 3;
    else spaceAfter ? (close += 1) : (open += 0.5);
  }
  // Not a quote mark at all, most likely: a unit (`54"`), an attribute (`src="…"`).
  const penalty = ch !== '"' || spaceBefore ? 0 : prev === '=' ? 2 * STRAY : /\p{N}/u.test(prev) ? STRAY : 0;
  return { open, close, penalty };
}

type Role = 'open' | 'close' | 'stray';
/** 0 outside a quote, 1 inside one, 2 inside a quote inside a quote. */
type Depth = 0 | 1 | 2;

/** Quote spans of one paragraph, in order (a quote inside a quote is part of the outer one). */
export function quoteSpans(text: string, paragraph = 0, options: SpanOptions = {}): QuoteSpan[] {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) if (MARKS.has(text[i]!)) marks.push(i);
  const cues = cuesOf(options.language);
  // cost[d]: the cheapest reading of the marks so far that ends at depth d; back[k][d]: how mark k got there.
  type Step = readonly [prev: Depth, role: Role];
  let cost = [0, options.inside ? 0 : START_INSIDE, Infinity];
  const back: Step[][] = [];
  for (const at of marks) {
    const e = evidence(text, at, cues);
    // What the other reading has over this one, and a little for a reading with hardly any evidence.
    const asOpen = Math.max(0, e.close - e.open) + Math.max(0, 1 - e.open) + e.penalty;
    const asClose = Math.max(0, e.open - e.close) + Math.max(0, 1 - e.close) + e.penalty;
    const choices: [number, Step][][] = [
      [[cost[0]! + STRAY, [0, 'stray']], [cost[1]! + asClose, [1, 'close']]],
      [[cost[1]! + STRAY, [1, 'stray']], [cost[0]! + asOpen, [0, 'open']], [cost[2]! + asClose, [2, 'close']]],
      [[cost[2]! + STRAY, [2, 'stray']], [cost[1]! + asOpen + NEST, [1, 'open']]],
    ];
    const best = choices.map((c) => c.reduce((a, b) => (b[0] < a[0] ? b : a)));
    cost = best.map((b) => b[0]);
    back.push(best.map((b) => b[1]));
  }
  let state: Depth = cost[0]! <= cost[1]! + END_INSIDE ? 0 : 1;
  const endState = state;
  const roles: { role: Role; from: Depth }[] = new Array(marks.length);
  for (let k = marks.length - 1; k >= 0; k--) {
    const step: Step = back[k]![state]!;
    roles[k] = { role: step[1], from: step[0] };
    state = step[0];
  }
  const spans: QuoteSpan[] = [];
  let open: number | undefined = state === 1 ? -1 : undefined;
  marks.forEach((at, k) => {
    // Only the outer quote's marks make spans; a nested pair stays inside it.
    const { role, from } = roles[k]!;
    if (role === 'open' && from === 0) open = at;
    else if (role === 'close' && from === 1 && open !== undefined) {
      spans.push({ paragraph, open, close: at, closed: true });
      open = undefined;
    }
  });
  if (endState === 1 && open !== undefined) spans.push({ paragraph, open, close: text.length, closed: false });
  return spans;
}

/** The quoted words of a span: inside the marks, trimmed, without the comma that ends the quote. */
export function innerRange(text: string, span: Pick<QuoteSpan, 'open' | 'close'>): { start: number; end: number } {
  let start = span.open + 1;
  let end = span.close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The paragraph with every quoted stretch (marks included) blanked, offsets kept. */
export function masked(text: string, spans: readonly QuoteSpan[]): string {
  let out = text;
  for (const s of spans) {
    const from = Math.max(0, s.open);
    const to = Math.min(s.close + 1, text.length);
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}
