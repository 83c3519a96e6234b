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

interface Evidence {
  readonly open: number;
  readonly close: number;
  /** A unit mark rather than a quote mark (inches, seconds: `3"`). */
  readonly unit: boolean;
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
  return { open, close, unit: ch === '"' && /\p{N}/u.test(prev) && !spaceBefore };
}

/** Cost of reading a mark as stray (neither opening nor closing). */
const STRAY = 3;
/** Cost of starting inside a quote with no opening mark, and of ending the paragraph inside one. */
const START_INSIDE = 2;
const END_INSIDE = 1;

/** Quote spans of one paragraph, in order. */
export function quoteSpans(text: string, paragraph = 0, options: SpanOptions = {}): QuoteSpan[] {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) if (MARKS.has(text[i]!)) marks.push(i);
  const cues = cuesOf(options.language);
  const ev = marks.map((i) => evidence(text, i, cues));
  // cost[s] after each mark, s = 0 outside, 1 inside; back[k][s] = [previous state, what the mark was].
  type Step = readonly [prev: 0 | 1, role: 'open' | 'close' | 'stray'];
  let cost: [number, number] = [0, options.inside ? 0 : START_INSIDE];
  const back: [Step, Step][] = [];
  ev.forEach((e) => {
    const asOpen = Math.max(0, e.close - e.open) + (e.unit ? STRAY : 0);
    const asClose = Math.max(0, e.open - e.close) + (e.unit ? STRAY : 0);
    const out: [number, Step] = cost[0] + STRAY <= cost[1] + asClose ? [cost[0] + STRAY, [0, 'stray']] : [cost[1] + asClose, [1, 'close']];
    const inn: [number, Step] = cost[1] + STRAY <= cost[0] + asOpen ? [cost[1] + STRAY, [1, 'stray']] : [cost[0] + asOpen, [0, 'open']];
    cost = [out[0], inn[0]];
    back.push([out[1], inn[1]]);
  });
  let state: 0 | 1 = cost[0] <= cost[1] + END_INSIDE ? 0 : 1;
  const roles: ('open' | 'close' | 'stray')[] = new Array(marks.length);
  const endState = state;
  for (let k = marks.length - 1; k >= 0; k--) {
    const [prev, role] = back[k]![state];
    roles[k] = role;
    state = prev;
  }
  const spans: QuoteSpan[] = [];
  let open: number | undefined = state === 1 ? -1 : undefined;
  marks.forEach((at, k) => {
    if (roles[k] === 'open') open = at;
    else if (roles[k] === 'close' && open !== undefined) {
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
