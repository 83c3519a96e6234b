// What the name rules need to know about one paragraph when answering one question: which words
// the question used, where known places, outlets and the dateline stand (never a person), where the
// article's understood people stand, and which words the article writes in lower case.
import { escapeRegExp, findAll } from '../text/find.js';
import { outletSpans, placeSpans } from '../text/known-names.js';
import { gazetteer } from '../lang/places.js';
import type { LibraryEntry } from '../index/library.js';
import { termSimilarity } from '../text/similarity.js';
import { fold } from '../text/normalize.js';
import type { Article } from '../types.js';
import type { NameContext } from './name-spans.js';
import { paragraphWords, partsOf, type ParagraphWord as Word } from '../text/words.js';
import type { QuestionFocus } from '../query/focus.js';

type Span = { readonly start: number; readonly end: number };

/** Words for a country's people ("Peruvian", "Kenyan"): an adjective, never a person. */
const demonymPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${gazetteer.flatMap((g) => g.demonyms).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** "Kota Lorem, Warta - ", "Lorem (ANTARA) -": the dateline opening an article's first paragraph. */
export function datelineEnd(text: string): number {
  const m = /^\s*\p{L}[\p{L} .]{0,30}(?:,\s*|\s*\()[\p{L}][\p{L} .()]{0,30}?\s*[-–—]/u.exec(text);
  return m ? m[0].length : 0;
}

interface Casing {
  /** Folded words the article writes in lower case: a capitalised form of one is a common word. */
  readonly common: Set<string>;
  /** Folded words the article writes with a capital inside a sentence: names. */
  readonly capitalised: Set<string>;
}

const casingCache = new WeakMap<Article, Casing>();

function casingOf(article: Article): Casing {
  let casing = casingCache.get(article);
  if (!casing) {
    casing = { common: new Set(), capitalised: new Set() };
    for (const p of article.paragraphs) {
      for (const w of paragraphWords(p)) {
        if (w.mark) continue;
        if (/^\p{Ll}/u.test(w.text)) casing.common.add(w.norm);
        else if (/^\p{Lu}/u.test(w.text) && !w.initial) casing.capitalised.add(w.norm);
      }
    }
    casingCache.set(article, casing);
  }
  return casing;
}

/** Is this word one of the question's own words (as written, affixed, or with a small typo)? */
export function questionHas(focus: QuestionFocus, w: Word): boolean {
  if (w.mark) return false;
  const parts = partsOf(w.norm);
  if (parts.some((p) => focus.words.has(p))) return true;
  for (const q of focus.words) {
    if (q.length < 5) continue;
    if (parts.some((p) => p.length >= 5 && termSimilarity(q, p) >= 0.85)) return true;
  }
  return false;
}

export function readingOf(entry: LibraryEntry, paragraph: number, _words: readonly Word[], focus: QuestionFocus): NameContext {
  const text = entry.article.paragraphs[paragraph - 1]?.text ?? '';
  const { understanding } = entry;
  const notNames: Span[] = [...placeSpans(text), ...outletSpans(text)];
  for (const m of text.matchAll(demonymPattern)) notNames.push({ start: m.index, end: m.index + m[0].length });
  for (const place of understanding.places) {
    for (const form of [place.name, ...place.aliases]) for (const at of findAll(text, form)) notNames.push({ start: at, end: at + form.length });
  }
  if (paragraph === 1) {
    const end = datelineEnd(text);
    if (end > 0) notNames.push({ start: 0, end });
  }
  const people = understanding.people.map((p) => fold(p.name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter((n) => n.includes(' '));
  return {
    language: entry.article.meta.language,
    inQuestion: (w) => questionHas(focus, w),
    notNames,
    people,
    ...casingOf(entry.article),
  };
}
