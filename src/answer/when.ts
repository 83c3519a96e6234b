// /when <event>: the date of the passage that tells of the event.
//
// The passage is the best search hit (search.ts, with its relevance floor). Its date is the date
// mention of that paragraph nearest the words that matched, one in the best sentence first; a
// hit just behind it (within a small score margin) may give the date when the best one has none.
// The answer shows the date as written and resolved ("Selasa, 3 Maret 2020 (2020-03-03)"), or as
// written alone, saying it cannot be placed on the calendar, when the article gives no date to count
// from ("on Monday" in an undated article); `value` is the date as written; the first citation is
// the paragraph, with the date and the matched words highlighted.
// When the passage gives no date, the answer is found:false and says so; it names the nearest date
// stated before the passage, clearly labelled as not stated for the event — a reader may want it,
// but the bot does not pass it off as the answer.
import type { LibraryEntry } from '../index/library.js';
import { matchTerms, searchPassages, type SearchHit } from '../index/search.js';
import { isNameWord, type Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import { frameWords, impliedOrdinals, ordinalWords, otherInstances } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { termsOf } from '../text/terms.js';
import { wordsOf } from '../text/words.js';
import { asksOfEarlier, datesAnEarlierOne } from './agreement.js';
import type { Citation, Finding } from '../findings.js';
import type { DateMention, Paragraph } from '../types.js';
import { termsAsWritten } from './other-language.js';

/** How far behind the best hit another hit may be and still give the date. */
const SCORE_MARGIN = 0.1;

/** The entry's dates, as extract found them. */
const datesOf = (entry: LibraryEntry): readonly DateMention[] => entry.understanding.dates;

/** Offsets in the paragraph of the hit's highlighted words. */
function highlightSpans(text: string, highlights: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const h of highlights) {
    if (h === '') continue;
    for (let at = text.indexOf(h); at >= 0; at = text.indexOf(h, at + 1)) spans.push({ start: at, end: at + h.length });
  }
  return spans;
}

const specificity: Record<DateMention['kind'], number> = {
  absolute: 0, weekday: 1, relative: 2, range: 2, month: 3, year: 4, century: 5,
};

/** Does a speech verb stand right before the date ("said on Thursday", "kata dia, Senin", "mengatakan pada Senin")? */
function saidOn(text: string, at: number): boolean {
  const m = /(\p{L}+)[\s,]+(?:\p{L}{1,4}\s+)?$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m !== null && lexicon.speechVerbs.has(fold(m[1]!));
}

/** What the question asks that decides which date of a hit answers it. */
interface DateAsked {
  /** When something was said: the date after a speech verb answers. */
  readonly saying: boolean;
  /** Since when, or of a record: a date that tells an earlier one answers. */
  readonly earlier: boolean;
  readonly terms: readonly string[];
}

/** Does the date tell when an earlier one than the question's event was (agreement.ts datesAnEarlierOne)? */
function datesEarlierOne(paragraph: Paragraph, d: DateMention, terms: readonly string[]): boolean {
  const sentence = paragraph.sentences.find((s) => s.start <= d.offset && d.offset < s.end);
  const text = paragraph.text;
  return sentence !== undefined && datesAnEarlierOne(wordsOf(text.slice(sentence.start, d.offset)), wordsOf(text.slice(d.offset + d.text.length, sentence.end)), terms);
}

