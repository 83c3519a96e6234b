// Sentence splitting for Indonesian and English: Intl.Segmenter proposes breaks, and we take
// back the ones that fall after an abbreviation, an initial, or before a lower-case word
// (`…kuat,” kata Budi.` stays one sentence).
import { allTables } from '../lang/index.js';

export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const abbreviations = new Set(allTables.flatMap((t) => t.abbreviations.map((a) => a.toLowerCase())));
/** Made on first use: building ICU's sentence rules costs about 10 ms, which a start-up from the cache never needs. */
let segmenter: Intl.Segmenter | undefined;

/** The word (letters and inner dots) that ends `text` just before its final dot, if any. */
function wordBeforeFinalDot(text: string): string | undefined {
  const m = /([\p{L}][\p{L}.]*)\.["'”’)\]]*$/u.exec(text.trimEnd());
  return m?.[1];
}

function breakIsFalse(before: string, after: string): boolean {
  const next = after.trimStart();
  if (next === '') return false;
  const first = next[0] ?? '';
  // A sentence starts with an upper-case letter, a digit or an opening quote; anything else continues.
  if (/\p{Ll}/u.test(first)) return true;
  if (/[,;:)\]]/.test(first)) return true;
  const word = wordBeforeFinalDot(before);
  if (word === undefined) return false;
  if (abbreviations.has(word.toLowerCase())) return true;
  // An initial ("J. Smith") or a dotted acronym ("U.S.", "a.n.").
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: { start: number; end: number }[] = [];
  segmenter ??= new Intl.Segmenter('id', { granularity: 'sentence' });
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    const end = seg.index + seg.segment.length;
    const last = spans[spans.length - 1];
    if (last && breakIsFalse(text.slice(last.start, last.end), seg.segment)) {
      last.end = end;
    } else {
      spans.push({ start, end });
    }
  }
  const result: SentenceSpan[] = [];
  for (const { start, end } of spans) {
    // Trim whitespace while keeping offsets exact.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) result.push({ text: text.slice(s, e), start: s, end: e });
  }
  return result;
}
