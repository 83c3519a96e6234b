// A question asked in one language of articles written in the other: the words of the question no
// article writes, looked for by the words the articles' language says them with ("earthquake" by
// "gempa", "Kapan kebakaran terjadi?" by "fire"). Asked in the articles' own language, nothing
// changes: a word no paragraph writes is a question the articles may not answer.
import { paragraphsWithAny } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import type { Language } from '../types.js';
import { conceptWordsOf, translationsOf } from '../query/concepts.js';
import { gazetteerEntryOf, gazetteerNames } from '../text/known-names.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { termsOf } from '../text/terms.js';

/** Does the scope hold an article in another language than the question's (a question whose language its words tell)? */
export const acrossLanguages = (scope: Scope, language: Language | undefined): boolean =>
  language !== undefined && scope.entries.some((e) => e.article.meta.language !== language);

/** Does some paragraph of the scope write this word (affixed or misspelt, as search finds words)? */
const isWritten = (scope: Scope, word: string): boolean => paragraphsWithAny(scope, [word], 1).length > 0;

/** Does some paragraph of the scope write this word as it is (no affix, no typo: "japan" is not "jalan")? */
const writesAsIs = (scope: Scope, word: string): boolean =>
  paragraphsWithAny(scope, [word]).some(({ paragraph }) => termsOf(paragraph.text).some((t) => t.norm === word));

/** The other one-word names of the place of the gazetteer a word names ("japan": "jepang", "negeri"…). */
function placeNamesOf(term: string): string[] {
  const entry = gazetteerEntryOf(term);
  return entry === undefined ? [] : gazetteerNames(entry).map((n) => fold(n)).filter((n) => !n.includes(' ') && n !== term);
}

/**
 * The question's terms as the scope's articles write them, asked across languages: a place by the
 * name the articles write of it; a term no paragraph writes by the first of its translations
 * (lang/translations.ts; a title's, the words of its role in the support tables) that a paragraph
 * writes, a phrase by its words past the function words ("protest" → "unjuk", "rasa"); one with none
 * stays itself. The same terms where nothing is asked across languages.
 */
export function termsAsWritten(scope: Scope, terms: readonly string[], language: Language | undefined): readonly string[] {
  if (!acrossLanguages(scope, language)) return terms;
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    // A phrasal verb by the translation of both its words ("take off": "lepas landas"), where the articles write it and not its words.
    const phrase = i + 1 < terms.length ? `${term} ${terms[i + 1]}` : undefined;
    const asOne = phrase === undefined || isWritten(scope, term) ? undefined : writtenTranslation(scope, phrase);
    if (asOne !== undefined) {
      out.push(...asOne);
      i++;
      continue;
    }
    // A place by the name the articles write ("Japan": "Jepang"), before a word of another place its letters come near.
    const place = placeNamesOf(term);
    const local = place.length > 0 && !writesAsIs(scope, term) ? place.find((n) => writesAsIs(scope, n)) : undefined;
    if (local !== undefined) {
      out.push(local);
      continue;
    }
    if (isWritten(scope, term)) {
      out.push(term);
      continue;
    }
    // A title by the words of its role ("prosecutor": "jaksa"); any other word by its translation
    // alone ("killed": "tewas", "people": "orang"), never by the other words of an event's concept: a
    // passage writing "mengatakan" of another speaker is no closer to "What did NATO say?", nor one
    // "menggelar" another event to "When did the earthquake happen?".
    out.push(...(writtenTranslation(scope, term, lexicon.titleWords.has(term) ? conceptWordsOf(term) : translationsOf(term)) ?? [term]));
  }
  return [...new Set(out)];
}

/**
 * The words of the first translation of `term` the scope writes, past the function words; of those,
 * one written as it is first: "refugees" is "pengungsi" of an article writing it, not the bare root
 * "ungsi" the search finds inside it (a count is read beside the word as written). Undefined where none is written.
 */
function writtenTranslation(scope: Scope, term: string, alternatives: readonly string[] = translationsOf(term)): readonly string[] | undefined {
  const alts = alternatives.map((alt) => alt.split(' ').filter((w) => !lexicon.stopWords.has(w))).filter((words) => words.length > 0);
  return alts.find((words) => words.every((w) => writesAsIs(scope, w))) ?? alts.find((words) => words.every((w) => isWritten(scope, w)));
}
