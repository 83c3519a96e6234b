// The language a question is written in, from its words: question words and function words of
// each language's table. A bare name says nothing; then the caller's default stands.
import { tables } from '../lang/index.js';
import { fold } from '../text/normalize.js';
import type { Language } from '../types.js';

const cues: Readonly<Record<Language, ReadonlySet<string>>> = {
  id: new Set([...Object.keys(tables.id.questionWords), ...tables.id.stopWords, ...tables.id.markerWords].map(fold)),
  en: new Set([...Object.keys(tables.en.questionWords), ...tables.en.stopWords, ...tables.en.markerWords].map(fold)),
};

/** The language of a question, or undefined when its words do not tell. */
export function languageOf(text: string): Language | undefined {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  let id = 0;
  let en = 0;
  // Two-word question phrases ("di mana", "what year") count once, as their first word does.
  for (const w of words) {
    const inId = cues.id.has(w);
    const inEn = cues.en.has(w);
    if (inId && !inEn) id++;
    else if (inEn && !inId) en++;
  }
  if (id === en) return undefined;
  return id > en ? 'id' : 'en';
}

/** The words of a language's titles, short forms and long ("menlu", "menteri luar negeri"; "foreign minister"). */
const titleWordsOf = (language: Language): Set<string> => {
  const table = tables[language];
  const phrases = [...table.titles, ...(table.quoteWords?.titles ?? []), ...(table.quoteWords?.titleForms ?? []).flat()];
  return new Set(phrases.flatMap((p) => fold(p).split(/[^\p{L}\p{N}]+/u)).filter((w) => w !== ''));
};

const titleCues: Readonly<Record<Language, ReadonlySet<string>>> = { id: titleWordsOf('id'), en: titleWordsOf('en') };

/**
 * The language of an office typed alone ("Menlu", "menteri luar negeri", "foreign minister"), from the
 * title words only one language's table holds; undefined when they do not tell (a name, a word both
 * languages write).
 */
export function titleLanguageOf(text: string): Language | undefined {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const only = (language: Language, other: Language): number =>
    words.filter((w) => titleCues[language].has(w) && !titleCues[other].has(w) && !cues[other].has(w)).length;
  const id = only('id', 'en');
  const en = only('en', 'id');
  if (id === en) return undefined;
  return id > en ? 'id' : 'en';
}
