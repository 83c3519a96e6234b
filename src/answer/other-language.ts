// A question asked in one language of articles written in the other: the words of the question no
// article writes, looked for by the words the articles' language says them with ("earthquake" by
// "gempa", "Kapan kebakaran terjadi?" by "fire"). Asked in the articles' own language, nothing
// changes: a word no paragraph writes is a question the articles may not answer.
import { paragraphsWithAny } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import type { Language } from '../types.js';
import { conceptWordsOf, frameWords, translationsOf } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';

/** Does the scope hold an article in another language than the question's (a question whose language its words tell)? */
export const acrossLanguages = (scope: Scope, language: Language | undefined): boolean =>
  language !== undefined && scope.entries.some((e) => e.article.meta.language !== language);

/** Does some paragraph of the scope write this word (affixed or misspelt, as search finds words)? */
const isWritten = (scope: Scope, word: string): boolean => paragraphsWithAny(scope, [word], 1).length > 0;

/**
 * The question's terms as the scope's articles write them: a term no paragraph writes, asked across
 * languages, becomes the first word of its concepts and translations (lang/translations.ts, the
 * support tables) that a paragraph writes, a phrase by its words past the function words
 * ("protest" → "unjuk", "rasa"); one with none stays itself. The same terms where nothing is asked
 * across languages.
 */
export function termsAsWritten(scope: Scope, terms: readonly string[], language: Language | undefined): readonly string[] {
  if (!acrossLanguages(scope, language)) return terms;
  const out: string[] = [];
  for (const term of terms) {
    if (isWritten(scope, term)) {
      out.push(term);
      continue;
    }
    // A word any event is asked with ("happen", "terjadi") names none: the other words of its concept
    // would find another event ("digelar"); it is looked for by its translation alone ("people": "orang").
    const other = (frameWords.has(term) ? translationsOf(term) : conceptWordsOf(term))
      .map((alt) => alt.split(' ').filter((w) => !lexicon.stopWords.has(w)))
      .find((words) => words.length > 0 && words.every((w) => isWritten(scope, w)));
    out.push(...(other ?? [term]));
  }
  return [...new Set(out)];
}
