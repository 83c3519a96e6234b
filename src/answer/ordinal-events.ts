// Two events of one kind told apart by their ordinals ("Kebakaran kedua … pada Selasa", "Kebakaran
// pertama terjadi pada Januari"; "A second fire … on Tuesday", "The first fire … in January") and a
// when-question naming neither ("Kapan kebakaran terjadi?"): a careful reader does not pick one. Each
// is answered with its date, in the shape of a timeline, each line citing its paragraph.
import type { Scope } from '../index/scope.js';
import { isNameWord } from '../index/scope.js';
import type { Query } from '../query/query.js';
import { affixedForm, frameWords, ordinalWords } from '../query/concepts.js';
import { paragraphWords, wordsOf } from '../text/words.js';
import type { Citation, Finding, TimelineEvent } from '../findings.js';
import type { DateMention } from '../types.js';
import { termsAsWritten } from './other-language.js';

/** The more exact a date, the better it tells an event's day ("Selasa (12/3)" before "tahun ini"). */
const exactness: Record<DateMention['kind'], number> = { absolute: 0, weekday: 1, month: 2, range: 3, year: 4, relative: 5, century: 6 };

/**
 * The events of the question's kind the found answer's article tells with different ordinals, each
 * with the most exact date of its sentence, as a timeline; undefined where the question writes an
 * ordinal, or the article tells fewer than two so, or one of them undated.
 */
export function eventsByOrdinal(scope: Scope, query: Query, found: Finding): Finding | undefined {
  const top = found.citations[0];
  if (!found.found || top === undefined || wordsOf(query.text).some((w) => ordinalWords.has(w.norm))) return undefined;
  const entry = scope.library.get(top.article);
  if (!entry) return undefined;
  const nouns = termsAsWritten(scope, query.terms, query.language).filter((t) => !frameWords.has(t) && !isNameWord(scope, t));
  if (nouns.length !== 1) return undefined;
  const noun = nouns[0]!;
  const told = new Map<string, TimelineEvent>();
  for (const paragraph of entry.article.paragraphs) {
    const words = paragraphWords(paragraph);
    words.forEach((w, i) => {
      if (w.mark || !(w.norm === noun || affixedForm(noun, w.norm))) return;
      const ordinal = [words[i + 1], words[i - 1]].find((o) => o !== undefined && !o.mark && o.sentence === w.sentence && ordinalWords.has(o.norm));
      const sentence = paragraph.sentences[w.sentence];
      if (ordinal === undefined || sentence === undefined || told.has(ordinal.norm)) return;
      const dates = entry.understanding.dates.filter((d) => d.paragraph === paragraph.n && d.offset >= sentence.start && d.offset < sentence.end);
      const date = [...dates].sort((a, b) => exactness[a.kind] - exactness[b.kind])[0];
      if (date !== undefined) told.set(ordinal.norm, { date, ref: { article: entry.article.id, paragraph: paragraph.n }, event: sentence.text });
    });
  }
  // Earliest first, as a timeline reads; by paragraph where a date cannot be placed.
  const events = [...told.values()].sort((a, b) => (a.date.start !== undefined && b.date.start !== undefined ? a.date.start.localeCompare(b.date.start) : 0) || a.ref.paragraph - b.ref.paragraph);
  if (events.length < 2) return undefined;
  const citations: Citation[] = events.map((e) => ({ article: e.ref.article, paragraph: e.ref.paragraph, excerpt: entry.article.paragraphs[e.ref.paragraph - 1]!.text, highlights: [e.date.text] }));
  return { ...found, value: events.map((e) => e.date.text).join('; '), citations, said: { kind: 'timeline', events, multi: false } };
}
