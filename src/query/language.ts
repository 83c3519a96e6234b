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