/** The date of a hit's paragraph nearest its matched words (in its best sentence first), or undefined. */
function dateOfHit(entry: LibraryEntry, hit: SearchHit, asked: DateAsked): DateMention | undefined {
  const paragraph = entry.article.paragraphs[hit.paragraph - 1];
  if (!paragraph) return undefined;
  const dates = datesOf(entry).filter((d) => d.paragraph === hit.paragraph && (asked.earlier || !datesEarlierOne(paragraph, d, asked.terms)));
  if (dates.length === 0) return undefined;
  const sentence = hit.sentence !== undefined ? paragraph.sentences[hit.sentence] : undefined;
  const spans = highlightSpans(paragraph.text, hit.highlights).filter((s) => !dates.some((d) => s.start >= d.offset && s.end <= d.offset + d.text.length));
  const cost = (d: DateMention): number => {
    const end = d.offset + d.text.length;
    const distance = spans.length === 0 ? d.offset : Math.min(...spans.map((s) => (s.end <= d.offset ? d.offset - s.end : s.start >= end ? s.start - end : 0)));
    const outside = sentence && !(d.offset >= sentence.start && d.offset < sentence.end) ? 10_000 : 0;
    // The dateline's day is the report's: another date of the sentence tells the event's.
    const dateline = d.dateline ? 1_000 : 0;
    // So is the day something was said ("said on Thursday the budget would be balanced by 2026"),
    // unless the question asks when it was said.
    const saying = !asked.saying && saidOn(paragraph.text, d.offset) ? 500 : 0;
    return outside + dateline + saying + distance + specificity[d.kind];
  };
  return [...dates].sort((a, b) => cost(a) - cost(b))[0];
}

function citation(entry: LibraryEntry, paragraph: number, highlights: readonly string[]): Citation {
  const excerpt = entry.article.paragraphs[paragraph - 1]?.text ?? '';
  return { article: entry.article.id, paragraph, excerpt, highlights: [...new Set(highlights.filter((h) => h !== '' && excerpt.includes(h)))] };
}

/** The share of a headline's content words its lede's first sentence must write to tell it again. */
const RETOLD = 0.4;

/**
 * The date of the lede's first sentence, where the hit is in the headline and that sentence tells it
 * again ("Floods force thousands from homes" over "Thousands of people were forced from their homes
 * on Tuesday …": two of its content words at least, and RETOLD of them).
 */
function ledeOfHeadline(hit: SearchHit, asked: DateAsked): { paragraph: number; date: DateMention } | undefined {
  const { article } = hit.entry;
  const lede = article.meta.lede;
  const first = lede !== undefined && hit.paragraph < lede ? article.paragraphs[lede - 1]?.sentences[0] : undefined;
  if (lede === undefined || first === undefined) return undefined;
  const headline = [...new Set(termsOf(article.paragraphs[hit.paragraph - 1]?.text ?? '').map((t) => t.norm).filter((t) => t.length >= 3 && !lexicon.stopWords.has(t)))];
  const { matched } = matchTerms(headline, termsOf(first.text));
  if (matched < 2 || matched < RETOLD * headline.length) return undefined;
  const date = dateOfHit(hit.entry, { ...hit, paragraph: lede, sentence: 0, highlights: [] }, asked);
  return date !== undefined && date.offset >= first.start && date.offset < first.end && !date.dateline ? { paragraph: lede, date } : undefined;
}

/** Words a sentence opens with that may be its subject, past a dateline ("KOMPAS.com - Kebakaran …"). */
const OPENING_WORDS = 4;

/**
 * Does the sentence of the paragraph holding the date open with the event's words (its subject)?
 * One that opens with a quote does not: its date is the day the words were said; nor does one that
 * tells of another of the event's kind.
 */
