// extract: Article → DateMention[]. Every date expression of an article, as written, with the short
// answer a reader would quote, and placed on the calendar where the article allows.
//
// The rules (rules.ts, one table, read from the language's date words) find full dates with or
// without a day name ("Selasa, 3 Maret 2020", "March 3, 2020"), numeric dates ("Kamis (12/3)",
// "Senin (09/03/2020)", "pada 1/7"), day ranges ("20-29 September"), months and month ranges
// ("bulan Juli", "Maret - Juli 2019"), years, year ranges and decades ("tahun 2008", "1602-1799",
// "1880-an"), centuries ("abad ke-20", "abad lalu"), relative expressions ("kemarin", "pekan ini",
// "dua tahun lalu", "last week") and lone day names ("Jumat", "nanti hari Rabu"); chrono-node adds
// other spellings of a day and month (chrono.ts). Where two finds overlap, the longer wins.
// resolve.ts places each on the calendar against the nearest stated day before it (else the
// publication date) and the tense it is said in. A date that needs an anchor in an article that
// gives none ("on Monday" in an undated article) is kept, as written, without `start`.
// Vague expressions ("beberapa waktu lalu", "baru-baru ini") are not dates and are not returned.
import { nextStart, wordCharBefore } from '../../text/find.js';
import { warmPatterns } from '../../text/warm-pattern.js';
import type { Article, DateMention, Language, Paragraph } from '../../types.js';
import { diffDays, isoOf, parseIsoDay, type Day } from './calendar.js';
import { chronoFinds } from './chrono.js';
import { isAnchor, kindOf, markersOf, precisionOf, resolveValue, tenseOf, type Marked } from './resolve.js';
import type { Found, RuleMatch, Span } from './match.js';
import { dateRules } from './rules.js';
import { lower, vocabularyOf, type DateVocabulary } from './vocabulary.js';

/** A find with the rule that made it ("chrono" for chrono-node's) and its markers. */
type Candidate = Found & Marked & { readonly rule: string };

interface CompiledRule {
  readonly name: string;
  readonly digits: boolean;
  readonly re: RegExp;
  readonly build: (m: RuleMatch, v: DateVocabulary) => Found | undefined;
}

const compiled = new Map<Language, readonly CompiledRule[]>();

/** The rules' patterns for one language, compiled once: ending a word (candidatesOf checks the start), any case, with group offsets. */
function rulesOf(v: DateVocabulary): readonly CompiledRule[] {
  let list = compiled.get(v.lang);
  if (!list) {
    list = dateRules.map((r) => ({ name: r.name, digits: r.digits === true, re: new RegExp(`${r.pattern(v.pieces)}(?![\\p{L}\\p{N}])`, 'dgiu'), build: r.build }));
    warmPatterns(list.map((r) => r.re));
    compiled.set(v.lang, list);
  }
  return list;
}

function matchOf(text: string, m: RegExpExecArray): RuleMatch {
  const indices = m.indices?.groups ?? {};
  return {
    text,
    span: { start: m.index, end: m.index + m[0].length },
    g: m.groups ?? {},
    at: (group) => {
      const at = indices[group];
      return at ? { start: at[0], end: at[1] } : undefined;
    },
  };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const claimOf = (c: Candidate): Span => ({ start: c.claimStart, end: c.claimEnd });

/** Finds of one paragraph: the longest wins where they overlap; in text order. */
function candidatesOf(text: string, v: DateVocabulary): Candidate[] {
  const all: Candidate[] = [];
  const add = (f: Found, rule: string): void => {
    if (f.span.end > f.span.start) all.push({ ...f, rule, ...markersOf(text, f.span.start, f.span.end, v.markers) });
  };
  const digits = /\d/.test(text);
  for (const rule of rulesOf(v)) {
    if (rule.digits && !digits) continue;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Whole words only: a match inside a word is tried again one character on.
      if (wordCharBefore(text, m.index)) {
        re.lastIndex = nextStart(text, m.index);
        continue;
      }
      if (m[0].length === 0) re.lastIndex++;
      const found = rule.build(matchOf(text, m), v);
      if (found) add(found, rule.name);
    }
  }
  // chrono adds only days no rule read as a day ("the 19th of June 2024", where a rule saw "June
  // 2024"); beside a rule's day it would only lengthen it with a time of day or a word before it.
  const days = all.filter((c) => c.value.t === 'day' || c.value.t === 'days');
  for (const f of chronoFinds(text, v, days.map((c) => c.span))) if (!days.some((c) => overlaps(c.span, f.span))) add(f, 'chrono');
  const length = (c: Candidate): number => c.span.end - c.span.start;
  all.sort((a, b) => length(b) - length(a) || a.span.start - b.span.start);
  const chosen: Candidate[] = [];
  for (const c of all) {
    // A marker belongs to one date ("Kamis (28/7) kemarin" is one date, not two).
    if (chosen.some((o) => overlaps(claimOf(c), claimOf(o)) && overlaps(c.span, o.span))) continue;
    if (chosen.some((o) => c.span.start >= o.claimStart && c.span.end <= o.claimEnd)) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.span.start - b.span.start);
  // "Kemarin, Rabu tanggal 4 Maret 2020": a relative day right before a stated day is the same day.
  return chosen.filter((c, i) => {
    const next = chosen[i + 1];
    if (!next || !isAnchor(next.value) || isAnchor(c.value) || !/^[\s,]*$/.test(text.slice(c.span.end, next.span.start))) return true;
    const written = text.slice(c.span.start, c.span.end);
    return !(/^\p{L}+$/u.test(written) && v.words.relative[lower(written)]?.unit === 'day');
  });
}

