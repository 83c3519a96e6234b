// A date of a quote's attribution ("… ,” kata Presiden Lorem di Istana, Senin (17/4)") tells when the
// speaker spoke, not when an event their quote names happens: "Kapan pemilihan gubernur?" of a
// paragraph writing "pemilihan gubernur" only inside the quote is not answered by that Monday. A
// question about the saying ("Kapan X mengatakan …?"), or one whose words the paragraph writes
// outside the quote too ("Kapan Lorem memerintahkan …?" of "Lorem memerintahkan …"), still is.
import type { LibraryEntry } from '../index/library.js';
import { frameWords } from '../query/concepts.js';
import { findAll } from '../text/find.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { says } from './written.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

const inside = (spans: readonly Span[], at: number): boolean => spans.some((s) => at >= s.start && at < s.end);

/**
 * For one paragraph and the question's words past its names: does a date at this offset only say
 * when someone spoke, the event words standing in the paragraph inside quotes alone? Always false
 * where the question asks of saying, the paragraph quotes no one with an attribution, or writes none
 * of its words.
 */
export function saidDateOnly(entry: LibraryEntry, paragraph: number, words: readonly Word[], asked: readonly string[]): (offset: number) => boolean {
  const never = (): boolean => false;
  if (asked.some((t) => lexicon.speechVerbs.has(t))) return never;
  const text = entry.article.paragraphs[paragraph - 1]?.text ?? '';
  const quotes = entry.understanding.quotes.filter((q) => q.paragraphs.includes(paragraph));
  const attributions: Span[] = quotes.flatMap((q) => (q.attribution === undefined ? [] : findAll(text, q.attribution).map((at) => ({ start: at, end: at + q.attribution!.length }))));
  if (attributions.length === 0) return never;
  const quoted: Span[] = quotes.flatMap((q) => findAll(text, q.text).map((at) => ({ start: at, end: at + q.text.length })));
  // The question's words that tell the event (no word any question has), as the paragraph writes
  // them or another word of their meaning, in either language.
  const terms = asked.filter((t) => !frameWords.has(t) && !lexicon.stopWords.has(t));
  const plain = words.filter((w) => !w.mark && !w.cap);
  const [within, without] = [plain.filter((w) => inside(quoted, w.start)), plain.filter((w) => !inside(quoted, w.start))];
  if (!terms.some((t) => says(t, within)) || terms.some((t) => says(t, without))) return never;
  return (offset) => inside(attributions, offset);
}