function sentenceOpensWith(entry: LibraryEntry, hit: SearchHit, date: DateMention, eventTerms: readonly string[], needed: number): boolean {
  const sentence = entry.article.paragraphs[hit.paragraph - 1]?.sentences.find((s) => s.start <= date.offset && date.offset < s.end);
  if (sentence === undefined || /^\s*["“”„'‘’«]/u.test(sentence.text)) return false;
  const opening = sentence.text.trim().split(/\s+/);
  // "banjir serupa terakhir terjadi …", "a previous fire …", "the second fire …": another of the event's kind.
  // The first ("sidang perdana", "the first hearing") is the one told by default, not another.
  if (termsOf(opening.slice(0, OPENING_WORDS + 2).join(' ')).some((t) => otherInstances.has(t.norm) || (ordinalWords.has(t.norm) && !impliedOrdinals.has(t.norm)))) return false;
  return matchTerms(eventTerms, termsOf(opening.slice(0, OPENING_WORDS).join(' '))).matched >= needed;
}

/**
 * `ofSubject`: only a date written in a sentence whose subject is the event answers ("Kebakaran
 * melanda pasar itu pada Senin", "A fire tore through the market on Monday"); a war named inside a
 * quote dated by its report, or in the sentence after the date, is not dated by it.
 */
export function answerWhen(scope: Scope, query: Query, { ofSubject = false }: { ofSubject?: boolean } = {}): Finding {
  const base = { command: 'when', query: query.text } as const;
  // The event's own words, past the names: "Kim lahir" asks about a birth, and a passage that
  // only names Kim does not say when he was born.
  // With `ofSubject`, nor do the words any event is asked with ("kapan kebakaran terjadi?", "when
  // did the fire happen?": frame words of the tables), which its sentence need not write.
  // Asked in the other language than the articles', by the words they write ("earthquake": "gempa").
  const asked = termsAsWritten(scope, query.terms, query.language);
  const framed = ofSubject ? asked.filter((t) => !frameWords.has(t)) : [];
  const terms = framed.length > 0 ? framed : asked;
  const eventTerms = terms.filter((t) => !isNameWord(scope, t));
  const needed = Math.ceil(0.75 * eventTerms.length);
  const tellsEvent = (hit: SearchHit): boolean =>
    needed === 0 || matchTerms(eventTerms, termsOf(hit.entry.article.paragraphs[hit.paragraph - 1]?.text ?? '')).matched >= needed;
  const hits = searchPassages(scope, terms, { limit: 5 }).filter(tellsEvent);
  const dateAsked: DateAsked = {
    saying: query.terms.some((t) => lexicon.speechVerbs.has(t)),
    earlier: asksOfEarlier(wordsOf(query.text).map((w) => w.norm)),
    terms: query.terms,
  };
  const best = hits[0];
  if (!best) return { ...base, found: false, citations: [], said: { kind: 'not-found', query: query.text } };
  const multi = scope.entries.length > 1;

  for (const hit of hits.filter((h) => h.score <= best.score + SCORE_MARGIN)) {
    const date = dateOfHit(hit.entry, hit, dateAsked);
    if (!date || (ofSubject && !sentenceOpensWith(hit.entry, hit, date, eventTerms, needed))) continue;
    const citations = [citation(hit.entry, hit.paragraph, [date.text, ...hit.highlights])];
    if (hit !== best) citations.push(citation(best.entry, best.paragraph, best.highlights));
    return {
      ...base,
      found: true,
      value: date.text,
      citations,
      said: { kind: 'date', date, ref: { article: hit.article, paragraph: hit.paragraph }, multi },
    };
  }

  // A headline, which gives no date, told again by the lede with its date: that date is the headline's.
  const told = ledeOfHeadline(best, dateAsked);
  if (told) {
    const citations = [citation(best.entry, told.paragraph, [told.date.text]), citation(best.entry, best.paragraph, best.highlights)];
    return { ...base, found: true, value: told.date.text, citations, said: { kind: 'date', date: told.date, ref: { article: best.article, paragraph: told.paragraph }, multi } };
  }

  // The passage gives no date: say so, and name the nearest stated date before it, labelled.
  const entry = best.entry;
  const before = datesOf(entry)
    .filter((d) => d.paragraph < best.paragraph && d.kind === 'absolute' && d.start !== undefined)
    .pop();
  const citations = [citation(entry, best.paragraph, best.highlights)];
  if (before) citations.push(citation(entry, before.paragraph, [before.text]));
  const ref = { article: best.article, paragraph: best.paragraph };
  return {
    ...base,
    found: false,
    citations,
    said: { kind: 'undated', ref, multi, ...(before && { nearest: { date: before, ref: { article: entry.article.id, paragraph: before.paragraph } } }) },
  };
}