/** The sentence of a paragraph holding an offset (the whole paragraph when sentences are not known). */
function sentenceAt(paragraph: Paragraph, at: number): Span {
  return paragraph.sentences.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: paragraph.text.length };
}

/** A date in the dateline: first in the article, after a place ("WASHINGTON, ", "Jakarta, Kompas, "), before the dash. */
function inDateline(paragraph: Paragraph, first: boolean, c: Candidate): boolean {
  const before = paragraph.text.slice(0, c.span.start);
  return first && /^\p{Lu}[^.!?]{0,40},\s*$/u.test(before) && /^\s*(?:\([^()]{1,30}\))?\s*[-–—]\s/.test(paragraph.text.slice(c.span.end));
}

function mentionOf(paragraph: Paragraph, c: Candidate, placed: { start: Day; end?: Day } | undefined, dateline: boolean): DateMention {
  const text = paragraph.text;
  const slice = (s: Span): { offset: number; text: string } => ({ offset: s.start, text: text.slice(s.start, s.end) });
  return {
    text: text.slice(c.span.start, c.span.end),
    ...(placed && { start: isoOf(placed.start) }),
    ...(placed?.end && diffDays(placed.end, placed.start) !== 0 && { end: isoOf(placed.end) }),
    kind: kindOf(c.value),
    paragraph: paragraph.n,
    offset: c.span.start,
    short: slice(c.short),
    strength: c.strength,
    precision: precisionOf(c.value),
    ...(c.ends && { ends: [slice(c.ends[0]), slice(c.ends[1])] as const }),
    ...(c.value.t === 'vague' && { vague: true as const }),
    ...(dateline && { dateline: true as const }),
  };
}

/** Every date expression of the article, in reading order. */
export function extractDates(article: Article): DateMention[] {
  const v = vocabularyOf(article.meta.language);
  const published = parseIsoDay(article.meta.publishedAt);
  let ref = published;
  let lastYear: number | undefined;
  const mentions: DateMention[] = [];
  for (const paragraph of article.paragraphs) {
    for (const c of candidatesOf(paragraph.text, v)) {
      // A month or a day name alone also takes its tense from the words after it ("Pada Juni, pabrik itu akan …").
      const lookAfter = c.value.t === 'month' || c.value.t === 'weekday';
      const tense = c.tense ?? tenseOf(paragraph.text, c.span, sentenceAt(paragraph, c.span.start), v.tenseWords, lookAfter);
      const ctx = { ...(ref && { ref }), ...(published && { published }), ...(lastYear !== undefined && { lastYear }), ...(tense && { tense }), marked: c.tense !== undefined };
      const placed = resolveValue(c.value, ctx);
      if (placed === undefined) continue;
      mentions.push(mentionOf(paragraph, c, placed === 'unresolved' ? undefined : placed, inDateline(paragraph, paragraph === article.paragraphs[0], c)));
      if (placed === 'unresolved') continue;
      if (isAnchor(c.value)) ref = placed.start;
      if (placed.end === undefined || placed.end.y === placed.start.y) lastYear = placed.start.y;
    }
  }
  return mentions;
}

/** The finds of one text and the rule that made each, in text order: for tests and for checking a rule. */
export function dateFinds(text: string, lang: Language): { rule: string; text: string; short: string }[] {
  return candidatesOf(text, vocabularyOf(lang)).map((c) => ({
    rule: c.rule,
    text: text.slice(c.span.start, c.span.end),
    short: text.slice(c.short.start, c.short.end),
  }));
}
