// What a date rule's builder works with: the match (its groups and their offsets), what it returns
// (the mention's span, its short answer, its ends, its strength, what it says), and the small
// readings the builders share.
import type { DateValue, YearWord } from './resolve.js';
import { capitalised, eraOf, lower, type DateVocabulary, type Pieces } from './vocabulary.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a rule found: the mention as written, its short answer and what it says. */
export interface Found {
  readonly span: Span;
  readonly short: Span;
  readonly ends?: readonly [Span, Span];
  /** 0–1: how plainly this is a date. */
  readonly strength: number;
  readonly value: DateValue;
}

export interface RuleMatch {
  /** The paragraph. */
  readonly text: string;
  /** The whole match. */
  readonly span: Span;
  readonly g: Readonly<Record<string, string | undefined>>;
  /** Where a named group matched, if it did. */
  at(group: string): Span | undefined;
}

export interface DateRule {
  readonly name: string;
  /** Every match holds a digit: a paragraph without one skips the rule. */
  readonly digits?: boolean;
  /** The pattern's source, from the language's pieces; matched whole-word, case-insensitively. */
  readonly pattern: (p: Pieces) => string;
  readonly build: (m: RuleMatch, v: DateVocabulary) => Found | undefined;
}

/**
 * What the short answer keeps, measured on the train splits of FacQA (news) and IDK-MRC (Wikipedia).
 * The year word: FacQA's gold keeps it 45 times to 33 (when F1 84.8 kept, 83.7 dropped), IDK-MRC's
 * drops it 319 to 7 (43.4 kept, 46.2 dropped); kept, for news is what kutip reads, and dropping it
 * takes FacQA valid from 88.8 to 85.9. A qualifier ("akhir 2004"): 20 rows keep it, 21 drop it;
 * kept scores as well or better on every set (FacQA 84.8 vs 84.5, SQuAD 53.3 vs 53.2).
 */
export const shortSpanRules = { yearWord: true, qualifier: true } as const;

export const num = (s: string | undefined): number => Number(s);

/** Strength of a year inside a name ("Pekan Olahraga Lorem 2011"): a date still, but the name's more than the event's. */
export const NAMED = 0.6;

/** From the first of these groups that matched (or the match start) to `end` (default the match end). */
export function from(m: RuleMatch, groups: readonly string[], end = m.span.end): Span {
  for (const g of groups) {
    const at = m.at(g);
    if (at) return { start: at.start, end };
  }
  return { start: m.span.start, end };
}

/** The short answer of a year or month: from the qualifier or year word the conventions keep, else from `main`. */
export function shortFrom(m: RuleMatch, main: string, end = m.span.end): Span {
  const keep = [...(shortSpanRules.qualifier ? ['q'] : []), ...(shortSpanRules.yearWord ? ['yw'] : []), main];
  return from(m, keep, end);
}

export const dayNameOk = (m: RuleMatch): boolean => m.g.wd === undefined || capitalised(m.g.wd);

/** A year of an era on the calendar's count: 410 BC is -409 (there is a year 0, 1 BC). */
export const astronomical = (y: number, era: 'bc' | 'ad' | undefined): number => (era === 'bc' ? 1 - y : y);

/** Written inside brackets of its own: "(412–467)". */
export const bracketed = (m: RuleMatch): boolean => /\(\s*$/.test(m.text.slice(0, m.span.start)) && /^\s*\)/.test(m.text.slice(m.span.end));

/** Written inside brackets, with other words beside it there: "(Hanzi: …, 566–26 Juni 635)". */
export const inBrackets = (m: RuleMatch): boolean => /\([^()]*$/.test(m.text.slice(0, m.span.start)) && /^[^()]*\)/.test(m.text.slice(m.span.end));

/** A year written in words after a day or a month: "tahun lalu" (relative), "tahun yang sama" (the one last named). */
export function yearWord(m: RuleMatch, v: DateVocabulary): YearWord | undefined {
  if (m.g.same !== undefined) return 'same';
  const rel = m.g.rel !== undefined ? v.words.relative[lower(m.g.rel)] : undefined;
  return rel && { offset: rel.offset };
}

export function romanToInt(s: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!.toUpperCase()];
    const next = values[s[i + 1]?.toUpperCase() ?? ''] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * The year of a day or a month (groups `y`, `era`): four digits, or fewer with an era after them ("8 Juni 632 M",
 * "Desember 260 SM"), or two or three closing a bracket or opening a span ("(17 Maret 624 – 5 Mei 690)").
 */
export const monthYear = (p: Pieces): string =>
  `(?<y>${p.Y}|\\d{1,3}(?=\\s*(?:${p.ERA})(?![\\p{L}\\p{N}]))|\\d{2,3}(?=\\s*[-–—)\\]]))(?:\\s*(?<era>${p.ERA})(?![\\p{L}\\p{N}]))?`;

/** What monthYear matched: the year on the calendar's count and where it ends (its era with it); undefined when it is no year. */
export function yearOfMonth(m: RuleMatch, v: DateVocabulary): { readonly y: number; readonly end: number; readonly era: boolean } | undefined {
  const at = m.at('y')!;
  // After a day or a month an era is sure, a one-letter one too ("8 Juni 632 M").
  const era = eraOf(v, m.g.era, true);
  if (era) return { y: astronomical(num(m.g.y), era), end: m.at('era')!.end, era: true };
  if (m.g.y!.length < 4 && !/^\s*[-–—)\]]/.test(m.text.slice(at.end))) return undefined;
  return { y: num(m.g.y), end: at.end, era: false };
}
