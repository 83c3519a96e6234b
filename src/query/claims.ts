// A message to /check, read as claims: its sentences that state something the article could
// confirm or deny — a name, a number, a date, a place or a quote. Each claim keeps what it states
// as the message writes it; matching it to the article is answer/check.ts's work. Discord markup
// (mentions, custom emoji, timestamps, links, Markdown) is not part of what anyone claims.
import { lexicon } from '../text/lexicon.js';
import { deniedWords, isNegation } from '../text/negation.js';
import { looksLikeYear, numbersIn, type NumberSpan } from '../text/numbers.js';
import { splitSentences } from '../text/sentences.js';
import { queryTerms } from '../text/terms.js';
import { wordsOf } from '../text/words.js';
import { datesInClaim, type ClaimDate } from './claim-dates.js';

export type { ClaimDate } from './claim-dates.js';

/** A run of capitalised words of a claim: a name, a place, an organisation, or a title before one. */
export interface ClaimName {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** It opens the sentence, where any word has a capital. */
  readonly initial: boolean;
}

/** Words quoted in a claim ("… kata Sari, “kerja sama ini akan kuat …”"), without the marks. */
export interface ClaimQuote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Claim {
  /** The sentence as the message writes it (markup removed). */
  readonly text: string;
  /** Its content words, folded, without the words of its dates and numbers. */
  readonly terms: readonly string[];
  readonly dates: readonly ClaimDate[];
  readonly numbers: readonly NumberSpan[];
  readonly names: readonly ClaimName[];
  /** Quotes of three words or more (a quoted word or two is emphasis, not a quote). */
  readonly quotes: readonly ClaimQuote[];
  /** Folded words the claim denies: the word after "tidak", "not" … */
  readonly denied: readonly string[];
}

/** At most this many characters of a message are read. */
const MAX_TEXT = 4000;

/** The message without Discord markup: mentions, emoji, timestamps, command links, URLs, Markdown marks. */
export function withoutMarkup(message: string): string {
  return message
    .slice(0, MAX_TEXT)
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::\w)?>|<\/[^<>]{1,100}:\d+>/g, ' ')
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .replace(/^[ \t]*(?:>>>|>|-#|#{1,3}|[-*+])[ \t]+/gm, '')
    .replace(/\*\*|__|~~|\|\||[*_`]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
}

/** Quoted stretches: “…”, "…", «…», „…“. */
function quotesIn(text: string): ClaimQuote[] {
  const out: ClaimQuote[] = [];
  for (const m of text.matchAll(/[“"«„]([^“”"«»„]{2,1000}?)[”"»“]/gu)) {
    const inner = m[1]!.trim().replace(/[,.]$/, '');
    if (wordsOf(inner).filter((w) => !w.mark).length < 3) continue;
    const start = m.index + 1 + m[1]!.indexOf(inner);
    out.push({ text: inner, start, end: start + inner.length });
  }
  return out;
}

/** Runs of capitalised words (acronyms too), outside quotes. */
function namesIn(text: string, quotes: readonly ClaimQuote[]): ClaimName[] {
  const words = wordsOf(text);
  const out: ClaimName[] = [];
  let run: { start: number; end: number; initial: boolean } | undefined;
  let seenWord = false;
  const close = () => {
    if (run) out.push({ text: text.slice(run.start, run.end), ...run });
    run = undefined;
  };
  for (const w of words) {
    const quoted = quotes.some((q) => w.start >= q.start && w.end <= q.end);
    const capital = !w.mark && !quoted && w.cap && !/^\d/.test(w.text);
    if (capital) {
      if (run && /^\s?$/.test(text.slice(run.end, w.start))) run.end = w.end;
      else {
        close();
        run = { start: w.start, end: w.end, initial: !seenWord };
      }
    } else close();
    if (!w.mark) seenWord = true;
    else if (/[.!?]/.test(w.text)) seenWord = false;
  }
  close();
  // A run of only calendar words or function words is no name ("Rabu", "Dan").
  return out.filter((n) => wordsOf(n.text).some((w) => !w.mark && !lexicon.calendar.has(w.norm) && !lexicon.stopWords.has(w.norm)));
}

function readClaim(text: string): Claim | undefined {
  const dates = datesInClaim(text);
  const inDate = (start: number, end: number) => dates.some((d) => start < d.end && end > d.start);
  const numbers = numbersIn(text).filter((n) => !inDate(n.start, n.end) && !looksLikeYear(n));
  const quotes = quotesIn(text);
  const names = namesIn(text, quotes);
  const checkable = dates.length + numbers.length + quotes.length + names.filter((n) => !n.initial || wordsOf(n.text).length > 1).length;
  // A sentence that opens with a capital and names nothing else may still name someone ("Hartono bertemu …"):
  // whether it does, only the article can tell, so it is kept.
  if (checkable === 0 && names.length === 0) return undefined;
  const skip = [...dates, ...numbers];
  // A possessive's "s" ("NPR's") is no word of the claim: the article's words read "NPR's" as "nprs" and "npr".
  const terms = queryTerms(
    text.split('').map((c, i) => (skip.some((s) => i >= s.start && i < s.end) ? ' ' : c)).join('').replace(/(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu, ''),
  ).filter((t) => !/^\d+$/.test(t) && !isNegation(t));
  return { text, terms, dates, numbers, names, quotes, denied: deniedWords(text) };
}

/** The claims of a message, in order: each sentence that states something checkable. */
export function readClaims(message: string): Claim[] {
  const claims: Claim[] = [];
  for (const line of withoutMarkup(message).split(/\n+/)) {
    for (const sentence of splitSentences(line)) {
      const claim = readClaim(sentence.text.trim());
      if (claim) claims.push(claim);
    }
  }
  return claims;
}
